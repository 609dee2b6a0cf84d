package org.strengths.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A stored CLD event: what was derived, any correction beside it, and what the extract sends. */
record CldEventView(
    UUID id,
    String reference,
    UUID personId,
    String personName,
    String sourceKind,
    UUID sourceId,
    LocalDate startDate,
    LocalDate endDate,
    String derivedEventType,
    String derivedAssessmentType,
    String derivedDescription,
    String derivedOutcome,
    String derivedRouteOfAccess,
    String correctedEventType,
    String correctedAssessmentType,
    String correctedDescription,
    String correctedOutcome,
    String correctedRouteOfAccess,
    String correctionReason,
    String correctedBy,
    Instant correctedAt,
    int version) {

  public String eventType() {
    return corrected() ? correctedEventType : derivedEventType;
  }

  public String assessmentType() {
    return corrected() ? correctedAssessmentType : derivedAssessmentType;
  }

  public String description() {
    return corrected() ? correctedDescription : derivedDescription;
  }

  public String outcome() {
    return corrected() ? correctedOutcome : derivedOutcome;
  }

  public String routeOfAccess() {
    return corrected() ? correctedRouteOfAccess : derivedRouteOfAccess;
  }

  /** A manager has corrected it; the correction replaces all the derived codes. */
  public boolean corrected() {
    return correctedAt != null;
  }

  DataQualityRule.Event asSent() {
    return new DataQualityRule.Event(
        reference, eventType(), assessmentType(), outcome(), routeOfAccess(), startDate, endDate);
  }
}
