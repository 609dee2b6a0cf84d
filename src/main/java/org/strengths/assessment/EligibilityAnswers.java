package org.strengths.assessment;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.strengths.platform.statute.EligibilityOutcome;

/**
 * What a practitioner recorded against the eligibility criteria: each outcome, the link to an
 * impairment or illness, the impact on wellbeing, and the period over which fluctuating needs were
 * looked at. Unanswered questions are {@code null}; the rule reports them.
 */
record EligibilityAnswers(
    Map<EligibilityOutcome, OutcomeAnswer> outcomes,
    Boolean impairmentLink,
    String impairmentDescription,
    Boolean significantImpact,
    String impactRationale,
    Period fluctuatingPeriod) {

  EligibilityAnswers {
    outcomes = Collections.unmodifiableMap(new EnumMap<>(outcomes.isEmpty() ? empty() : outcomes));
  }

  private static Map<EligibilityOutcome, OutcomeAnswer> empty() {
    return new EnumMap<>(EligibilityOutcome.class);
  }

  public OutcomeAnswer answer(EligibilityOutcome outcome) {
    return outcomes.get(outcome);
  }

  /** Whether the person can achieve an outcome (reg. 2(3) decides what "unable" means). */
  enum Achievement {
    ABLE,
    UNABLE,
    NOT_RELEVANT
  }

  /** The four ways reg. 2(3) counts someone as unable to achieve an outcome. */
  enum UnableReason {
    NEEDS_ASSISTANCE,
    PAIN_DISTRESS_ANXIETY,
    ENDANGERS_HEALTH_OR_SAFETY,
    TAKES_SIGNIFICANTLY_LONGER;

    public String messageKey() {
      return "assessment.reason." + name();
    }
  }

  /**
   * One outcome as recorded.
   *
   * @param onlySometimes the need comes and goes; it is judged across the fluctuating-needs period
   */
  record OutcomeAnswer(Achievement achievement, Set<UnableReason> reasons, boolean onlySometimes) {
    OutcomeAnswer {
      reasons =
          reasons == null || reasons.isEmpty()
              ? Collections.unmodifiableSet(EnumSet.noneOf(UnableReason.class))
              : Collections.unmodifiableSet(EnumSet.copyOf(reasons));
    }

    static OutcomeAnswer able() {
      return new OutcomeAnswer(Achievement.ABLE, Set.of(), false);
    }

    static OutcomeAnswer unable(UnableReason... reasons) {
      return new OutcomeAnswer(Achievement.UNABLE, Set.of(reasons), false);
    }

    OutcomeAnswer sometimes() {
      return new OutcomeAnswer(achievement, reasons, true);
    }
  }

  /** The period over which needs that come and go were considered (reg. 3(3) and guidance). */
  record Period(LocalDate from, LocalDate to) {}
}
