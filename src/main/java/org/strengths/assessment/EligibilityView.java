package org.strengths.assessment;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.strengths.assessment.EligibilityRule.Decision;
import org.strengths.platform.statute.EligibilityOutcome;

/**
 * An eligibility determination as stored. {@code answers} has no fluctuating-needs period: that is
 * recorded in the assessment and joined in when the rule is applied.
 */
record EligibilityView(
    UUID id,
    UUID assessmentId,
    UUID personId,
    EligibilityAnswers answers,
    Map<EligibilityOutcome, String> notes,
    Boolean suggestedEligible,
    Decision decision,
    Boolean decidedEligible,
    String overrideReason,
    EligibilityStatus status,
    UUID submittedBy,
    String submittedByName,
    Instant submittedAt,
    String signedOffByName,
    Instant signedOffAt,
    List<Review> reviews,
    Instant updatedAt,
    String updatedBy,
    int version) {

  /** One step of the sign-off: submitted, returned (with comments) or signed off. */
  record Review(String action, String comments, String byName, Instant at) {}

  public AssessmentSectionStatus taskStatus() {
    return switch (status) {
      case DRAFT -> AssessmentSectionStatus.IN_PROGRESS;
      case SUBMITTED -> AssessmentSectionStatus.AWAITING_SIGN_OFF;
      case RETURNED -> AssessmentSectionStatus.RETURNED;
      case SIGNED_OFF -> AssessmentSectionStatus.COMPLETED;
    };
  }

  /** The manager's comments when it was last returned, if that is where it stands. */
  public Optional<Review> returned() {
    if (status != EligibilityStatus.RETURNED) {
      return Optional.empty();
    }
    return reviews.stream().filter(r -> r.action().equals("RETURNED")).reduce((a, b) -> b);
  }
}
