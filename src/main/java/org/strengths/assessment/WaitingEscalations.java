package org.strengths.assessment;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.strengths.access.Teams;

/**
 * Escalates overdue keep-in-touch contacts of people waiting, team by team, every hour on one
 * instance (ShedLock). Each escalation is recorded once for the day the contact was due, however
 * often this runs or the pages are looked at; a contact since moves the date on and closes it.
 */
@Component
class WaitingEscalations {

  static final String JOB = "assessment-waiting-escalations";
  private static final Logger log = LoggerFactory.getLogger(WaitingEscalations.class);

  private final WaitingWell waiting;
  private final Teams teams;

  WaitingEscalations(WaitingWell waiting, Teams teams) {
    this.waiting = waiting;
    this.teams = teams;
  }

  @Scheduled(
      initialDelayString = "${strengths.waiting.first-escalation-after:PT2M}",
      fixedDelayString = "${strengths.waiting.escalate-every:PT1H}")
  @SchedulerLock(name = JOB, lockAtLeastFor = "PT1M", lockAtMostFor = "PT30M")
  public void scheduled() {
    run();
  }

  /** Escalates in every team; how many escalations were recorded now. */
  int run() {
    int recorded = 0;
    for (Teams.Team team : teams.all()) {
      recorded += waiting.escalate(team.id());
    }
    if (recorded > 0) {
      log.info("Escalated {} overdue keep-in-touch contacts of people waiting", recorded);
    }
    return recorded;
  }
}
