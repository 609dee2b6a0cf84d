package org.strengths.person;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Who is allocated to whom, for lists of work (a practitioner's caseload, a team's). Names and
 * allocations only, like search: opening a person's record is checked and audited there. Each
 * method is one indexed query.
 */
@Service
public class Caseloads {

  /**
   * A person on a caseload.
   *
   * @param workerId the allocated worker, or null while the person waits for one
   */
  public record Allocated(UUID personId, String name, UUID workerId) {}

  private static final String SELECT =
      "SELECT p.id, p.first_name, p.preferred_name, p.last_name, p.worker_id FROM person p";

  private final JdbcClient jdbc;

  Caseloads(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The people allocated to a worker, by name. A person whose date of death is recorded is on no
   * caseload (ADR 0174): lists of work built from caseloads stop showing them.
   */
  public List<Allocated> allocatedTo(UUID workerId) {
    return jdbc.sql(
            SELECT
                + " WHERE p.worker_id = :worker AND p.date_of_death IS NULL"
                + " ORDER BY p.last_name, p.first_name, p.id")
        .param("worker", workerId)
        .query((rs, row) -> allocated(rs))
        .list();
  }

  /** Everyone alive allocated to a team, with or without a worker. */
  public List<Allocated> team(UUID teamId) {
    return jdbc.sql(SELECT + " WHERE p.team_id = :team AND p.date_of_death IS NULL")
        .param("team", teamId)
        .query((rs, row) -> allocated(rs))
        .list();
  }

  /**
   * When each of the people given was last allocated: their team or worker last changed, else they
   * were added. Unknown ids are left out.
   */
  public Map<UUID, Instant> allocatedSince(Collection<UUID> personIds) {
    Map<UUID, Instant> since = new HashMap<>();
    if (personIds.isEmpty()) {
      return since;
    }
    jdbc.sql(
            """
            SELECT p.id,
              COALESCE((SELECT max(c.changed_at) FROM person_change c
                        WHERE c.person_id = p.id AND c.field IN ('team', 'worker')), p.created_at)
            FROM person p WHERE p.id = ANY(CAST(:ids AS uuid[]))
            """)
        .param("ids", personIds.toArray(UUID[]::new))
        .query(
            rs -> {
              since.put(
                  rs.getObject(1, UUID.class), rs.getObject(2, OffsetDateTime.class).toInstant());
            });
    return since;
  }

  /** The names people go by, for the ids given (unknown ids are left out). */
  public Map<UUID, String> names(Collection<UUID> personIds) {
    Map<UUID, String> names = new HashMap<>();
    if (personIds.isEmpty()) {
      return names;
    }
    jdbc.sql(
            "SELECT id, first_name, preferred_name, last_name FROM person"
                + " WHERE id = ANY(CAST(:ids AS uuid[]))")
        .param("ids", personIds.toArray(UUID[]::new))
        .query(
            rs -> {
              names.put(rs.getObject("id", UUID.class), name(rs));
            });
    return names;
  }

  private static Allocated allocated(ResultSet rs) throws SQLException {
    return new Allocated(
        rs.getObject("id", UUID.class), name(rs), rs.getObject("worker_id", UUID.class));
  }

  private static String name(ResultSet rs) throws SQLException {
    return PersonDetails.displayName(
        rs.getString("first_name"), rs.getString("preferred_name"), rs.getString("last_name"));
  }
}
