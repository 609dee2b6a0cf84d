package org.strengths.carer;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * The eligibility part of a carer's assessment: the answers to reg. 3's questions with the
 * practitioner's notes, and the practitioner's decision (if made) with the suggestion it was made
 * against.
 */
record CarerEligibility(
    Boolean necessaryCare,
    Boolean healthDeteriorating,
    String healthNotes,
    Map<CarerOutcome, CarerEligibilityRule.OutcomeAnswer> outcomes,
    Map<CarerOutcome, String> outcomeNotes,
    Boolean significantImpact,
    String impactRationale,
    Decision decision) {

  CarerEligibility {
    outcomes = outcomes == null ? Map.of() : Map.copyOf(outcomes);
    outcomeNotes = outcomeNotes == null ? Map.of() : Map.copyOf(outcomeNotes);
  }

  static CarerEligibility none() {
    return new CarerEligibility(
        null, null, null, new EnumMap<>(CarerOutcome.class), Map.of(), null, null, null);
  }

  CarerEligibilityRule.Facts facts() {
    return new CarerEligibilityRule.Facts(
        necessaryCare, healthDeteriorating, outcomes, significantImpact);
  }

  public CarerEligibilityRule.Result suggestion() {
    return CarerEligibilityRule.suggest(facts());
  }

  public boolean started() {
    return necessaryCare != null
        || healthDeteriorating != null
        || !outcomes.isEmpty()
        || significantImpact != null;
  }

  /**
   * What the practitioner decided; {@code reason} is their reason for differing from the
   * suggestion, if they did.
   */
  record Decision(
      boolean eligible,
      String reason,
      CarerEligibilityRule.Suggestion suggested,
      Instant decidedAt,
      String decidedBy) {

    public boolean followedSuggestion() {
      return !CarerEligibilityRule.decisionNeedsReason(suggested, eligible);
    }
  }
}
