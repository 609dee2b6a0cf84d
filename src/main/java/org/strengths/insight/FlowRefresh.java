package org.strengths.insight;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds the flow-of-demand read model ({@code insight_flow_person}, {@code _episode}, {@code
 * _plan}, {@code _option}) from the views the person, conversation and planning modules publish
 * (ADR 0130). The pages read only the read model, so they answer in milliseconds whatever the
 * council's size; the model is as current as its last rebuild, which the pages show. A rebuild runs
 * every fifteen minutes on one instance (ShedLock), and when an analyst asks for it.
 */
@Component
class FlowRefresh {

  static final String JOB = "insight-flow-refresh";
  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final Logger log = LoggerFactory.getLogger(FlowRefresh.class);

  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;
  private final Clock clock;

  FlowRefresh(JdbcClient jdbc, TransactionTemplate transaction, Clock clock) {
    this.jdbc = jdbc;
    this.transaction = transaction;
    this.clock = clock;
  }

  @Scheduled(
      initialDelayString = "${strengths.insight.flow.first-refresh-after:PT1M}",
      fixedDelayString = "${strengths.insight.flow.refresh-every:PT15M}")
  @SchedulerLock(name = JOB, lockAtLeastFor = "PT1M", lockAtMostFor = "PT30M")
  public void scheduled() {
    refresh();
  }

  /** When the read model was last rebuilt, if ever. */
  Optional<Instant> refreshedAt() {
    return jdbc.sql("SELECT refreshed_at FROM insight_flow_setting WHERE id = 1")
        .query(Instant.class)
        .optional();
  }

  /** Rebuilds the read model in one transaction: readers see the old one until it commits. */
  void refresh() {
    long started = System.nanoTime();
    LocalDate today = LocalDate.now(clock.withZone(LONDON));
    transaction.executeWithoutResult(
        status -> {
          // One rebuild at a time, whichever instance or analyst asked.
          jdbc.sql("SELECT id FROM insight_flow_setting WHERE id = 1 FOR UPDATE")
              .query(Integer.class)
              .single();
          jdbc.sql("DELETE FROM insight_flow_option").update();
          jdbc.sql("DELETE FROM insight_flow_episode").update();
          jdbc.sql("DELETE FROM insight_flow_plan").update();
          jdbc.sql("DELETE FROM insight_flow_person").update();
          jdbc.sql(EPISODES).update();
          jdbc.sql(PLANS).update();
          jdbc.sql(PEOPLE).param("today", today).update();
          jdbc.sql(OPTIONS).update();
          jdbc.sql("UPDATE insight_flow_setting SET refreshed_at = :at WHERE id = 1")
              .param("at", java.sql.Timestamp.from(clock.instant()))
              .update();
        });
    log.info("Flow of demand refreshed in {} ms", (System.nanoTime() - started) / 1_000_000);
  }

  /**
   * Episodes: a person's completed conversations in date order, a new episode starting at their
   * first and at every later one held at the first stage. Time in crisis runs from the episode's
   * first crisis conversation to the conversation after its last one (or to that last one, if none
   * followed). Hand-overs are counted from the episode's start to its last conversation. The first
   * episode keeps the days from first contact to it, so the page need not read every person.
   */
  private static final String EPISODES =
      """
      INSERT INTO insight_flow_episode (person_id, number, started_on, last_on, ended_stage,
        conversations, crisis_days, handovers, previous_last_on, days_to_first)
      WITH numbered AS (
        SELECT person_id, conversation_id, held_on, stage, crisis, first_stage,
               row_number() OVER (PARTITION BY person_id ORDER BY held_on, conversation_id) AS n
        FROM conversation_flow),
      marked AS (
        SELECT *, sum(CASE WHEN n = 1 OR first_stage THEN 1 ELSE 0 END)
                    OVER (PARTITION BY person_id ORDER BY n) AS episode
        FROM numbered),
      followed AS (
        SELECT *, lead(held_on) OVER (PARTITION BY person_id, episode ORDER BY n) AS next_on
        FROM marked),
      episodes AS (
        SELECT person_id, episode, min(held_on) AS started_on, max(held_on) AS last_on,
               (array_agg(stage ORDER BY n DESC))[1] AS ended_stage, count(*) AS conversations,
               max(coalesce(next_on, held_on)) FILTER (WHERE crisis)
                 - min(held_on) FILTER (WHERE crisis) AS crisis_days
        FROM followed GROUP BY person_id, episode)
      SELECT e.person_id, e.episode, e.started_on, e.last_on, e.ended_stage, e.conversations,
             e.crisis_days,
             (SELECT count(*) FROM person_handover_flow h
               WHERE h.person_id = e.person_id AND h.handed_on BETWEEN e.started_on AND e.last_on),
             lag(e.last_on) OVER (PARTITION BY e.person_id ORDER BY e.episode),
             CASE WHEN e.episode = 1 THEN greatest(0, e.started_on - p.opened_on) END
      FROM episodes e LEFT JOIN person_flow p ON p.person_id = e.person_id
      """;

  private static final String PLANS =
      """
      INSERT INTO insight_flow_plan (plan_id, person_id, agreed_on, current, review_due_on,
        paid_lines, network_community_lines, weekly_paid_pence)
      SELECT plan_id, person_id, agreed_on, status = 'AGREED', review_due_on, paid_lines,
             network_community_lines, weekly_paid_pence
      FROM planning_flow_plan
      """;

  /** The values the filters offer: those the people have. */
  private static final String OPTIONS =
      """
      INSERT INTO insight_flow_option (filter, value)
      SELECT 'district', postcode_district FROM insight_flow_person
        WHERE postcode_district IS NOT NULL
      UNION SELECT 'reason', primary_support_reason FROM insight_flow_person
        WHERE primary_support_reason IS NOT NULL
      UNION SELECT 'ethnicity', ethnicity FROM insight_flow_person WHERE ethnicity IS NOT NULL
      UNION SELECT 'gender', gender FROM insight_flow_person WHERE gender IS NOT NULL
      """;

  /** People, with their age band as at the day of the rebuild. */
  private static final String PEOPLE =
      """
      INSERT INTO insight_flow_person (person_id, team_id, postcode_district, age_band, gender,
        ethnicity, primary_support_reason, opened_on, first_conversation_on, first_plan_on)
      SELECT p.person_id, p.team_id, p.postcode_district,
             CASE
               WHEN p.date_of_birth IS NULL THEN 'unknown'
               WHEN extract(year FROM age(:today, p.date_of_birth)) < 18 THEN '0-17'
               WHEN extract(year FROM age(:today, p.date_of_birth)) < 65 THEN '18-64'
               WHEN extract(year FROM age(:today, p.date_of_birth)) < 75 THEN '65-74'
               WHEN extract(year FROM age(:today, p.date_of_birth)) < 85 THEN '75-84'
               ELSE '85+'
             END,
             p.gender, p.ethnicity, p.primary_support_reason, p.opened_on,
             e.first_on, pl.first_on
      FROM person_flow p
      LEFT JOIN (SELECT person_id, min(started_on) AS first_on FROM insight_flow_episode
                 GROUP BY person_id) e ON e.person_id = p.person_id
      LEFT JOIN (SELECT person_id, min(agreed_on) AS first_on FROM insight_flow_plan
                 GROUP BY person_id) pl ON pl.person_id = p.person_id
      """;
}
