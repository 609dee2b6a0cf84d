package org.strengths.practice;

import java.sql.ResultSet;
import java.sql.SQLException;
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

/** The practice module's tables, in SQL. */
@Repository
class SupervisionStore {

  private final JdbcClient jdbc;

  SupervisionStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A stored session with its notes. */
  record Session(
      UUID id,
      UUID superviseeId,
      String superviseeName,
      UUID supervisorId,
      String supervisorName,
      LocalDate heldOn,
      String knowledge,
      String valuesEthics,
      String theoriesMethods,
      String skills,
      String reflection,
      String decisions,
      String wellbeing,
      Instant updatedAt,
      String updatedBy,
      int version) {}

  /** A session in a worker's list: no notes. */
  record Listed(UUID id, LocalDate heldOn, String supervisorName) {}

  /** An action agreed in supervision; {@code closedIn} is null while it is open. */
  record Action(
      UUID id,
      UUID raisedIn,
      LocalDate raisedOn,
      String description,
      String owner,
      LocalDate dueOn,
      UUID closedIn) {}

  /** What a session decided about an action open when it was held. */
  record Review(Action action, String outcome) {}

  Map<UUID, SupervisionFrequency> expectations(Collection<UUID> superviseeIds) {
    Map<UUID, SupervisionFrequency> found = new HashMap<>();
    if (superviseeIds.isEmpty()) {
      return found;
    }
    jdbc.sql(
            "SELECT supervisee_id, frequency FROM practice_expectation"
                + " WHERE supervisee_id IN (:ids)")
        .param("ids", superviseeIds)
        .query(
            rs -> {
              found.put(rs.getObject(1, UUID.class), SupervisionFrequency.valueOf(rs.getString(2)));
            });
    return found;
  }

  void setExpectation(UUID superviseeId, SupervisionFrequency frequency, String by, Instant at) {
    jdbc.sql(
            """
            INSERT INTO practice_expectation (supervisee_id, frequency, created_at, created_by,
              updated_at, updated_by)
            VALUES (:id, :frequency, :at, :by, :at, :by)
            ON CONFLICT (supervisee_id) DO UPDATE SET frequency = :frequency, updated_at = :at,
              updated_by = :by, version = practice_expectation.version + 1
            """)
        .param("id", superviseeId)
        .param("frequency", frequency.name())
        .param("at", utc(at))
        .param("by", by)
        .update();
  }

  /** The date of each worker's latest session; workers never supervised are left out. */
  Map<UUID, LocalDate> lastHeld(Collection<UUID> superviseeIds) {
    Map<UUID, LocalDate> found = new HashMap<>();
    if (superviseeIds.isEmpty()) {
      return found;
    }
    jdbc.sql(
            "SELECT supervisee_id, max(held_on) FROM practice_supervision"
                + " WHERE supervisee_id IN (:ids) GROUP BY supervisee_id")
        .param("ids", superviseeIds)
        .query(
            rs -> {
              found.put(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class));
            });
    return found;
  }

  void insert(Session session, String by, Instant at) {
    jdbc.sql(
            """
            INSERT INTO practice_supervision (id, supervisee_id, supervisee_name, supervisor_id,
              supervisor_name, held_on, knowledge, values_ethics, theories_methods, skills,
              reflection, decisions, wellbeing, created_at, created_by, updated_at, updated_by)
            VALUES (:id, :supervisee, :superviseeName, :supervisor, :supervisorName, :heldOn,
              :knowledge, :values, :theories, :skills, :reflection, :decisions, :wellbeing, :at,
              :by, :at, :by)
            """)
        .param("id", session.id())
        .param("supervisee", session.superviseeId())
        .param("superviseeName", session.superviseeName())
        .param("supervisor", session.supervisorId())
        .param("supervisorName", session.supervisorName())
        .param("heldOn", session.heldOn())
        .param("knowledge", session.knowledge())
        .param("values", session.valuesEthics())
        .param("theories", session.theoriesMethods())
        .param("skills", session.skills())
        .param("reflection", session.reflection())
        .param("decisions", session.decisions())
        .param("wellbeing", session.wellbeing())
        .param("at", utc(at))
        .param("by", by)
        .update();
  }

  /** Changes the notes if nobody saved since {@code versionSeen}; whether it did. */
  boolean update(Session typed, int versionSeen, String by, Instant at) {
    return jdbc.sql(
                """
                UPDATE practice_supervision SET held_on = :heldOn, knowledge = :knowledge,
                  values_ethics = :values, theories_methods = :theories, skills = :skills,
                  reflection = :reflection, decisions = :decisions, wellbeing = :wellbeing,
                  updated_at = :at, updated_by = :by, version = version + 1
                WHERE id = :id AND version = :version
                """)
            .param("id", typed.id())
            .param("heldOn", typed.heldOn())
            .param("knowledge", typed.knowledge())
            .param("values", typed.valuesEthics())
            .param("theories", typed.theoriesMethods())
            .param("skills", typed.skills())
            .param("reflection", typed.reflection())
            .param("decisions", typed.decisions())
            .param("wellbeing", typed.wellbeing())
            .param("at", utc(at))
            .param("by", by)
            .param("version", versionSeen)
            .update()
        == 1;
  }

  Optional<Session> find(UUID id) {
    return jdbc.sql(
            """
            SELECT id, supervisee_id, supervisee_name, supervisor_id, supervisor_name, held_on,
              knowledge, values_ethics, theories_methods, skills, reflection, decisions, wellbeing,
              updated_at, updated_by, version
            FROM practice_supervision WHERE id = :id
            """)
        .param("id", id)
        .query((rs, row) -> session(rs))
        .optional();
  }

  /** A worker's sessions, newest first. */
  List<Listed> sessionsOf(UUID superviseeId) {
    return jdbc.sql(
            """
            SELECT id, held_on, supervisor_name FROM practice_supervision
            WHERE supervisee_id = :id ORDER BY held_on DESC, created_at DESC
            """)
        .param("id", superviseeId)
        .query(
            (rs, row) ->
                new Listed(
                    rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class), rs.getString(3)))
        .list();
  }

  List<UUID> discussed(UUID sessionId) {
    return jdbc.sql("SELECT person_id FROM practice_discussion WHERE supervision_id = :id")
        .param("id", sessionId)
        .query(UUID.class)
        .list();
  }

  void discuss(UUID sessionId, Collection<UUID> personIds) {
    for (UUID person : personIds) {
      jdbc.sql(
              "INSERT INTO practice_discussion (supervision_id, person_id) VALUES (:s, :p)"
                  + " ON CONFLICT DO NOTHING")
          .param("s", sessionId)
          .param("p", person)
          .update();
    }
  }

  void undiscuss(UUID sessionId, Collection<UUID> personIds) {
    if (!personIds.isEmpty()) {
      jdbc.sql("DELETE FROM practice_discussion WHERE supervision_id = :s AND person_id IN (:p)")
          .param("s", sessionId)
          .param("p", personIds)
          .update();
    }
  }

  void addAction(
      UUID sessionId, String description, String owner, LocalDate dueOn, String by, Instant at) {
    jdbc.sql(
            """
            INSERT INTO practice_action (id, raised_in, description, owner, due_on, created_at,
              created_by)
            VALUES (:id, :session, :description, :owner, :due, :at, :by)
            """)
        .param("id", UUID.randomUUID())
        .param("session", sessionId)
        .param("description", description)
        .param("owner", owner)
        .param("due", dueOn)
        .param("at", utc(at))
        .param("by", by)
        .update();
  }

  private static final String ACTION =
      """
      SELECT a.id, a.raised_in, s.held_on, a.description, a.owner, a.due_on, a.closed_in
      FROM practice_action a JOIN practice_supervision s ON s.id = a.raised_in
      """;

  /** The worker's actions still open, oldest first. */
  List<Action> openActions(UUID superviseeId) {
    return jdbc.sql(
            ACTION
                + " WHERE s.supervisee_id = :id AND a.closed_in IS NULL"
                + " ORDER BY s.held_on, a.due_on, a.created_at")
        .param("id", superviseeId)
        .query((rs, row) -> action(rs))
        .list();
  }

  List<Action> raisedIn(UUID sessionId) {
    return jdbc.sql(ACTION + " WHERE a.raised_in = :id ORDER BY a.due_on, a.created_at")
        .param("id", sessionId)
        .query((rs, row) -> action(rs))
        .list();
  }

  /** What the session decided about the actions open when it was held. */
  List<Review> reviewedIn(UUID sessionId) {
    return jdbc.sql(
            """
            SELECT a.id, a.raised_in, s.held_on, a.description, a.owner, a.due_on, a.closed_in,
              r.outcome
            FROM practice_action_review r
            JOIN practice_action a ON a.id = r.action_id
            JOIN practice_supervision s ON s.id = a.raised_in
            WHERE r.supervision_id = :id ORDER BY s.held_on, a.due_on, a.created_at
            """)
        .param("id", sessionId)
        .query((rs, row) -> new Review(action(rs), rs.getString("outcome")))
        .list();
  }

  void review(UUID actionId, UUID sessionId, String outcome) {
    jdbc.sql(
            "INSERT INTO practice_action_review (action_id, supervision_id, outcome)"
                + " VALUES (:a, :s, :o)")
        .param("a", actionId)
        .param("s", sessionId)
        .param("o", outcome)
        .update();
    if (CarriedActions.DONE.equals(outcome)) {
      jdbc.sql("UPDATE practice_action SET closed_in = :s WHERE id = :a AND closed_in IS NULL")
          .param("a", actionId)
          .param("s", sessionId)
          .update();
    }
  }

  boolean any() {
    return jdbc.sql("SELECT EXISTS (SELECT 1 FROM practice_supervision)")
        .query(Boolean.class)
        .single();
  }

  private static Action action(ResultSet rs) throws SQLException {
    return new Action(
        rs.getObject("id", UUID.class),
        rs.getObject("raised_in", UUID.class),
        rs.getObject("held_on", LocalDate.class),
        rs.getString("description"),
        rs.getString("owner"),
        rs.getObject("due_on", LocalDate.class),
        rs.getObject("closed_in", UUID.class));
  }

  private static Session session(ResultSet rs) throws SQLException {
    return new Session(
        rs.getObject("id", UUID.class),
        rs.getObject("supervisee_id", UUID.class),
        rs.getString("supervisee_name"),
        rs.getObject("supervisor_id", UUID.class),
        rs.getString("supervisor_name"),
        rs.getObject("held_on", LocalDate.class),
        rs.getString("knowledge"),
        rs.getString("values_ethics"),
        rs.getString("theories_methods"),
        rs.getString("skills"),
        rs.getString("reflection"),
        rs.getString("decisions"),
        rs.getString("wellbeing"),
        rs.getObject("updated_at", OffsetDateTime.class).toInstant(),
        rs.getString("updated_by"),
        rs.getInt("version"));
  }

  private static OffsetDateTime utc(Instant at) {
    return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
  }
}
