package org.strengths.assessment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.strengths.insight.CldEvent;
import org.strengths.insight.CldEventSource;

/**
 * This module's part of the one CLD path (ADR 0090): the Request and Assessment events derived from
 * conversations and eligibility determinations, as sent — a manager's correction replaces the
 * derived codes. Problems are put right on the data-quality correction page.
 */
@Component
class AssessmentCldEventSource implements CldEventSource {

  private final JdbcClient jdbc;

  AssessmentCldEventSource(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  private static final String SELECT =
      """
      SELECT id, reference, person_id, start_date, end_date, corrected_at,
        derived_event_type, derived_assessment_type, derived_description,
        derived_outcome, derived_route_of_access, corrected_event_type,
        corrected_assessment_type, corrected_description, corrected_outcome,
        corrected_route_of_access
      FROM cld_event
      """;

  @Override
  public void events(LocalDate from, LocalDate to, Consumer<CldEvent> sink) {
    CldEventSource.stream(
        jdbc.sql(
                SELECT
                    + """
                    WHERE (end_date IS NULL OR end_date >= :from)
                      AND (start_date IS NULL OR start_date <= :to)
                    ORDER BY start_date, reference
                    """)
            .param("from", from)
            .param("to", to),
        (rs, row) -> event(rs),
        sink);
  }

  @Override
  public void eventsOf(Collection<UUID> people, LocalDate asAt, Consumer<CldEvent> sink) {
    jdbc.sql(SELECT + " WHERE person_id = ANY(:people) ORDER BY start_date, reference")
        .param("people", people.toArray(UUID[]::new))
        .query((rs, row) -> event(rs))
        .list()
        .forEach(sink);
  }

  /** The event as sent: a manager's correction replaces every derived code. */
  private static CldEvent event(ResultSet rs) throws SQLException {
    boolean corrected = rs.getObject("corrected_at") != null;
    String prefix = corrected ? "corrected_" : "derived_";
    return CldEvent.practice(
        rs.getString("reference"),
        rs.getObject("person_id", UUID.class),
        rs.getString(prefix + "event_type"),
        rs.getString(prefix + "assessment_type"),
        rs.getString(prefix + "description"),
        rs.getObject("start_date", LocalDate.class),
        rs.getObject("end_date", LocalDate.class),
        rs.getString(prefix + "outcome"),
        rs.getString(prefix + "route_of_access"),
        "/data-quality/cld-events/" + rs.getObject("id", UUID.class));
  }
}
