package org.strengths.practice;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the practice-quality read model: one indexed range read per page. */
@Repository
class QualityStore {

  private final JdbcClient jdbc;

  QualityStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The rows of a team (or {@link QualityRefresh#COUNCIL}) for months from {@code from}. */
  List<QualityReport.Row> rows(UUID teamId, LocalDate from, LocalDate to) {
    return jdbc.sql(
            """
            SELECT measure, month, numerator, denominator, base, median_days
            FROM practice_quality_month
            WHERE team_id = :team AND month BETWEEN :from AND :to
            """)
        .param("team", teamId)
        .param("from", from)
        .param("to", to)
        .query(
            (rs, n) ->
                new QualityReport.Row(
                    QualityMeasure.valueOf(rs.getString("measure")),
                    rs.getObject("month", LocalDate.class),
                    rs.getLong("numerator"),
                    rs.getLong("denominator"),
                    rs.getLong("base"),
                    (Integer) rs.getObject("median_days")))
        .list();
  }
}
