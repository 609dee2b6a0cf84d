package org.strengths.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.strengths.assessment.EligibilityAnswers.Achievement;
import org.strengths.assessment.EligibilityAnswers.OutcomeAnswer;
import org.strengths.assessment.EligibilityAnswers.Period;
import org.strengths.platform.statute.EligibilityOutcome;

/**
 * The adult eligibility test of the Care and Support (Eligibility Criteria) Regulations 2015, reg.
 * 2: needs arising from or related to a physical or mental impairment or illness; as a consequence
 * unable to achieve two or more of the ten outcomes; as a consequence a significant impact on
 * wellbeing. It only ever <em>suggests</em> a result with its reasons: the practitioner confirms or
 * overrides it with a reason, and a manager signs it off.
 *
 * <p>Reg. 2(3) counts as "unable" someone who can do it only with help (prompting included), or
 * only with significant pain, distress or anxiety, or only by endangering anyone's health or
 * safety, or only by taking significantly longer than normal. So an outcome marked able with one of
 * those reasons is a contradiction the rule reports rather than guesses at.
 */
final class EligibilityRule {

  static final int OUTCOMES_NEEDED = 2;

  private EligibilityRule() {}

  /** Something to put right before a result can be suggested; {@code key} is a message key. */
  record Problem(String field, String key) {}

  /** One reason for the suggestion, as a message key with its arguments. */
  record Finding(String key, List<Object> args) {
    Finding(String key, Object... args) {
      this(key, List.of(args));
    }
  }

  /** The suggested result and why; never a decision on its own. */
  record Suggestion(
      boolean eligible,
      List<EligibilityOutcome> unableToAchieve,
      boolean impairmentLink,
      boolean significantImpact,
      List<Finding> reasons) {}

  /** Either problems to fix, or a suggestion. */
  record Evaluation(List<Problem> problems, Suggestion suggestion) {
    boolean valid() {
      return problems.isEmpty();
    }
  }

  /** How the practitioner answered the suggestion. */
  enum Decision {
    CONFIRM,
    OVERRIDE
  }

  static Evaluation evaluate(EligibilityAnswers answers) {
    List<Problem> problems = problems(answers);
    if (!problems.isEmpty()) {
      return new Evaluation(List.copyOf(problems), null);
    }
    return new Evaluation(List.of(), suggest(answers));
  }

  /** The practitioner's decision: the suggestion, or its opposite when they override it. */
  static boolean decided(Suggestion suggestion, Decision decision) {
    return decision == Decision.CONFIRM ? suggestion.eligible() : !suggestion.eligible();
  }

  /** An override must say why; a confirmation needs nothing more. */
  static List<Problem> decisionProblems(Decision decision, String overrideReason) {
    if (decision == null) {
      return List.of(new Problem("decision", "assessment.error.decision.missing"));
    }
    if (decision == Decision.OVERRIDE && isBlank(overrideReason)) {
      return List.of(new Problem("overrideReason", "assessment.error.overrideReason.missing"));
    }
    return List.of();
  }

  private static List<Problem> problems(EligibilityAnswers answers) {
    List<Problem> problems = new ArrayList<>();
    boolean fluctuating = false;
    for (EligibilityOutcome outcome : EligibilityOutcome.values()) {
      OutcomeAnswer answer = answers.answer(outcome);
      outcomeProblem(outcome, answer).ifPresent(problems::add);
      fluctuating |= answer != null && answer.onlySometimes();
    }
    if (fluctuating) {
      periodProblem(answers.fluctuatingPeriod()).ifPresent(problems::add);
    }
    if (answers.impairmentLink() == null) {
      problems.add(new Problem("impairmentLink", "assessment.error.impairmentLink.missing"));
    } else if (answers.impairmentLink() && isBlank(answers.impairmentDescription())) {
      problems.add(
          new Problem("impairmentDescription", "assessment.error.impairmentDescription.missing"));
    }
    if (answers.significantImpact() == null) {
      problems.add(new Problem("significantImpact", "assessment.error.significantImpact.missing"));
    }
    if (isBlank(answers.impactRationale())) {
      problems.add(new Problem("impactRationale", "assessment.error.impactRationale.missing"));
    }
    return problems;
  }

  private static Optional<Problem> outcomeProblem(
      EligibilityOutcome outcome, OutcomeAnswer answer) {
    if (answer == null || answer.achievement() == null) {
      return Optional.of(new Problem(outcome.field(), "assessment.error.outcome.missing"));
    }
    if (answer.achievement() == Achievement.UNABLE && answer.reasons().isEmpty()) {
      return Optional.of(new Problem(outcome.field(), "assessment.error.outcome.noReason"));
    }
    if (answer.achievement() != Achievement.UNABLE && !answer.reasons().isEmpty()) {
      return Optional.of(new Problem(outcome.field(), "assessment.error.outcome.reasonButAble"));
    }
    return Optional.empty();
  }

  private static Optional<Problem> periodProblem(Period period) {
    if (period == null || period.from() == null || period.to() == null) {
      return Optional.of(
          new Problem("fluctuatingPeriod", "assessment.error.fluctuatingPeriod.missing"));
    }
    if (period.from().isAfter(period.to())) {
      return Optional.of(
          new Problem("fluctuatingPeriod", "assessment.error.fluctuatingPeriod.order"));
    }
    return Optional.empty();
  }

  private static Suggestion suggest(EligibilityAnswers answers) {
    List<EligibilityOutcome> unable = new ArrayList<>();
    boolean sometimes = false;
    for (EligibilityOutcome outcome : EligibilityOutcome.values()) {
      OutcomeAnswer answer = answers.answer(outcome);
      if (answer.achievement() == Achievement.UNABLE) {
        unable.add(outcome);
        sometimes |= answer.onlySometimes();
      }
    }
    boolean impairment = answers.impairmentLink();
    boolean impact = answers.significantImpact();
    boolean enoughOutcomes = unable.size() >= OUTCOMES_NEEDED;
    List<Finding> reasons = new ArrayList<>();
    reasons.add(
        impairment
            ? new Finding("assessment.rule.impairment.met")
            : new Finding("assessment.rule.impairment.notMet"));
    reasons.add(
        new Finding(
            enoughOutcomes ? "assessment.rule.outcomes.met" : "assessment.rule.outcomes.notMet",
            unable.size()));
    reasons.add(
        impact
            ? new Finding("assessment.rule.impact.met")
            : new Finding("assessment.rule.impact.notMet"));
    if (sometimes) {
      Period period = answers.fluctuatingPeriod();
      reasons.add(new Finding("assessment.rule.fluctuating", period.from(), period.to()));
    }
    boolean eligible = impairment && enoughOutcomes && impact;
    return new Suggestion(eligible, List.copyOf(unable), impairment, impact, List.copyOf(reasons));
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }
}
