package org.strengths.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.strengths.conversation.ConversationFollowUps;
import org.strengths.person.Caseloads;

/**
 * Who in a team is waiting, and for what: a first conversation (the person module's queue, the same
 * as My work's), or a needs assessment (their latest conversation ended "Progress to Assessment"
 * and no assessment has started since). Each with how long, their triage and keep-in-touch schedule
 * if set, whether the contact is overdue and any open escalation. A few queries per team, whatever
 * its size.
 */
@Service
class WaitingList {

  /** What a person is waiting for. */
  enum WaitingFor {
    CONVERSATION,
    ASSESSMENT
  }

  /**
   * One waiting person.
   *
   * @param since the day they started waiting, or null if not known
   * @param schedule their triage and keep-in-touch schedule, or null if not triaged yet
   * @param escalation the open escalation of their overdue contact, or null
   */
  record Waiter(
      UUID personId,
      String name,
      UUID workerId,
      WaitingFor waitingFor,
      LocalDate since,
      long days,
      WaitingStore.Schedule schedule,
      long daysOverdue,
      WaitingStore.Escalation escalation) {

    public boolean overdue() {
      return daysOverdue > 0;
    }

    public boolean escalated() {
      return escalation != null;
    }
  }

  private final Caseloads caseloads;
  private final ConversationFollowUps followUps;
  private final WaitingStore store;
  private final JdbcClient jdbc;
  private final Clock clock;

  WaitingList(
      Caseloads caseloads,
      ConversationFollowUps followUps,
      WaitingStore store,
      JdbcClient jdbc,
      Clock clock) {
    this.caseloads = caseloads;
    this.followUps = followUps;
    this.store = store;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * Everyone in the team waiting: overdue contacts first (the latest first), then by triage level
   * (not yet triaged last), then the longest waiting.
   */
  List<Waiter> of(UUID teamId) {
    if (teamId == null) {
      return List.of();
    }
    LocalDate today = LocalDate.now(clock);
    Map<UUID, LocalDate> since = new LinkedHashMap<>();
    Map<UUID, WaitingFor> waitingFor = new LinkedHashMap<>();
    for (Caseloads.Waiting waiting :
        caseloads.allWaitingForFirstConversation(teamId, followUps.withAnOpenRequest(teamId))) {
      since.put(waiting.personId(), LocalDate.ofInstant(waiting.allocatedSince(), clock.getZone()));
      waitingFor.put(waiting.personId(), WaitingFor.CONVERSATION);
    }
    Map<UUID, LocalDate> progressed = followUps.progressedToAssessment(teamId);
    Set<UUID> assessed = assessedSince(progressed);
    progressed.forEach(
        (id, heldOn) -> {
          if (!waitingFor.containsKey(id) && !assessed.contains(id)) {
            since.put(id, heldOn);
            waitingFor.put(id, WaitingFor.ASSESSMENT);
          }
        });
    if (waitingFor.isEmpty()) {
      return List.of();
    }
    Map<UUID, Caseloads.Allocated> people = new LinkedHashMap<>();
    caseloads
        .inTeam(waitingFor.keySet(), teamId)
        .forEach(person -> people.put(person.personId(), person));
    Map<UUID, WaitingStore.Schedule> schedules = store.schedules(waitingFor.keySet());
    Map<UUID, WaitingStore.Escalation> escalations = store.openEscalations(schedules.keySet());
    List<Waiter> waiters = new ArrayList<>();
    waitingFor.forEach(
        (id, what) -> {
          Caseloads.Allocated person = people.get(id);
          if (person == null) {
            return;
          }
          LocalDate from = since.get(id);
          WaitingStore.Schedule schedule = schedules.get(id);
          waiters.add(
              new Waiter(
                  id,
                  person.name(),
                  person.workerId(),
                  what,
                  from,
                  from == null ? 0 : Math.max(0, ChronoUnit.DAYS.between(from, today)),
                  schedule,
                  schedule == null ? 0 : WaitingRules.daysOverdue(schedule.nextContactOn(), today),
                  escalations.get(id)));
        });
    waiters.sort(ORDER);
    return waiters;
  }

  /** The person, if they are in the team's waiting list now. */
  Optional<Waiter> find(UUID teamId, UUID personId) {
    return of(teamId).stream().filter(w -> w.personId().equals(personId)).findFirst();
  }

  private static final Comparator<Waiter> ORDER =
      Comparator.comparingLong(Waiter::daysOverdue)
          .reversed()
          .thenComparing(
              (Waiter w) -> w.schedule() == null ? TriageLevel.values().length : levelRank(w))
          .thenComparing(Comparator.comparingLong(Waiter::days).reversed())
          .thenComparing(Waiter::name)
          .thenComparing(Waiter::personId);

  private static int levelRank(Waiter waiter) {
    return waiter.schedule().level().ordinal();
  }

  /** Those of the people whose needs assessment started on or after their conversation. */
  private Set<UUID> assessedSince(Map<UUID, LocalDate> progressed) {
    Set<UUID> assessed = new HashSet<>();
    if (progressed.isEmpty()) {
      return assessed;
    }
    Collection<UUID> ids = progressed.keySet();
    jdbc.sql(
            """
            SELECT person_id, max(started_on) FROM assessment
            WHERE person_id = ANY(CAST(:ids AS uuid[]))
            GROUP BY person_id
            """)
        .param("ids", ids.toArray(UUID[]::new))
        .query(
            rs -> {
              UUID id = rs.getObject(1, UUID.class);
              LocalDate started = rs.getObject(2, LocalDate.class);
              LocalDate heldOn = progressed.get(id);
              if (heldOn == null || !started.isBefore(heldOn)) {
                assessed.add(id);
              }
            });
    return assessed;
  }
}
