package org.strengths.person;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.strengths.access.StaffMember;

/**
 * Each person's timeline of what happened on their record. The person module adds its own entries
 * (record created, details changed, allocated, context updated); later modules add theirs with
 * {@link #add}. The signed-in member of staff is recorded as who did it.
 */
@Service
public class Chronology {

  private final JdbcClient jdbc;
  private final Clock clock;

  Chronology(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * Adds an entry.
   *
   * @param kind a short stable name for the kind of event, e.g. {@code conversation-recorded}
   * @param summary one line a practitioner reads on the timeline, in plain English
   */
  @Transactional
  public void add(UUID personId, String kind, String summary) {
    StaffMember staff = signedIn();
    jdbc.sql(
            """
            INSERT INTO person_chronology (person_id, occurred_at, kind, summary, recorded_by,
              recorded_by_username)
            VALUES (:person, :at, :kind, :summary, :by, :username)
            """)
        .param("person", personId)
        .param("at", PersonStore.utc(clock.instant().truncatedTo(ChronoUnit.MICROS)))
        .param("kind", kind)
        .param("summary", summary)
        .param("by", staff == null ? "System" : staff.displayName())
        .param("username", staff == null ? "system" : staff.getUsername())
        .update();
  }

  /** The person's timeline, newest first. */
  public List<Entry> entries(UUID personId) {
    return jdbc.sql(
            """
            SELECT occurred_at, kind, summary, recorded_by FROM person_chronology
            WHERE person_id = :person ORDER BY occurred_at DESC, id DESC
            """)
        .param("person", personId)
        .query(
            (rs, row) ->
                new Entry(
                    rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                    rs.getString("kind"),
                    rs.getString("summary"),
                    rs.getString("recorded_by")))
        .list();
  }

  static StaffMember signedIn() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    return authentication != null && authentication.getPrincipal() instanceof StaffMember staff
        ? staff
        : null;
  }

  /** One entry on a person's timeline. */
  public record Entry(Instant occurredAt, String kind, String summary, String recordedBy) {}
}
