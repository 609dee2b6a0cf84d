package org.strengths.practice;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.strengths.languagecoach.LanguageCoach;

/**
 * Works out the practice-quality read model ({@code practice_quality_month}) from the views the
 * person, conversation, assessment and planning modules publish (docs/adr/0160). First the language
 * coach's count for every conversation saved since the last refresh (all of them when the lexicon
 * has changed), in Java with the coach itself; then every month's numerators and denominators for
 * each team and the council, rebuilt in one transaction so the page sees the previous figures until
 * it commits. Every fifteen minutes on one instance (ShedLock), and when asked.
 */
@Component
class QualityRefresh {

  static final String JOB = "practice-quality-refresh";

  /** The team id of the whole council's rows. */
  static final UUID COUNCIL = new UUID(0, 0);

  private static final int BATCH = 2_000;
  private static final Logger log = LoggerFactory.getLogger(QualityRefresh.class);

  private final JdbcClient jdbc;
  private final JdbcTemplate batchJdbc;
  private final TransactionTemplate transaction;
  private final LanguageCoach coach;
  private final Clock clock;

  QualityRefresh(
      JdbcClient jdbc,
      JdbcTemplate batchJdbc,
      TransactionTemplate transaction,
      LanguageCoach coach,
      Clock clock) {
    this.jdbc = jdbc;
    this.batchJdbc = batchJdbc;
    this.transaction = transaction;
    this.coach = coach;
    this.clock = clock;
  }

  @Scheduled(
      initialDelayString = "${strengths.practice.quality.first-refresh-after:PT1M}",
      fixedDelayString = "${strengths.practice.quality.refresh-every:PT15M}")
  @SchedulerLock(name = JOB, lockAtLeastFor = "PT1M", lockAtMostFor = "PT30M")
  public void scheduled() {
    refresh();
  }

  Optional<Instant> refreshedAt() {
    return jdbc.sql("SELECT refreshed_at FROM practice_quality_setting WHERE id = 1")
        .query(Instant.class)
        .optional();
  }

  /** Counts what changed, then rebuilds the monthly figures. */
  void refresh() {
    long started = System.nanoTime();
    int counted = countWords();
    transaction.executeWithoutResult(
        status -> {
          // One rebuild at a time, whichever instance or person asked.
          jdbc.sql("SELECT id FROM practice_quality_setting WHERE id = 1 FOR UPDATE")
              .query(Integer.class)
              .single();
          jdbc.sql("DELETE FROM practice_quality_month").update();
          jdbc.sql(MONTHS).param("council", COUNCIL).update();
          jdbc.sql("UPDATE practice_quality_setting SET refreshed_at = :at WHERE id = 1")
              .param("at", Timestamp.from(clock.instant()))
              .update();
        });
    log.info(
        "Practice quality refreshed in {} ms ({} conversations counted again)",
        (System.nanoTime() - started) / 1_000_000,
        counted);
  }

  /**
   * The language coach's count for each conversation saved since it was last counted, in batches in
   * conversation-id order; all of them again when the lexicon has changed. Conversations no longer
   * complete are forgotten.
   */
  int countWords() {
    String lexicon = coach.lexiconStamp();
    String counted =
        jdbc.sql("SELECT lexicon FROM practice_quality_setting WHERE id = 1")
            .query(String.class)
            .optional()
            .orElse(null);
    if (!lexicon.equals(counted)) {
      transaction.executeWithoutResult(
          status -> {
            jdbc.sql("DELETE FROM practice_quality_words").update();
            jdbc.sql("UPDATE practice_quality_setting SET lexicon = :lexicon WHERE id = 1")
                .param("lexicon", lexicon)
                .update();
          });
    }
    jdbc.sql(
            """
            DELETE FROM practice_quality_words w WHERE NOT EXISTS
              (SELECT 1 FROM conversation_practitioner_words v
                WHERE v.conversation_id = w.conversation_id)
            """)
        .update();
    int total = 0;
    UUID after = COUNCIL;
    while (true) {
      List<Counting> batch =
          jdbc.sql(
                  """
                  SELECT v.conversation_id, v.updated_at, v.texts
                  FROM conversation_practitioner_words v
                  LEFT JOIN practice_quality_words w ON w.conversation_id = v.conversation_id
                  WHERE v.conversation_id > :after
                    AND (w.conversation_id IS NULL OR w.updated_at <> v.updated_at)
                  ORDER BY v.conversation_id
                  LIMIT :batch
                  """)
              .param("after", after)
              .param("batch", BATCH)
              .query(
                  (rs, n) ->
                      new Counting(
                          rs.getObject("conversation_id", UUID.class),
                          rs.getTimestamp("updated_at"),
                          texts(rs.getArray("texts"))))
              .list();
      if (batch.isEmpty()) {
        return total;
      }
      List<Object[]> rows = new ArrayList<>(batch.size());
      for (Counting one : batch) {
        QualityRules.Counted c = QualityRules.coach(one.texts(), text -> coach.check(text).size());
        rows.add(new Object[] {one.id(), one.updatedAt(), c.flags(), c.words()});
      }
      batchJdbc.batchUpdate(
          """
          INSERT INTO practice_quality_words (conversation_id, updated_at, flags, words)
          VALUES (?, ?, ?, ?)
          ON CONFLICT (conversation_id) DO UPDATE SET
            updated_at = EXCLUDED.updated_at, flags = EXCLUDED.flags, words = EXCLUDED.words
          """,
          rows);
      total += batch.size();
      after = batch.get(batch.size() - 1).id();
    }
  }

  private record Counting(UUID id, Timestamp updatedAt, List<String> texts) {}

  private static List<String> texts(Array array) throws SQLException {
    if (array == null) {
      return List.of();
    }
    return Arrays.stream((Object[]) array.getArray()).map(o -> (String) o).toList();
  }

  /**
   * Each measure as events (a conversation, a plan, a person's first conversation) with a day, a
   * numerator, a denominator and for timeliness the days; summed per team and for the council per
   * calendar month. Medians are {@code percentile_disc(0.5)}: the first value reached by half. A
   * person's team is their team now (person_flow); people with no team count for the council only.
   */
  private static final String MONTHS =
      """
      INSERT INTO practice_quality_month
        (team_id, measure, month, numerator, denominator, base, median_days)
      WITH conv AS (
        SELECT q.person_id, q.held_on, q.quotes_in_their_words, q.strengths,
               coalesce(w.flags, 0) AS flags, coalesce(w.words, 0) AS words
        FROM conversation_quality q
        LEFT JOIN practice_quality_words w ON w.conversation_id = q.conversation_id),
      plan_strengths AS (
        -- a join on the plan, not a subquery per strength: at 200,000 people the subquery ran
        -- once for every strength of every plan
        SELECT p.plan_id, s.strength_key, bool_or(b.plan_id IS NOT NULL) AS used
        FROM planning_quality_plan p
        JOIN conversation_quality_strength s
          ON s.person_id = p.person_id AND s.held_on <= p.agreed_on
        LEFT JOIN planning_quality_builds_on b
          ON b.plan_id = p.plan_id
         AND (b.strength_id = s.strength_id OR b.network_member_id = s.network_member_id)
        GROUP BY p.plan_id, s.strength_key),
      used AS (
        SELECT plan_id, count(*) AS recorded, count(*) FILTER (WHERE used) AS used
        FROM plan_strengths GROUP BY plan_id),
      events AS (
        SELECT person_id, 'OWN_WORDS' AS measure, held_on AS day,
               (quotes_in_their_words > 0)::int AS num, 1 AS den, NULL::int AS days
        FROM conv
        UNION ALL
        SELECT person_id, 'STRENGTHS_PER_CONVERSATION', held_on, strengths, 1, NULL FROM conv
        UNION ALL
        SELECT person_id, 'COACH_FLAGS', held_on, flags, words, NULL FROM conv
        UNION ALL
        SELECT p.person_id, 'STRENGTHS_USED', p.agreed_on, coalesce(u.used, 0),
               coalesce(u.recorded, 0), NULL
        FROM planning_quality_plan p LEFT JOIN used u ON u.plan_id = p.plan_id
        UNION ALL
        SELECT person_id, 'NETWORK_COMMUNITY', agreed_on, network_or_community::int, 1, NULL
        FROM planning_quality_plan
        UNION ALL
        SELECT f.person_id, 'DAYS_TO_CONVERSATION', f.first_on, 0, 1, f.first_on - pf.opened_on
        FROM (SELECT person_id, min(held_on) AS first_on FROM conversation_quality
              GROUP BY person_id) f
        JOIN person_flow pf ON pf.person_id = f.person_id
        WHERE f.first_on >= pf.opened_on
        UNION ALL
        SELECT p.person_id, 'DAYS_TO_PLAN', p.agreed_on, 0, 1, p.agreed_on - a.started_on
        FROM planning_quality_plan p
        JOIN LATERAL (SELECT max(a.started_on) AS started_on FROM assessment_quality a
                      WHERE a.person_id = p.person_id AND a.started_on <= p.agreed_on) a
          ON a.started_on IS NOT NULL),
      placed AS (
        SELECT pf.team_id, e.measure, date_trunc('month', e.day)::date AS month,
               e.num, e.den, e.days
        FROM events e JOIN person_flow pf ON pf.person_id = e.person_id)
      SELECT CASE WHEN grouping(team_id) = 1 THEN :council ELSE team_id END,
             measure, month, sum(num), sum(den), count(*),
             percentile_disc(0.5) WITHIN GROUP (ORDER BY days)
      FROM placed
      GROUP BY GROUPING SETS ((team_id, measure, month), (measure, month))
      HAVING grouping(team_id) = 1 OR team_id IS NOT NULL
      """;
}
