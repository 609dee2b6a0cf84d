package org.strengths.practice;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Self-assessments, their ratings, evidence and development goals, in SQL. */
@Repository
class SelfAssessmentStore {

  private final JdbcClient jdbc;

  SelfAssessmentStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** An assessment's heading: whose, and on what date. */
  record Assessment(
      UUID id, UUID workerId, String workerName, LocalDate assessedOn, int ratedCount) {}

  /** Evidence as saved against a statement. */
  record Linked(UUID statementId, SelfAssessmentEvidence evidence) {}

  boolean any() {
    return jdbc.sql("SELECT EXISTS (SELECT 1 FROM practice_self_assessment)")
        .query(Boolean.class)
        .single();
  }

  boolean exists(UUID workerId, LocalDate assessedOn) {
    return jdbc.sql(
            "SELECT EXISTS (SELECT 1 FROM practice_self_assessment"
                + " WHERE worker_id = :worker AND assessed_on = :on)")
        .param("worker", workerId)
        .param("on", assessedOn)
        .query(Boolean.class)
        .single();
  }

  void insert(
      UUID id,
      UUID workerId,
      String workerName,
      SelfAssessmentRules.Checked checked,
      Map<String, SelfAssessmentEvidence> choices,
      String by,
      Instant at) {
    jdbc.sql(
            """
            INSERT INTO practice_self_assessment (id, worker_id, worker_name, assessed_on,
              created_at, created_by)
            VALUES (:id, :worker, :name, :on, :at, :by)
            """)
        .param("id", id)
        .param("worker", workerId)
        .param("name", workerName)
        .param("on", checked.assessedOn())
        .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
        .param("by", by)
        .update();
    checked
        .ratings()
        .forEach(
            (statement, rating) ->
                jdbc.sql(
                        "INSERT INTO practice_self_rating (assessment_id, statement_id, rating)"
                            + " VALUES (:id, :statement, :rating)")
                    .param("id", id)
                    .param("statement", statement)
                    .param("rating", rating.points())
                    .update());
    checked
        .evidence()
        .forEach(
            (statement, keys) -> {
              for (String key : keys) {
                SelfAssessmentEvidence evidence = choices.get(key);
                jdbc.sql(
                        """
                        INSERT INTO practice_self_evidence (assessment_id, statement_id, kind,
                          ref_id, person_id, label)
                        VALUES (:id, :statement, :kind, :ref, :person, :label)
                        """)
                    .param("id", id)
                    .param("statement", statement)
                    .param("kind", evidence.kind().name())
                    .param("ref", evidence.refId())
                    .param("person", evidence.personId())
                    .param("label", evidence.label())
                    .update();
              }
            });
    List<SelfAssessmentRules.Goal> goals = checked.goals();
    for (int i = 0; i < goals.size(); i++) {
      jdbc.sql(
              """
              INSERT INTO practice_self_goal (assessment_id, position, goal, actions, by_when)
              VALUES (:id, :position, :goal, :actions, :by)
              """)
          .param("id", id)
          .param("position", i + 1)
          .param("goal", goals.get(i).goal())
          .param("actions", goals.get(i).actions())
          .param("by", goals.get(i).byWhen())
          .update();
    }
  }

  private static final String ASSESSMENT =
      "SELECT a.id, a.worker_id, a.worker_name, a.assessed_on,"
          + " (SELECT count(*) FROM practice_self_rating r WHERE r.assessment_id = a.id)"
          + " FROM practice_self_assessment a";

  /** A worker's self-assessments, newest first. */
  List<Assessment> of(UUID workerId) {
    return jdbc.sql(ASSESSMENT + " WHERE a.worker_id = :worker ORDER BY a.assessed_on DESC")
        .param("worker", workerId)
        .query(
            (rs, row) ->
                new Assessment(
                    rs.getObject(1, UUID.class),
                    rs.getObject(2, UUID.class),
                    rs.getString(3),
                    rs.getObject(4, LocalDate.class),
                    rs.getInt(5)))
        .list();
  }

  Optional<Assessment> find(UUID id) {
    return jdbc.sql(ASSESSMENT + " WHERE a.id = :id")
        .param("id", id)
        .query(
            (rs, row) ->
                new Assessment(
                    rs.getObject(1, UUID.class),
                    rs.getObject(2, UUID.class),
                    rs.getString(3),
                    rs.getObject(4, LocalDate.class),
                    rs.getInt(5)))
        .optional();
  }

  Map<UUID, SelfAssessmentRating> ratings(UUID assessmentId) {
    Map<UUID, SelfAssessmentRating> found = new HashMap<>();
    jdbc.sql("SELECT statement_id, rating FROM practice_self_rating WHERE assessment_id = :id")
        .param("id", assessmentId)
        .query(
            rs -> {
              found.put(
                  rs.getObject(1, UUID.class),
                  SelfAssessmentRating.ofPoints(rs.getInt(2)).orElseThrow());
            });
    return found;
  }

  List<Linked> evidence(UUID assessmentId) {
    return jdbc.sql(
            "SELECT statement_id, kind, ref_id, person_id, label FROM practice_self_evidence"
                + " WHERE assessment_id = :id ORDER BY kind, label")
        .param("id", assessmentId)
        .query(
            (rs, row) ->
                new Linked(
                    rs.getObject(1, UUID.class),
                    new SelfAssessmentEvidence(
                        SelfAssessmentEvidence.Kind.valueOf(rs.getString(2)),
                        rs.getObject(3, UUID.class),
                        rs.getObject(4, UUID.class),
                        rs.getString(5))))
        .list();
  }

  List<SelfAssessmentRules.Goal> goals(UUID assessmentId) {
    return jdbc.sql(
            "SELECT goal, actions, by_when FROM practice_self_goal WHERE assessment_id = :id"
                + " ORDER BY position")
        .param("id", assessmentId)
        .query(
            (rs, row) ->
                new SelfAssessmentRules.Goal(
                    rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class)))
        .list();
  }

  /**
   * Each worker's ratings from their latest self-assessment: worker to statement to rating, with
   * the date of that assessment; workers who never assessed themselves are left out.
   */
  Map<UUID, Latest> latest(Collection<UUID> workerIds) {
    Map<UUID, Latest> found = new HashMap<>();
    if (workerIds.isEmpty()) {
      return found;
    }
    jdbc.sql(
            """
            SELECT a.worker_id, a.assessed_on, r.statement_id, r.rating
            FROM (SELECT DISTINCT ON (worker_id) id, worker_id, assessed_on
                  FROM practice_self_assessment WHERE worker_id IN (:ids)
                  ORDER BY worker_id, assessed_on DESC) a
            JOIN practice_self_rating r ON r.assessment_id = a.id
            """)
        .param("ids", workerIds)
        .query(
            rs -> {
              UUID worker = rs.getObject(1, UUID.class);
              LocalDate assessedOn = rs.getObject(2, LocalDate.class);
              found
                  .computeIfAbsent(worker, key -> new Latest(assessedOn, new HashMap<>()))
                  .ratings()
                  .put(
                      rs.getObject(3, UUID.class),
                      SelfAssessmentRating.ofPoints(rs.getInt(4)).orElseThrow());
            });
    return found;
  }

  /** A worker's latest self-assessment's date and ratings by statement. */
  record Latest(LocalDate assessedOn, Map<UUID, SelfAssessmentRating> ratings) {}
}
