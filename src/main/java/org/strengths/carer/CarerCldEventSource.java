package org.strengths.carer;

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
 * This module's part of the one CLD path (ADR 0090): a carer's assessment (s.10) is an Assessment
 * event with Client_Type Carer, complete when the eligibility decision is made. It runs from the
 * conversation to the decision, is a Long Term Assessment because it determines eligibility, and
 * names the person cared for when the assessment is linked to them.
 */
@Component
class CarerCldEventSource implements CldEventSource {

  static final String REFERENCE_PREFIX = "CARER-";
  static final String DESCRIPTION = "Carer's assessment";
  static final String LONG_TERM = "Long Term Assessment";
  static final String ELIGIBLE = "Progress to Support Planning / Services";
  static final String NOT_ELIGIBLE = "NFA - Information & Advice / Signposting only";

  private final JdbcClient jdbc;

  CarerCldEventSource(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  private static final String SELECT =
      """
      SELECT a.id, a.carer_id, l.cared_for_id, a.conversation_date, a.decision_eligible,
        (a.decided_at AT TIME ZONE 'Europe/London')::date AS decided_on
      FROM carer_assessment a LEFT JOIN carer_link l ON l.id = a.link_id
      WHERE a.decided_at IS NOT NULL
      """;

  @Override
  public void events(LocalDate from, LocalDate to, Consumer<CldEvent> sink) {
    CldEventSource.stream(
        jdbc.sql(
                SELECT
                    + """
                      AND (a.decided_at AT TIME ZONE 'Europe/London')::date >= :from
                      AND a.conversation_date <= :to
                    ORDER BY a.conversation_date, a.id
                    """)
            .param("from", from)
            .param("to", to),
        (rs, row) -> event(rs),
        sink);
  }

  @Override
  public void eventsOf(Collection<UUID> people, LocalDate asAt, Consumer<CldEvent> sink) {
    jdbc.sql(SELECT + " AND a.carer_id = ANY(:people) ORDER BY a.conversation_date, a.id")
        .param("people", people.toArray(UUID[]::new))
        .query((rs, row) -> event(rs))
        .list()
        .forEach(sink);
  }

  private static CldEvent event(ResultSet rs) throws SQLException {
    UUID id = rs.getObject("id", UUID.class);
    UUID carer = rs.getObject("carer_id", UUID.class);
    return CldEvent.carersAssessment(
        REFERENCE_PREFIX + id,
        carer,
        rs.getObject("cared_for_id", UUID.class),
        LONG_TERM,
        DESCRIPTION,
        rs.getObject("conversation_date", LocalDate.class),
        rs.getObject("decided_on", LocalDate.class),
        outcome((Boolean) rs.getObject("decision_eligible")),
        "/people/" + carer + "/carer-assessments/" + id);
  }

  /** Eligible carers go on to support planning; others have information and advice. */
  static String outcome(Boolean eligible) {
    if (eligible == null) {
      return null;
    }
    return eligible ? ELIGIBLE : NOT_ELIGIBLE;
  }
}
