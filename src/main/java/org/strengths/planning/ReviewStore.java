package org.strengths.planning;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reviews, review requests and wellbeing measures in PostgreSQL. */
@Repository
class ReviewStore {

  private final JdbcClient jdbc;

  ReviewStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<LocalDate> lastHeldOn(UUID planId) {
    return jdbc.sql("SELECT max(held_on) FROM planning_review WHERE plan_id = :plan")
        .param("plan", planId)
        .query(LocalDate.class)
        .optional();
  }

  List<ReviewSchedule.UnplannedRequest> openRequests(UUID planId) {
    return jdbc.sql(
            """
            SELECT requested_on, reason FROM planning_review_request
            WHERE plan_id = :plan AND review_id IS NULL ORDER BY requested_on
            """)
        .param("plan", planId)
        .query(
            (rs, row) ->
                new ReviewSchedule.UnplannedRequest(
                    rs.getObject(1, LocalDate.class), rs.getString(2)))
        .list();
  }
}
