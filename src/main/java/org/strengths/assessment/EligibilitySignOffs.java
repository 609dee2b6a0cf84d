package org.strengths.assessment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The eligibility sign-off queue, for lists of work: determinations waiting for a manager, and
 * those a manager returned to the practitioner who submitted them. One indexed query each.
 */
@Service
public class EligibilitySignOffs {

  /**
   * A determination in the sign-off queue.
   *
   * @param at when it was submitted (waiting) or returned
   * @param byName who submitted it (waiting) or returned it
   */
  public record Waiting(UUID assessmentId, UUID personId, Instant at, String byName) {}

  private final JdbcClient jdbc;

  EligibilitySignOffs(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Determinations for people in the team submitted for sign-off, longest waiting first. */
  public List<Waiting> awaitingSignOff(UUID teamId) {
    return jdbc.sql(
            """
            SELECT assessment_id, person_id, submitted_at AS at, submitted_by_name AS by_name
            FROM eligibility_determination
            WHERE status = 'SUBMITTED'
              AND person_id IN (SELECT id FROM person_directory WHERE team_id = :team)
            ORDER BY submitted_at, id
            """)
        .param("team", teamId)
        .query((rs, row) -> waiting(rs))
        .list();
  }

  /** Determinations a manager returned to the member of staff who submitted them, oldest first. */
  public List<Waiting> returnedTo(UUID staffId) {
    return jdbc.sql(
            """
            SELECT d.assessment_id, d.person_id, r.at, r.by_name
            FROM eligibility_determination d
            JOIN LATERAL (SELECT at, by_name FROM eligibility_review
                          WHERE determination_id = d.id AND action = 'RETURNED'
                          ORDER BY at DESC LIMIT 1) r ON true
            WHERE d.status = 'RETURNED' AND d.submitted_by = :staff
            ORDER BY r.at, d.id
            """)
        .param("staff", staffId)
        .query((rs, row) -> waiting(rs))
        .list();
  }

  private static Waiting waiting(ResultSet rs) throws SQLException {
    OffsetDateTime at = rs.getObject("at", OffsetDateTime.class);
    return new Waiting(
        rs.getObject("assessment_id", UUID.class),
        rs.getObject("person_id", UUID.class),
        at == null ? null : at.toInstant(),
        rs.getString("by_name"));
  }
}
