package org.strengths.person;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.strengths.access.ActingFor;
import org.strengths.access.StaffMember;

/**
 * Each person's timeline of what happened on their record. The person module adds its own entries
 * (record created, details changed, allocated, context updated); later modules add theirs with
 * {@link #add}. Each entry names who did it (the member of staff, whoever acts for the person on
 * their own pages, the person, or the system).
 */
@Service
public class Chronology {

  private static final String PERSON_ROLE = "ROLE_PERSON";
  private static final Author SYSTEM = new Author("System", "system");

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
    Author author = author(personId);
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
        .param("by", author.name())
        .param("username", author.username())
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

  /**
   * Who the entry names: the member of staff; or, on the person's own pages, whoever acts for them
   * (docs/adr/0118) or the person themself; or the system, for work no one signed in did.
   */
  private Author author(UUID personId) {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null) {
      return SYSTEM;
    }
    if (authentication.getPrincipal() instanceof StaffMember staff) {
      return new Author(staff.displayName(), staff.getUsername());
    }
    if (authentication.getDetails() instanceof ActingFor acting) {
      return new Author(acting.attribution(), acting.role().toLowerCase(Locale.ROOT));
    }
    boolean thePerson =
        authentication.getAuthorities().stream()
            .anyMatch(authority -> PERSON_ROLE.equals(authority.getAuthority()));
    return thePerson ? new Author(ownPages(personId), "person") : SYSTEM;
  }

  private String ownPages(UUID personId) {
    String name =
        jdbc.sql("SELECT first_name || ' ' || last_name FROM person WHERE id = :id")
            .param("id", personId)
            .query(String.class)
            .optional()
            .orElse("The person");
    return name + " (their own pages)";
  }

  private record Author(String name, String username) {}

  /** One entry on a person's timeline. */
  public record Entry(Instant occurredAt, String kind, String summary, String recordedBy) {}
}
