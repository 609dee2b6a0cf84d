package org.strengths.planning;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.strengths.platform.web.ListPage;

/**
 * The caseload view of reviews: agreed plans whose review window has opened, soonest due first. It
 * reads the schedule kept on each plan (see {@link Plans#reschedule}), so it is one indexed query
 * however many plans a team holds.
 */
@Service
class ReviewsDue {

  static final int PAGE_SIZE = 50;

  /** One person's review as the caseload shows it. */
  record Row(
      UUID personId,
      String name,
      ReviewSchedule.Kind kind,
      LocalDate opensOn,
      LocalDate dueOn,
      boolean overdue) {}

  /** A page of rows with the counts of everything due and overdue. */
  record Page(List<Row> rows, long due, long overdue, ListPage listPage) {}

  /** Whose reviews to list: one worker's people, or a whole team's. */
  record Scope(UUID workerId, UUID teamId) {}

  private final JdbcClient jdbc;

  ReviewsDue(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Page page(Scope scope, LocalDate today, String requested) {
    int page = ListPage.requested(requested);
    String where =
        """
        FROM planning_plan pl JOIN person_directory p ON p.id = pl.person_id
        WHERE pl.status = 'AGREED' AND pl.review_opens_on <= :today
        """
            + (scope.workerId() != null ? " AND p.worker_id = :scope" : " AND p.team_id = :scope");
    UUID scopeId = scope.workerId() != null ? scope.workerId() : scope.teamId();
    long[] counts = new long[2];
    List<Row> rows = rows(where, scopeId, today, page, counts);
    long total = counts[0] + counts[1];
    ListPage listPage = ListPage.at(page, total, PAGE_SIZE);
    if (page > listPage.page() && total > 0) {
      rows = rows(where, scopeId, today, listPage.page(), counts);
    }
    return new Page(rows, counts[0], counts[1], listPage);
  }

  /**
   * One page of rows; the counts of due and overdue come with it from window functions, so the page
   * is one round trip. An empty page (asked beyond the end) still sets the counts.
   */
  private List<Row> rows(String where, UUID scopeId, LocalDate today, int page, long[] counts) {
    counts[0] = 0;
    counts[1] = 0;
    List<Row> rows =
        jdbc.sql(
                "SELECT p.id, p.first_name, p.preferred_name, p.last_name, pl.review_kind,"
                    + " pl.review_opens_on, pl.review_due_on,"
                    + " count(*) FILTER (WHERE pl.review_due_on >= :today) OVER () AS due,"
                    + " count(*) FILTER (WHERE pl.review_due_on < :today) OVER () AS overdue "
                    + where
                    + " ORDER BY pl.review_due_on, p.last_name, p.id LIMIT :limit OFFSET :offset")
            .param("today", today)
            .param("scope", scopeId)
            .param("limit", PAGE_SIZE)
            .param("offset", (page - 1) * PAGE_SIZE)
            .query(
                (rs, row) -> {
                  counts[0] = rs.getLong("due");
                  counts[1] = rs.getLong("overdue");
                  String preferred = rs.getString("preferred_name");
                  String first =
                      preferred == null || preferred.isBlank()
                          ? rs.getString("first_name")
                          : preferred;
                  LocalDate due = rs.getObject("review_due_on", LocalDate.class);
                  return new Row(
                      rs.getObject("id", UUID.class),
                      first + " " + rs.getString("last_name"),
                      ReviewSchedule.Kind.valueOf(rs.getString("review_kind")),
                      rs.getObject("review_opens_on", LocalDate.class),
                      due,
                      due.isBefore(today));
                })
            .list();
    if (rows.isEmpty() && page > 1) {
      jdbc.sql(
              "SELECT count(*) FILTER (WHERE pl.review_due_on >= :today),"
                  + " count(*) FILTER (WHERE pl.review_due_on < :today) "
                  + where)
          .param("today", today)
          .param("scope", scopeId)
          .query(
              rs -> {
                counts[0] = rs.getLong(1);
                counts[1] = rs.getLong(2);
              });
    }
    return rows;
  }
}
