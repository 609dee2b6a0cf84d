package org.strengths.access;

import jakarta.servlet.http.HttpSession;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Break-glass: seeing a person's record without a working relationship, for a stated reason. Each
 * event waits for the manager of the person's team to review and acknowledge it.
 */
@Service
public class BreakGlass {

  static final int MIN_REASON = 10;
  static final int MAX_REASON = 1000;
  static final int MAX_NOTE = 1000;

  private static final String COLUMNS =
      "id, person_id, team_id, staff_id, reason, occurred_at, acknowledged_by, acknowledged_at,"
          + " review_note";

  private final JdbcClient jdbc;
  private final PersonAccess access;
  private final PersonDirectory people;
  private final AuditLog audit;
  private final Clock clock;

  BreakGlass(
      JdbcClient jdbc, PersonAccess access, PersonDirectory people, AuditLog audit, Clock clock) {
    this.jdbc = jdbc;
    this.access = access;
    this.people = people;
    this.audit = audit;
    this.clock = clock;
  }

  /** Records the event for review, audits it, and opens the record for the rest of the session. */
  @Transactional
  void grant(StaffMember staff, HttpSession session, UUID personId, String reason) {
    record(staff, personId, reason);
    access.grantForThisSession(session, personId);
  }

  /**
   * Records a break-glass event for the manager of the person's team to review, and audits it; the
   * record is opened only by {@link #grant} in a signed-in session. The demo council uses this to
   * leave an event waiting for review.
   */
  @Transactional
  public void record(StaffMember staff, UUID personId, String reason) {
    UUID teamId = people.allocationOf(personId).map(PersonAllocation::teamId).orElse(null);
    jdbc.sql(
            """
            INSERT INTO access_break_glass (id, person_id, team_id, staff_id, reason, occurred_at)
            VALUES (:id, :person, :team, :staff, :reason, :at)
            """)
        .param("id", UUID.randomUUID())
        .param("person", personId)
        .param("team", teamId)
        .param("staff", staff.id())
        .param("reason", reason)
        .param("at", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
        .update();
    audit.record(personId, "record", "break-glass", reason, null);
  }

  /** The people of a team whose records were opened by break-glass and wait for review. */
  public List<UUID> peopleWaitingForReview(UUID teamId) {
    return waitingForReview(teamId).stream().map(Event::personId).toList();
  }

  List<Event> waitingForReview(UUID teamId) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM access_break_glass WHERE team_id = :team AND acknowledged_at IS NULL"
                + " ORDER BY occurred_at")
        .param("team", teamId)
        .query((rs, row) -> event(rs))
        .list();
  }

  List<Event> recentlyAcknowledged(UUID teamId, int limit) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM access_break_glass WHERE team_id = :team AND acknowledged_at IS NOT NULL"
                + " ORDER BY acknowledged_at DESC LIMIT :limit")
        .param("team", teamId)
        .param("limit", limit)
        .query((rs, row) -> event(rs))
        .list();
  }

  Optional<Event> find(UUID id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM access_break_glass WHERE id = :id")
        .param("id", id)
        .query((rs, row) -> event(rs))
        .optional();
  }

  /** Returns false when the event was already acknowledged or belongs to another team. */
  @Transactional
  boolean acknowledge(UUID id, StaffMember manager, String note) {
    int changed =
        jdbc.sql(
                """
                UPDATE access_break_glass
                SET acknowledged_by = :manager, acknowledged_at = :at, review_note = :note
                WHERE id = :id AND team_id = :team AND acknowledged_at IS NULL
                """)
            .param("manager", manager.id())
            .param("at", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
            .param("note", note)
            .param("id", id)
            .param("team", manager.teamId())
            .update();
    return changed == 1;
  }

  private static Event event(ResultSet rs) throws SQLException {
    OffsetDateTime acknowledgedAt = rs.getObject("acknowledged_at", OffsetDateTime.class);
    return new Event(
        rs.getObject("id", UUID.class),
        rs.getObject("person_id", UUID.class),
        rs.getObject("team_id", UUID.class),
        rs.getObject("staff_id", UUID.class),
        rs.getString("reason"),
        rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
        rs.getObject("acknowledged_by", UUID.class),
        acknowledgedAt == null ? null : acknowledgedAt.toInstant(),
        rs.getString("review_note"));
  }

  record Event(
      UUID id,
      UUID personId,
      UUID teamId,
      UUID staffId,
      String reason,
      Instant occurredAt,
      UUID acknowledgedBy,
      Instant acknowledgedAt,
      String note) {

    boolean acknowledged() {
      return acknowledgedAt != null;
    }
  }
}
