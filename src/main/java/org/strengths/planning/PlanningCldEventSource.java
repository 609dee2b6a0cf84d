package org.strengths.planning;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.strengths.insight.CldEvent;
import org.strengths.insight.CldEventSource;

/**
 * This module's part of the one CLD path (ADR 0090): each commissioned line of an agreed (or since
 * ended) plan is a Service event, and each review a Review event, mapped by {@link
 * PlanningCldEvents}. A line that ends before it starts never ran: it is sent as cancelled (and so
 * left out). Services are described as they stood at the end of the period: still open if they
 * ended later, and open while suspended.
 */
@Component
class PlanningCldEventSource implements CldEventSource {

  private final JdbcClient jdbc;

  PlanningCldEventSource(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  private static final String SERVICES =
      """
      SELECT l.*, p.person_id AS plan_person_id FROM planning_support_line l
      JOIN planning_plan p ON p.id = l.plan_id
      WHERE l.kind = 'COMMISSIONED' AND p.status IN ('AGREED', 'ENDED')
        AND l.start_on IS NOT NULL
      """;

  private static final String REVIEWS =
      """
      SELECT r.id, r.person_id, r.held_on, r.review_reason, r.event_outcome,
        count(x.outcome_id) FILTER (WHERE x.rating <> 'NO_LONGER_WANTED') AS rated,
        count(x.outcome_id) FILTER (WHERE x.rating = 'ACHIEVED') AS achieved,
        count(x.outcome_id) FILTER (WHERE x.rating = 'PARTLY') AS partly
      FROM planning_review r
      LEFT JOIN planning_review_rating x ON x.review_id = r.id
      """;

  @Override
  public void events(LocalDate from, LocalDate to, Consumer<CldEvent> sink) {
    services(from, to, sink);
    reviews(from, to, sink);
  }

  @Override
  public void eventsOf(Collection<UUID> people, LocalDate asAt, Consumer<CldEvent> sink) {
    UUID[] ids = people.toArray(UUID[]::new);
    jdbc.sql(SERVICES + " AND p.person_id = ANY(:people) ORDER BY l.start_on, l.id")
        .param("people", ids)
        .query((rs, row) -> service(rs, asAt))
        .list()
        .forEach(sink);
    jdbc.sql(REVIEWS + " WHERE r.person_id = ANY(:people) GROUP BY r.id ORDER BY r.held_on, r.id")
        .param("people", ids)
        .query((rs, row) -> review(rs))
        .list()
        .forEach(sink);
  }

  private void services(LocalDate from, LocalDate to, Consumer<CldEvent> sink) {
    CldEventSource.stream(
        jdbc.sql(
                SERVICES
                    + """
                      AND l.start_on <= :to AND (l.end_on IS NULL OR l.end_on >= :from)
                    ORDER BY l.start_on, l.id
                    """)
            .param("from", from)
            .param("to", to),
        (rs, row) -> service(rs, to),
        sink);
  }

  private static CldEvent service(ResultSet rs, LocalDate asAt) throws SQLException {
    return service(PlanStore.line(rs, List.of()), rs.getObject("plan_person_id", UUID.class), asAt);
  }

  static CldEvent service(SupportLine line, UUID personId, LocalDate asAt) {
    PlanningCldEvents.ServiceEvent service = PlanningCldEvents.service(line.serviceLine(), asAt);
    boolean carer =
        service.serviceType() != null && service.serviceType().startsWith("Carer Support");
    CldEvent event =
        CldEvent.service(
            service.eventReference(),
            personId,
            carer ? CldEvent.CARER : null,
            service.serviceComponent(),
            service.eventStartDate(),
            service.eventEndDate(),
            service.eventOutcome(),
            service.serviceType(),
            service.serviceComponent(),
            service.deliveryMechanism(),
            service.unitCost(),
            service.costFrequency(),
            service.plannedUnitsPerWeek(),
            "/people/" + personId + "/plan/support/" + line.id());
    boolean neverRan = line.endOn() != null && line.endOn().isBefore(line.startOn());
    return neverRan ? event.asCancelled() : event;
  }

  private void reviews(LocalDate from, LocalDate to, Consumer<CldEvent> sink) {
    CldEventSource.stream(
        jdbc.sql(
                REVIEWS
                    + " WHERE r.held_on BETWEEN :from AND :to GROUP BY r.id ORDER BY r.held_on, r.id")
            .param("from", from)
            .param("to", to),
        (rs, row) -> review(rs),
        sink);
  }

  private static CldEvent review(ResultSet rs) throws SQLException {
    UUID person = rs.getObject("person_id", UUID.class);
    LocalDate heldOn = rs.getObject("held_on", LocalDate.class);
    String reason = rs.getString("review_reason");
    return CldEvent.review(
        rs.getObject("id", UUID.class).toString(),
        person,
        reason + " review",
        heldOn,
        heldOn,
        rs.getString("event_outcome"),
        PlanningCldEvents.returnReviewReason(reason),
        PlanningCldEvents.outcomesAchieved(
            rs.getInt("rated"), rs.getInt("achieved"), rs.getInt("partly")),
        "/people/" + person + "/plan");
  }
}
