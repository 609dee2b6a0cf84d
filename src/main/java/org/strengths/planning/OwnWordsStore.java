package org.strengths.planning;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The person's own words and their history in PostgreSQL (ADR 0113). */
@Repository
class OwnWordsStore {

  private final JdbcClient jdbc;
  private final PlanStore plans;

  OwnWordsStore(JdbcClient jdbc, PlanStore plans) {
    this.jdbc = jdbc;
    this.plans = plans;
  }

  /** Everything the person wrote, newest first. */
  List<OwnWords.Entry> all(UUID personId) {
    return jdbc.sql(
            "SELECT * FROM planning_own_words WHERE person_id = :person"
                + " ORDER BY written_at DESC, id")
        .param("person", personId)
        .query(OwnWordsStore::entry)
        .list();
  }

  /** The changes waiting for a practitioner's reply for any of these people, oldest first. */
  List<OwnWords.Waiting> waitingFor(java.util.Collection<UUID> personIds) {
    if (personIds.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            "SELECT id, person_id, written_at FROM planning_own_words"
                + " WHERE person_id IN (:people) AND status = 'PROPOSED'"
                + " ORDER BY written_at, id")
        .param("people", personIds)
        .query(
            (rs, row) ->
                new OwnWords.Waiting(
                    rs.getObject("person_id", UUID.class),
                    rs.getObject("id", UUID.class),
                    rs.getObject("written_at", java.time.OffsetDateTime.class).toInstant()))
        .list();
  }

  Optional<OwnWords.Entry> find(UUID id) {
    return jdbc.sql("SELECT * FROM planning_own_words WHERE id = :id")
        .param("id", id)
        .query(OwnWordsStore::entry)
        .optional();
  }

  /**
   * Adds a change; a proposal replaces the person's earlier proposal for the same part (or outcome)
   * that is still waiting, so the practitioner answers only the latest.
   */
  UUID add(
      UUID personId,
      UUID planId,
      OwnWords.Part part,
      UUID outcomeId,
      String before,
      String words,
      String writtenBy,
      String writtenByName,
      OwnWords.Status status) {
    OffsetDateTime now = plans.now();
    if (status == OwnWords.Status.PROPOSED) {
      jdbc.sql(
              """
              UPDATE planning_own_words SET status = 'REPLACED'
              WHERE person_id = :person AND part = :part AND status = 'PROPOSED'
                AND outcome_id IS NOT DISTINCT FROM :outcome
              """)
          .param("person", personId)
          .param("part", part.name())
          .param("outcome", outcomeId)
          .update();
    }
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
            INSERT INTO planning_own_words (id, person_id, plan_id, part, outcome_id, words_before,
              words, written_by, written_by_name, written_at, status)
            VALUES (:id, :person, :plan, :part, :outcome, :before, :words, :by, :name, :now,
              :status)
            """)
        .param("id", id)
        .param("person", personId)
        .param("plan", planId)
        .param("part", part.name())
        .param("outcome", outcomeId)
        .param("before", before)
        .param("words", words)
        .param("by", writtenBy)
        .param("name", writtenByName)
        .param("now", now)
        .param("status", status.name())
        .update();
    return id;
  }

  /** Records the practitioner's reply to a proposal still waiting; false if it was not waiting. */
  boolean reply(UUID id, OwnWords.Status status, UUID by, String byName, String reason) {
    return jdbc.sql(
                """
                UPDATE planning_own_words SET status = :status, replied_by = :by,
                  replied_by_name = :name, replied_at = :now, decline_reason = :reason
                WHERE id = :id AND status = 'PROPOSED'
                """)
            .param("status", status.name())
            .param("by", by)
            .param("name", byName)
            .param("now", plans.now())
            .param("reason", reason)
            .param("id", id)
            .update()
        == 1;
  }

  private static OwnWords.Entry entry(ResultSet rs, int row) throws SQLException {
    OffsetDateTime replied = rs.getObject("replied_at", OffsetDateTime.class);
    return new OwnWords.Entry(
        rs.getObject("id", UUID.class),
        rs.getObject("person_id", UUID.class),
        rs.getObject("plan_id", UUID.class),
        OwnWords.Part.valueOf(rs.getString("part")),
        rs.getObject("outcome_id", UUID.class),
        rs.getString("words_before"),
        rs.getString("words"),
        rs.getString("written_by_name"),
        rs.getObject("written_at", OffsetDateTime.class).toInstant(),
        OwnWords.Status.valueOf(rs.getString("status")),
        rs.getString("replied_by_name"),
        replied == null ? null : replied.toInstant(),
        rs.getString("decline_reason"));
  }
}
