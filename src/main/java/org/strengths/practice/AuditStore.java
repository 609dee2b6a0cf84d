package org.strengths.practice;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The case-file audit tables ({@code practice_audit*}); staff, teams and people are plain ids. */
@Repository
class AuditStore {

  /** A template and its questions, in order. */
  /**
   * A version of a template and its questions, in order. Editing adds a version; an audit keeps the
   * version it was set up with.
   */
  record Template(
      UUID id,
      String name,
      String description,
      boolean isDefault,
      List<Question> questions,
      UUID familyId,
      int version,
      boolean current) {}

  /** One question of a template and the evidence shown beside it. */
  record Question(int position, String question, AuditEvidence evidence) {}

  enum Sampling {
    RANDOM,
    WORKER,
    /** Targeted by kind of situation, drawn at random from a recorded seed among those in it. */
    SITUATION
  }

  enum Status {
    OPEN,
    CLOSED
  }

  /** Who scored: the auditor, or the second auditor moderating. */
  enum ByRole {
    AUDITOR,
    MODERATOR
  }

  record Audit(
      UUID id,
      UUID templateId,
      UUID teamId,
      LocalDate month,
      Sampling sampling,
      Long seed,
      UUID targetWorker,
      AuditSituation situation,
      String situationDetail,
      int sampleSize,
      int frameSize,
      UUID auditorId,
      UUID moderatorId,
      UUID reAuditOf,
      Status status,
      Instant accessUntil,
      Instant closedAt,
      Instant createdAt,
      String createdBy) {

    public boolean open() {
      return status == Status.OPEN;
    }

    /** The member of staff's part in this audit, if any. */
    public Optional<ByRole> roleOf(UUID staffId) {
      if (auditorId.equals(staffId)) {
        return Optional.of(ByRole.AUDITOR);
      }
      return moderatorId.equals(staffId) ? Optional.of(ByRole.MODERATOR) : Optional.empty();
    }
  }

  /** A sampled record, with the worker allocated when it was drawn and the feedback exchanged. */
  record Sampled(
      UUID auditId,
      UUID personId,
      int position,
      UUID workerId,
      String feedback,
      Instant feedbackAt,
      String response,
      Instant respondedAt) {}

  record Score(int position, ByRole byRole, int score, String narrative) {}

  /** How many records scored low (1 or 2) on one question, for a team and month. */
  record Theme(UUID teamId, LocalDate month, String question, int low, int scored) {}

  private static final String AUDIT_COLUMNS =
      "id, template_id, team_id, month, sampling, seed, target_worker, situation, situation_detail,"
          + " sample_size, frame_size,"
          + " auditor_id, moderator_id, re_audit_of, status, access_until, closed_at, created_at,"
          + " created_by";

  private static final String SAMPLED_COLUMNS =
      "audit_id, person_id, position, worker_id, feedback, feedback_at, response, responded_at";

  private final JdbcClient jdbc;

  AuditStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  private static final String TEMPLATE_COLUMNS =
      "id, name, description, is_default, family_id, version, superseded_at IS NULL AS current";

  /** The current version of every template, the default first. */
  List<Template> templates() {
    return jdbc.sql(
            "SELECT "
                + TEMPLATE_COLUMNS
                + " FROM practice_audit_template WHERE superseded_at IS NULL"
                + " ORDER BY is_default DESC, name")
        .query((rs, row) -> template(rs))
        .list();
  }

  /** A version of a template, current or not. */
  Optional<Template> template(UUID id) {
    return jdbc.sql("SELECT " + TEMPLATE_COLUMNS + " FROM practice_audit_template WHERE id = :id")
        .param("id", id)
        .query((rs, row) -> template(rs))
        .optional();
  }

  /** Whether a current template other than {@code exceptFamily} (may be null) has the name. */
  boolean templateNameTaken(String name, UUID exceptFamily) {
    return jdbc.sql(
            """
            SELECT EXISTS (SELECT 1 FROM practice_audit_template
              WHERE lower(name) = lower(:n) AND superseded_at IS NULL
                AND family_id IS DISTINCT FROM :family)
            """)
        .param("n", name)
        .param("family", exceptFamily)
        .query(Boolean.class)
        .single();
  }

  /** Every version's name and number, by id, for labelling audits. */
  java.util.Map<UUID, Template> allTemplates() {
    java.util.Map<UUID, Template> all = new java.util.HashMap<>();
    jdbc.sql("SELECT " + TEMPLATE_COLUMNS + " FROM practice_audit_template")
        .query(
            rs -> {
              UUID id = rs.getObject("id", UUID.class);
              all.put(
                  id,
                  new Template(
                      id,
                      rs.getString("name"),
                      rs.getString("description"),
                      rs.getBoolean("is_default"),
                      List.of(),
                      rs.getObject("family_id", UUID.class),
                      rs.getInt("version"),
                      rs.getBoolean("current")));
            });
    return all;
  }

  /**
   * Retires {@code old} and adds its next version with its own id and questions; the default
   * template's next version stays the default.
   */
  void insertVersion(
      Template old,
      UUID id,
      String name,
      String description,
      List<Question> questions,
      Instant at,
      String by) {
    jdbc.sql(
            "UPDATE practice_audit_template SET superseded_at = :at, is_default = false"
                + " WHERE id = :id")
        .param("id", old.id())
        .param("at", utc(at))
        .update();
    jdbc.sql(
            """
            INSERT INTO practice_audit_template (id, name, description, is_default, created_at,
              created_by, family_id, version)
            VALUES (:id, :name, :description, :isDefault, :at, :by, :family, :version)
            """)
        .param("id", id)
        .param("name", name)
        .param("description", description)
        .param("isDefault", old.isDefault())
        .param("at", utc(at))
        .param("by", by)
        .param("family", old.familyId())
        .param("version", old.version() + 1)
        .update();
    insertQuestions(id, questions);
  }

  private Template template(ResultSet rs) throws SQLException {
    UUID id = rs.getObject("id", UUID.class);
    return new Template(
        id,
        rs.getString("name"),
        rs.getString("description"),
        rs.getBoolean("is_default"),
        questions(id),
        rs.getObject("family_id", UUID.class),
        rs.getInt("version"),
        rs.getBoolean("current"));
  }

  List<Question> questions(UUID templateId) {
    return jdbc.sql(
            "SELECT position, question, evidence FROM practice_audit_question"
                + " WHERE template_id = :id ORDER BY position")
        .param("id", templateId)
        .query(
            (rs, row) ->
                new Question(rs.getInt(1), rs.getString(2), AuditEvidence.valueOf(rs.getString(3))))
        .list();
  }

  void insertTemplate(
      UUID id, String name, String description, List<Question> questions, Instant at, String by) {
    jdbc.sql(
            """
            INSERT INTO practice_audit_template (id, name, description, created_at, created_by,
              family_id)
            VALUES (:id, :name, :description, :at, :by, :id)
            """)
        .param("id", id)
        .param("name", name)
        .param("description", description)
        .param("at", utc(at))
        .param("by", by)
        .update();
    insertQuestions(id, questions);
  }

  private void insertQuestions(UUID id, List<Question> questions) {
    for (Question question : questions) {
      jdbc.sql(
              """
              INSERT INTO practice_audit_question (template_id, position, question, evidence)
              VALUES (:id, :position, :question, :evidence)
              """)
          .param("id", id)
          .param("position", question.position())
          .param("question", question.question())
          .param("evidence", question.evidence().name())
          .update();
    }
  }

  void insertAudit(Audit audit, List<Sampled> sample) {
    jdbc.sql(
            "INSERT INTO practice_audit ("
                + AUDIT_COLUMNS
                + ") VALUES (:id, :template, :team, :month, :sampling, :seed, :target, :situation,"
                + " :detail, :size,"
                + " :frame, :auditor, :moderator, :reAuditOf, :status, :until, NULL, :at, :by)")
        .param("id", audit.id())
        .param("template", audit.templateId())
        .param("team", audit.teamId())
        .param("month", audit.month())
        .param("sampling", audit.sampling().name())
        .param("seed", audit.seed())
        .param("target", audit.targetWorker())
        .param("situation", audit.situation() == null ? null : audit.situation().name())
        .param("detail", audit.situationDetail())
        .param("size", audit.sampleSize())
        .param("frame", audit.frameSize())
        .param("auditor", audit.auditorId())
        .param("moderator", audit.moderatorId())
        .param("reAuditOf", audit.reAuditOf())
        .param("status", audit.status().name())
        .param("until", utc(audit.accessUntil()))
        .param("at", utc(audit.createdAt()))
        .param("by", audit.createdBy())
        .update();
    for (Sampled sampled : sample) {
      jdbc.sql(
              """
              INSERT INTO practice_audit_record (audit_id, person_id, position, worker_id)
              VALUES (:audit, :person, :position, :worker)
              """)
          .param("audit", audit.id())
          .param("person", sampled.personId())
          .param("position", sampled.position())
          .param("worker", sampled.workerId())
          .update();
    }
  }

  List<Audit> audits() {
    return jdbc.sql(
            "SELECT " + AUDIT_COLUMNS + " FROM practice_audit ORDER BY month DESC, created_at DESC")
        .query((rs, row) -> audit(rs))
        .list();
  }

  Optional<Audit> find(UUID id) {
    return jdbc.sql("SELECT " + AUDIT_COLUMNS + " FROM practice_audit WHERE id = :id")
        .param("id", id)
        .query((rs, row) -> audit(rs))
        .optional();
  }

  private static Audit audit(ResultSet rs) throws SQLException {
    long seed = rs.getLong("seed");
    boolean noSeed = rs.wasNull();
    return new Audit(
        rs.getObject("id", UUID.class),
        rs.getObject("template_id", UUID.class),
        rs.getObject("team_id", UUID.class),
        rs.getObject("month", LocalDate.class),
        Sampling.valueOf(rs.getString("sampling")),
        noSeed ? null : seed,
        rs.getObject("target_worker", UUID.class),
        rs.getString("situation") == null
            ? null
            : AuditSituation.valueOf(rs.getString("situation")),
        rs.getString("situation_detail"),
        rs.getInt("sample_size"),
        rs.getInt("frame_size"),
        rs.getObject("auditor_id", UUID.class),
        rs.getObject("moderator_id", UUID.class),
        rs.getObject("re_audit_of", UUID.class),
        Status.valueOf(rs.getString("status")),
        instant(rs, "access_until"),
        instant(rs, "closed_at"),
        instant(rs, "created_at"),
        rs.getString("created_by"));
  }

  List<Sampled> sample(UUID auditId) {
    return jdbc.sql(
            "SELECT "
                + SAMPLED_COLUMNS
                + " FROM practice_audit_record WHERE audit_id = :id ORDER BY position")
        .param("id", auditId)
        .query((rs, row) -> sampled(rs))
        .list();
  }

  Optional<Sampled> sampled(UUID auditId, UUID personId) {
    return jdbc.sql(
            "SELECT "
                + SAMPLED_COLUMNS
                + " FROM practice_audit_record WHERE audit_id = :audit AND person_id = :person")
        .param("audit", auditId)
        .param("person", personId)
        .query((rs, row) -> sampled(rs))
        .optional();
  }

  /** The worker's sampled records that have feedback, newest feedback first. */
  List<Sampled> feedbackFor(UUID workerId) {
    return jdbc.sql(
            "SELECT "
                + SAMPLED_COLUMNS
                + " FROM practice_audit_record WHERE worker_id = :worker AND feedback IS NOT NULL"
                + " ORDER BY feedback_at DESC")
        .param("worker", workerId)
        .query((rs, row) -> sampled(rs))
        .list();
  }

  private static Sampled sampled(ResultSet rs) throws SQLException {
    return new Sampled(
        rs.getObject("audit_id", UUID.class),
        rs.getObject("person_id", UUID.class),
        rs.getInt("position"),
        rs.getObject("worker_id", UUID.class),
        rs.getString("feedback"),
        instant(rs, "feedback_at"),
        rs.getString("response"),
        instant(rs, "responded_at"));
  }

  List<Score> scores(UUID auditId, UUID personId) {
    return jdbc.sql(
            """
            SELECT position, by_role, score, narrative FROM practice_audit_score
            WHERE audit_id = :audit AND person_id = :person ORDER BY position, by_role
            """)
        .param("audit", auditId)
        .param("person", personId)
        .query(
            (rs, row) ->
                new Score(
                    rs.getInt(1), ByRole.valueOf(rs.getString(2)), rs.getInt(3), rs.getString(4)))
        .list();
  }

  /** Which sampled records each role has scored, as "personId:ROLE". */
  List<String> scored(UUID auditId) {
    return jdbc.sql(
            "SELECT DISTINCT person_id::text || ':' || by_role FROM practice_audit_score"
                + " WHERE audit_id = :audit")
        .param("audit", auditId)
        .query(String.class)
        .list();
  }

  void saveScores(
      UUID auditId, UUID personId, ByRole role, List<Score> scores, Instant at, String by) {
    for (Score score : scores) {
      jdbc.sql(
              """
              INSERT INTO practice_audit_score (audit_id, person_id, position, by_role, score,
                narrative, scored_at, scored_by)
              VALUES (:audit, :person, :position, :role, :score, :narrative, :at, :by)
              ON CONFLICT (audit_id, person_id, position, by_role) DO UPDATE
                SET score = EXCLUDED.score, narrative = EXCLUDED.narrative,
                    scored_at = EXCLUDED.scored_at, scored_by = EXCLUDED.scored_by
              """)
          .param("audit", auditId)
          .param("person", personId)
          .param("position", score.position())
          .param("role", role.name())
          .param("score", score.score())
          .param("narrative", score.narrative())
          .param("at", utc(at))
          .param("by", by)
          .update();
    }
  }

  void saveFeedback(UUID auditId, UUID personId, String feedback, Instant at) {
    jdbc.sql(
            "UPDATE practice_audit_record SET feedback = :feedback, feedback_at = :at"
                + " WHERE audit_id = :audit AND person_id = :person")
        .param("audit", auditId)
        .param("person", personId)
        .param("feedback", feedback)
        .param("at", utc(at))
        .update();
  }

  void saveResponse(UUID auditId, UUID personId, String response, Instant at) {
    jdbc.sql(
            "UPDATE practice_audit_record SET response = :response, responded_at = :at"
                + " WHERE audit_id = :audit AND person_id = :person")
        .param("audit", auditId)
        .param("person", personId)
        .param("response", response)
        .param("at", utc(at))
        .update();
  }

  void close(UUID auditId, Instant at) {
    jdbc.sql("UPDATE practice_audit SET status = 'CLOSED', closed_at = :at WHERE id = :id")
        .param("id", auditId)
        .param("at", utc(at))
        .update();
  }

  /**
   * Low scores (1 or 2) by question, team and month, over every audit: the moderated score where
   * there is one, else the auditor's.
   */
  List<Theme> themes() {
    return jdbc.sql(
            """
            WITH final AS (
              SELECT DISTINCT ON (audit_id, person_id, position) audit_id, position, score
              FROM practice_audit_score
              ORDER BY audit_id, person_id, position, (by_role = 'MODERATOR') DESC)
            SELECT a.team_id, a.month, q.question,
              count(*) FILTER (WHERE f.score <= 2) AS low, count(*) AS scored
            FROM final f
              JOIN practice_audit a ON a.id = f.audit_id
              JOIN practice_audit_question q
                ON q.template_id = a.template_id AND q.position = f.position
            GROUP BY a.team_id, a.month, q.question, q.position
            ORDER BY a.month DESC, a.team_id, low DESC, q.position
            """)
        .query(
            (rs, row) ->
                new Theme(
                    rs.getObject(1, UUID.class),
                    rs.getObject(2, LocalDate.class),
                    rs.getString(3),
                    rs.getInt(4),
                    rs.getInt(5)))
        .list();
  }

  /**
   * The final score of every question (the moderator's where there is one) on the workers' records
   * in closed audits for {@code since} or later, with the question's evidence (docs/adr/0152).
   */
  List<AuditCapabilityMapping.Scored> closedScores(
      java.util.Collection<UUID> workerIds, LocalDate since) {
    return jdbc.sql(
            """
            WITH final AS (
              SELECT DISTINCT ON (s.audit_id, s.person_id, s.position)
                s.audit_id, s.person_id, s.position, s.score
              FROM practice_audit_score s
                JOIN practice_audit a ON a.id = s.audit_id
              WHERE a.status = 'CLOSED' AND a.month >= :since
              ORDER BY s.audit_id, s.person_id, s.position, (s.by_role = 'MODERATOR') DESC)
            SELECT r.worker_id, q.evidence, f.score
            FROM final f
              JOIN practice_audit_record r
                ON r.audit_id = f.audit_id AND r.person_id = f.person_id
              JOIN practice_audit a ON a.id = f.audit_id
              JOIN practice_audit_question q
                ON q.template_id = a.template_id AND q.position = f.position
            WHERE r.worker_id IN (:workers)
            """)
        .param("since", since)
        .param("workers", workerIds)
        .query(
            (rs, row) ->
                new AuditCapabilityMapping.Scored(
                    rs.getObject(1, UUID.class),
                    AuditEvidence.valueOf(rs.getString(2)),
                    rs.getInt(3)))
        .list();
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
