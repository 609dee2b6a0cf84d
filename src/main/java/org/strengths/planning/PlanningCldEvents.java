package org.strengths.planning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Maps service lines and reviews to CLD Release 1 events (domain-reference §7.2) with the exact
 * list values the return expects. The event reference is the line's or review's own id, which never
 * changes, because NHS England found council references unreliable across submissions.
 */
final class PlanningCldEvents {

  static final String PROVISION_OF_SERVICE = "Provision of service";
  static final String SERVICE_ENDED_AS_PLANNED = "Service ended as planned";
  static final String NO_CHANGE = "No change in package";
  static final String PROGRESS_TO_PLANNING = "Progress to Support Planning / Services";

  /** A CLD Service event. {@code eventEndDate} is null while the service is open. */
  record ServiceEvent(
      String eventType,
      String eventReference,
      LocalDate eventStartDate,
      LocalDate eventEndDate,
      String serviceType,
      String serviceComponent,
      String deliveryMechanism,
      BigDecimal unitCost,
      String costFrequency,
      BigDecimal plannedUnitsPerWeek,
      String eventOutcome) {}

  /** A CLD Review event. */
  record ReviewEvent(
      String eventType,
      String eventReference,
      LocalDate eventStartDate,
      LocalDate eventEndDate,
      String reviewReason,
      String methodOfReview,
      String eventOutcome) {}

  /** CLD Review_Reason. */
  enum ReviewReason {
    PLANNED("Planned"),
    UNPLANNED("Unplanned");

    private final String code;

    ReviewReason(String code) {
      this.code = code;
    }

    String code() {
      return code;
    }
  }

  /** CLD Method of review; the pages say "the person" where the return says "service user". */
  enum ReviewMethod {
    PERSON_ONLY("Service user only"),
    CARER_ONLY("Carer only"),
    PERSON_AND_CARER("Service user and carer");

    private final String code;

    ReviewMethod(String code) {
      this.code = code;
    }

    String code() {
      return code;
    }
  }

  /**
   * Review_Reason as NHS England's guidance spells it (cld-r1 reference §3.15): the reason for an
   * unplanned review is recorded in words, so it is sent as "Unplanned - Other Reason".
   */
  static final String UNPLANNED_OTHER = "Unplanned - Other Reason";

  private PlanningCldEvents() {}

  /** The Review_Reason the return expects for a stored reason ("Planned" or "Unplanned"). */
  static String returnReviewReason(String stored) {
    return ReviewReason.PLANNED.code().equals(stored) ? stored : UNPLANNED_OTHER;
  }

  /**
   * Review_Outcomes_Achieved from the person's ratings of their outcomes at the review: "Yes" when
   * every outcome still wanted was achieved, "Partially" when some were achieved or partly, "No"
   * when none; empty when nothing was rated.
   */
  static String outcomesAchieved(int rated, int achieved, int partly) {
    if (rated == 0) {
      return null;
    }
    if (achieved == rated) {
      return "Yes";
    }
    return achieved + partly > 0 ? "Partially" : "No";
  }

  /**
   * The line as the return sees it on {@code asAt}: open ("Provision of service", no end date)
   * until its end date has passed, even while suspended, because a suspension does not end a
   * service.
   */
  static ServiceEvent service(ServiceLine line, LocalDate asAt) {
    boolean ended = line.end() != null && !line.end().isAfter(asAt);
    return new ServiceEvent(
        "Service",
        line.id().toString(),
        line.start(),
        ended ? line.end() : null,
        line.serviceType() == null ? null : line.serviceType().code(),
        line.serviceComponent(),
        line.deliveryMechanism() == null ? null : line.deliveryMechanism().code(),
        line.unitCost() == null ? null : line.unitCost().pounds(),
        line.costFrequency() == null ? null : line.costFrequency().code(),
        line.plannedUnitsPerWeek(),
        ended ? SERVICE_ENDED_AS_PLANNED : PROVISION_OF_SERVICE);
  }

  /** A review starts and ends on the day it was held. */
  static ReviewEvent review(
      UUID reviewId,
      LocalDate heldOn,
      ReviewReason reason,
      ReviewMethod method,
      boolean packageChanged) {
    return new ReviewEvent(
        "Review",
        reviewId.toString(),
        heldOn,
        heldOn,
        reason.code(),
        method.code(),
        packageChanged ? PROGRESS_TO_PLANNING : NO_CHANGE);
  }
}
