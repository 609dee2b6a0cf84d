package org.strengths.carer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Suggests whether a carer's needs meet the eligibility criteria of reg. 3 of the Care and Support
 * (Eligibility Criteria) Regulations 2015. All three conditions must be met:
 *
 * <ol>
 *   <li>the needs arise as a consequence of providing necessary care for an adult;
 *   <li>the effect is that the carer's physical or mental health is, or is at risk of,
 *       deteriorating, <em>or</em> the carer is unable to achieve any one of the eight outcomes;
 *   <li>as a consequence there is, or is likely to be, a significant impact on their wellbeing.
 * </ol>
 *
 * <p>The result is only a suggestion with reasons: a practitioner decides, and must say why when
 * they decide otherwise. One condition not met is enough to suggest "not eligible" even while other
 * questions are unanswered; "eligible" needs every condition met.
 */
final class CarerEligibilityRule {

  private CarerEligibilityRule() {}

  enum Suggestion {
    ELIGIBLE,
    NOT_ELIGIBLE,
    NOT_YET_CLEAR;

    public String labelKey() {
      return "carer.suggestion." + name();
    }
  }

  /** Whether one of the three conditions is met, not met, or cannot be told yet. */
  enum Condition {
    MET,
    NOT_MET,
    UNKNOWN
  }

  /** The answer for one outcome; reasons matter only when the carer is unable to achieve it. */
  record OutcomeAnswer(CarerOutcomeStatus status, Set<CarerUnableReason> reasons) {
    OutcomeAnswer {
      reasons = reasons == null ? Set.of() : Set.copyOf(reasons);
    }

    /** Reg. 3(3): "unable" means one of its three circumstances, so a reason must be given. */
    boolean countsAsUnable() {
      return status == CarerOutcomeStatus.UNABLE && !reasons.isEmpty();
    }

    boolean unableWithoutReason() {
      return status == CarerOutcomeStatus.UNABLE && reasons.isEmpty();
    }
  }

  /**
   * What was found. {@code null} means not answered yet.
   *
   * @param necessaryCare the carer provides necessary care for an adult
   * @param healthDeteriorating the carer's physical or mental health is, or is at risk of,
   *     deteriorating because of caring
   * @param outcomes the answer for each outcome; missing outcomes are unanswered
   * @param significantImpact there is, or is likely to be, a significant impact on wellbeing
   */
  record Facts(
      Boolean necessaryCare,
      Boolean healthDeteriorating,
      Map<CarerOutcome, OutcomeAnswer> outcomes,
      Boolean significantImpact) {
    Facts {
      outcomes = outcomes == null ? Map.of() : Map.copyOf(outcomes);
    }

    static Facts none() {
      return new Facts(null, null, Map.of(), null);
    }
  }

  /**
   * One line of the explanation, as a message key; {@code outcomes} are the outcomes it names, in
   * the regulation's order.
   */
  record Reason(String key, List<CarerOutcome> outcomes) {
    Reason {
      outcomes = List.copyOf(outcomes);
    }
  }

  record Result(
      Suggestion suggestion,
      Condition necessaryCare,
      Condition circumstances,
      Condition significantImpact,
      List<CarerOutcome> unableOutcomes,
      List<Reason> reasons) {}

  static Result suggest(Facts facts) {
    List<Reason> reasons = new ArrayList<>();
    Condition necessary = yesNo(facts.necessaryCare(), "carer.reason.necessaryCare", reasons);
    List<CarerOutcome> unable = matching(facts, OutcomeAnswer::countsAsUnable);
    Condition circumstances = circumstances(facts, unable, reasons);
    Condition impact = yesNo(facts.significantImpact(), "carer.reason.significantImpact", reasons);
    Suggestion suggestion = overall(necessary, circumstances, impact);
    reasons.add(new Reason(suggestion.labelKey() + ".because", List.of()));
    return new Result(suggestion, necessary, circumstances, impact, unable, reasons);
  }

  /**
   * A decision that differs from the suggestion (or made while the suggestion is not yet clear)
   * needs the practitioner's reason.
   */
  static boolean decisionNeedsReason(Suggestion suggested, boolean decidedEligible) {
    return suggested != (decidedEligible ? Suggestion.ELIGIBLE : Suggestion.NOT_ELIGIBLE);
  }

  private static Condition circumstances(
      Facts facts, List<CarerOutcome> unable, List<Reason> reasons) {
    Boolean health = facts.healthDeteriorating();
    if (Boolean.TRUE.equals(health)) {
      reasons.add(new Reason("carer.reason.health.yes", List.of()));
    }
    if (!unable.isEmpty()) {
      reasons.add(new Reason("carer.reason.outcomes.unable", unable));
    }
    List<CarerOutcome> withoutReason = matching(facts, OutcomeAnswer::unableWithoutReason);
    if (!withoutReason.isEmpty()) {
      reasons.add(new Reason("carer.reason.outcomes.noReason", withoutReason));
    }
    if (Boolean.TRUE.equals(health) || !unable.isEmpty()) {
      return Condition.MET;
    }
    List<CarerOutcome> unanswered = unanswered(facts);
    if (Boolean.FALSE.equals(health) && unanswered.isEmpty() && withoutReason.isEmpty()) {
      reasons.add(new Reason("carer.reason.circumstances.no", List.of()));
      return Condition.NOT_MET;
    }
    if (health == null) {
      reasons.add(new Reason("carer.reason.health.unanswered", List.of()));
    } else {
      reasons.add(new Reason("carer.reason.health.no", List.of()));
    }
    if (!unanswered.isEmpty()) {
      reasons.add(new Reason("carer.reason.outcomes.unanswered", unanswered));
    }
    return Condition.UNKNOWN;
  }

  private static Condition yesNo(Boolean answer, String key, List<Reason> reasons) {
    if (answer == null) {
      reasons.add(new Reason(key + ".unanswered", List.of()));
      return Condition.UNKNOWN;
    }
    reasons.add(new Reason(key + (answer ? ".yes" : ".no"), List.of()));
    return answer ? Condition.MET : Condition.NOT_MET;
  }

  private static Suggestion overall(Condition... conditions) {
    boolean allMet = true;
    for (Condition condition : conditions) {
      if (condition == Condition.NOT_MET) {
        return Suggestion.NOT_ELIGIBLE;
      }
      allMet &= condition == Condition.MET;
    }
    return allMet ? Suggestion.ELIGIBLE : Suggestion.NOT_YET_CLEAR;
  }

  private static List<CarerOutcome> matching(
      Facts facts, java.util.function.Predicate<OutcomeAnswer> test) {
    List<CarerOutcome> found = new ArrayList<>();
    for (CarerOutcome outcome : CarerOutcome.values()) {
      OutcomeAnswer answer = facts.outcomes().get(outcome);
      if (answer != null && test.test(answer)) {
        found.add(outcome);
      }
    }
    return found;
  }

  private static List<CarerOutcome> unanswered(Facts facts) {
    List<CarerOutcome> missing = new ArrayList<>();
    for (CarerOutcome outcome : CarerOutcome.values()) {
      OutcomeAnswer answer = facts.outcomes().get(outcome);
      if (answer == null || answer.status() == null) {
        missing.add(outcome);
      }
    }
    return missing;
  }

  /** Every outcome answered the same way, for tests and demo data. */
  static Map<CarerOutcome, OutcomeAnswer> allOutcomes(CarerOutcomeStatus status) {
    Map<CarerOutcome, OutcomeAnswer> all = new EnumMap<>(CarerOutcome.class);
    for (CarerOutcome outcome : CarerOutcome.values()) {
      all.put(outcome, new OutcomeAnswer(status, Set.of()));
    }
    return all;
  }
}
