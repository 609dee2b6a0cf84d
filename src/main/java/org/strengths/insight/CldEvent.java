package org.strengths.insight;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One Client Level Data Release 1 event as a module publishes it (domain reference §7.2): the
 * values are the defined-list values the return expects, and the reference is built from the source
 * record's own id so that it never changes from one quarter to the next.
 *
 * @param clientType "Carer" for a carer's event; null to take the person's recorded Client_Type
 * @param linkedPersonId for a carer's event, the person they care for
 * @param endDate null while open (only services may be open)
 * @param cancelled halted before completion or recorded in error: never sent
 * @param recordPath the page where the record behind the event is put right
 */
public record CldEvent(
    String reference,
    UUID personId,
    String clientType,
    UUID linkedPersonId,
    String eventType,
    String description,
    LocalDate startDate,
    LocalDate endDate,
    String outcome,
    String routeOfAccess,
    String assessmentType,
    String reviewReason,
    String reviewOutcomesAchieved,
    String serviceType,
    String serviceComponent,
    String deliveryMechanism,
    BigDecimal unitCost,
    String costFrequency,
    BigDecimal plannedUnitsPerWeek,
    boolean cancelled,
    String recordPath) {

  public static final String REQUEST = "Request";
  public static final String ASSESSMENT = "Assessment";
  public static final String SERVICE = "Service";
  public static final String REVIEW = "Review";
  public static final String CARER = "Carer";

  /** A Request, an Assessment or any event a manager has re-coded, with no service fields. */
  public static CldEvent practice(
      String reference,
      UUID personId,
      String eventType,
      String assessmentType,
      String description,
      LocalDate startDate,
      LocalDate endDate,
      String outcome,
      String routeOfAccess,
      String recordPath) {
    return new CldEvent(
        reference,
        personId,
        null,
        null,
        eventType,
        description,
        startDate,
        endDate,
        outcome,
        routeOfAccess,
        assessmentType,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        false,
        recordPath);
  }

  /** A carer's assessment, linked to the person cared for when the assessment names them. */
  public static CldEvent carersAssessment(
      String reference,
      UUID carerId,
      UUID caredForId,
      String assessmentType,
      String description,
      LocalDate startDate,
      LocalDate endDate,
      String outcome,
      String recordPath) {
    return new CldEvent(
        reference,
        carerId,
        CARER,
        caredForId,
        ASSESSMENT,
        description,
        startDate,
        endDate,
        outcome,
        null,
        assessmentType,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        false,
        recordPath);
  }

  /** A service; {@code endDate} null while it is open (a suspension does not end it). */
  public static CldEvent service(
      String reference,
      UUID personId,
      String clientType,
      String description,
      LocalDate startDate,
      LocalDate endDate,
      String outcome,
      String serviceType,
      String serviceComponent,
      String deliveryMechanism,
      BigDecimal unitCost,
      String costFrequency,
      BigDecimal plannedUnitsPerWeek,
      String recordPath) {
    return new CldEvent(
        reference,
        personId,
        clientType,
        null,
        SERVICE,
        description,
        startDate,
        endDate,
        outcome,
        null,
        null,
        null,
        null,
        serviceType,
        serviceComponent,
        deliveryMechanism,
        unitCost,
        costFrequency,
        plannedUnitsPerWeek,
        false,
        recordPath);
  }

  /** A review of a care and support plan. */
  public static CldEvent review(
      String reference,
      UUID personId,
      String description,
      LocalDate startDate,
      LocalDate endDate,
      String outcome,
      String reviewReason,
      String reviewOutcomesAchieved,
      String recordPath) {
    return new CldEvent(
        reference,
        personId,
        null,
        null,
        REVIEW,
        description,
        startDate,
        endDate,
        outcome,
        null,
        null,
        reviewReason,
        reviewOutcomesAchieved,
        null,
        null,
        null,
        null,
        null,
        null,
        false,
        recordPath);
  }

  /** The same event, marked cancelled (halted before completion, or recorded in error). */
  public CldEvent asCancelled() {
    return new CldEvent(
        reference,
        personId,
        clientType,
        linkedPersonId,
        eventType,
        description,
        startDate,
        endDate,
        outcome,
        routeOfAccess,
        assessmentType,
        reviewReason,
        reviewOutcomesAchieved,
        serviceType,
        serviceComponent,
        deliveryMechanism,
        unitCost,
        costFrequency,
        plannedUnitsPerWeek,
        true,
        recordPath);
  }
}
