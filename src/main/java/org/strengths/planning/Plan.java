package org.strengths.planning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.strengths.platform.Money;

/**
 * A care and support plan as stored (s.25). Blank sections are null; {@code endedByDeathOn} is the
 * person's date of death once it has ended the plan.
 */
record Plan(
    UUID id,
    UUID personId,
    Status status,
    LocalDate startedOn,
    LocalDate agreedOn,
    LocalDate lastChangedOn,
    LocalDate directPaymentsStartedOn,
    String needsIdentified,
    String eligibility,
    String needsMetHow,
    String advice,
    String directPaymentNeeds,
    String directPaymentFrequency,
    String involved,
    Boolean personAgrees,
    String personView,
    String contingency,
    LocalDate nextReviewOn,
    LocalDate copyGivenOn,
    String copyFormat,
    Money indicativeWeekly,
    Money contributionWeekly,
    ManagementOption managementOption,
    PersonalBudget.SignOff signOff,
    String reviewKind,
    LocalDate reviewOpensOn,
    LocalDate reviewDueOn,
    int version,
    Instant updatedAt,
    String updatedBy,
    LocalDate endedByDeathOn) {

  enum Status {
    DRAFT,
    AGREED,
    ENDED
  }

  public boolean isAgreed() {
    return status == Status.AGREED;
  }

  /** Whether the plan ended because the person died (ADR 0174): it has no reviews due. */
  public boolean endedByDeath() {
    return endedByDeathOn != null;
  }
}
