package org.strengths.access;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Who has looked at a person's record, from the audit log, for the person's own pages: every view
 * or change by a member of staff, with the member's role and team, and by someone signed in to the
 * person's pages for them (a representative or a carer, docs/adr/0164), named as the log recorded
 * them; newest first. Searches (and the "possible match" warning, which is a search) are not looks
 * at the record; the person's own views and entries written by the system with no one signed in are
 * left out. A break-glass carries its reason; no other reason or detail leaves the audit log.
 */
@Service
public class RecordLooks {

  private static final int MAX_PAGE_SIZE = 200;

  private final JdbcClient jdbc;

  RecordLooks(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Page {@code page} (from 1) of looks at the person's record, newest first. */
  public Page page(UUID personId, int page, int size) {
    int number = Math.max(1, page);
    int limit = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
    List<Look> looks =
        jdbc.sql(
                """
                SELECT a.occurred_at, a.role, a.section, a.action, a.reason, a.username,
                  s.display_name, t.name AS team_name
                FROM audit_entry a
                LEFT JOIN access_staff s ON s.id = a.staff_id
                LEFT JOIN access_team t ON t.id = s.team_id
                WHERE a.person_id = :person
                  AND ((a.staff_id IS NOT NULL AND a.role NOT IN ('PERSON', 'NONE'))
                    OR (a.staff_id IS NULL AND a.role IN (:onTheirPages)))
                  AND a.action NOT IN ('search', 'duplicate-warning', 'sign-in')
                ORDER BY a.seq DESC LIMIT :limit OFFSET :offset
                """)
            .param("person", personId)
            .param("onTheirPages", List.of(ActingFor.REPRESENTATIVE, ActingFor.CARER))
            .param("limit", limit + 1)
            .param("offset", (long) (number - 1) * limit)
            .query(
                (rs, row) -> {
                  boolean breakGlass = "break-glass".equals(rs.getString("action"));
                  String actingRole = rs.getString("role");
                  boolean acting =
                      ActingFor.REPRESENTATIVE.equals(actingRole)
                          || ActingFor.CARER.equals(actingRole);
                  return new Look(
                      rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                      roleOf(rs.getString("role")),
                      rs.getString("team_name"),
                      rs.getString("display_name"),
                      rs.getString("section"),
                      rs.getString("action"),
                      breakGlass,
                      breakGlass ? rs.getString("reason") : null,
                      acting ? new ActingFor(rs.getString("username"), actingRole) : null);
                })
            .list();
    boolean more = looks.size() > limit;
    return new Page(number, more ? looks.subList(0, limit) : looks, more);
  }

  private static Role roleOf(String role) {
    try {
      return Role.valueOf(role);
    } catch (IllegalArgumentException unknown) {
      return null;
    }
  }

  /**
   * One look at the record.
   *
   * @param role the member's role then, or {@code null} if no longer a role we know
   * @param team the member's team, or {@code null} for staff outside a team
   * @param staffName the member's name: show it only where the council chooses to
   * @param section the part of the record, as the audit log names it (such as {@code plan})
   * @param action what they did, as the audit log names it (such as {@code view})
   * @param reason the reason given, for a break-glass only
   * @param actingFor for a look by someone signed in to the person's pages for them (a
   *     representative or a carer), who they were as the log recorded them; {@code null} for staff
   */
  public record Look(
      Instant at,
      Role role,
      String team,
      String staffName,
      String section,
      String action,
      boolean breakGlass,
      String reason,
      ActingFor actingFor) {}

  /** A page of looks, and whether older ones follow. */
  public record Page(int number, List<Look> looks, boolean more) {}
}
