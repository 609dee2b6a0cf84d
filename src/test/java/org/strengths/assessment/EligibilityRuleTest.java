package org.strengths.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.strengths.assessment.EligibilityAnswers.UnableReason.ENDANGERS_HEALTH_OR_SAFETY;
import static org.strengths.assessment.EligibilityAnswers.UnableReason.NEEDS_ASSISTANCE;
import static org.strengths.assessment.EligibilityAnswers.UnableReason.PAIN_DISTRESS_ANXIETY;
import static org.strengths.assessment.EligibilityAnswers.UnableReason.TAKES_SIGNIFICANTLY_LONGER;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.strengths.assessment.EligibilityAnswers.Achievement;
import org.strengths.assessment.EligibilityAnswers.OutcomeAnswer;
import org.strengths.assessment.EligibilityAnswers.Period;
import org.strengths.assessment.EligibilityRule.Decision;
import org.strengths.assessment.EligibilityRule.Evaluation;
import org.strengths.assessment.EligibilityRule.Problem;
import org.strengths.platform.statute.EligibilityOutcome;

class EligibilityRuleTest {

  private static final Period MARCH =
      new Period(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 28));

  @Test
  void suggestsEligibleWhenExactlyTwoOutcomesCannotBeAchieved() {
    Evaluation evaluation =
        EligibilityRule.evaluate(
            answers(
                unable(EligibilityOutcome.NUTRITION, EligibilityOutcome.PERSONAL_HYGIENE),
                true,
                true));

    assertThat(evaluation.valid()).isTrue();
    assertThat(evaluation.suggestion().eligible()).isTrue();
    assertThat(evaluation.suggestion().unableToAchieve())
        .containsExactly(EligibilityOutcome.NUTRITION, EligibilityOutcome.PERSONAL_HYGIENE);
    assertThat(evaluation.suggestion().reasons())
        .extracting(EligibilityRule.Finding::key)
        .containsExactly(
            "assessment.rule.impairment.met",
            "assessment.rule.outcomes.met",
            "assessment.rule.impact.met");
  }

  @Test
  void suggestsNotEligibleWhenOnlyOneOutcomeCannotBeAchieved() {
    Evaluation evaluation =
        EligibilityRule.evaluate(answers(unable(EligibilityOutcome.TOILET_NEEDS), true, true));

    assertThat(evaluation.suggestion().eligible()).isFalse();
    assertThat(evaluation.suggestion().reasons())
        .contains(new EligibilityRule.Finding("assessment.rule.outcomes.notMet", 1));
  }

  @Test
  void suggestsNotEligibleWhenNoOutcomeCannotBeAchieved() {
    Evaluation evaluation = EligibilityRule.evaluate(answers(unable(), true, true));

    assertThat(evaluation.suggestion().eligible()).isFalse();
    assertThat(evaluation.suggestion().unableToAchieve()).isEmpty();
  }

  @Test
  void suggestsNotEligibleWhenTheNeedsDoNotAriseFromAnImpairmentOrIllness() {
    Evaluation evaluation =
        EligibilityRule.evaluate(
            answers(
                unable(
                    EligibilityOutcome.NUTRITION,
                    EligibilityOutcome.RELATIONSHIPS,
                    EligibilityOutcome.HABITABLE_HOME),
                false,
                true));

    assertThat(evaluation.valid()).isTrue();
    assertThat(evaluation.suggestion().eligible()).isFalse();
    assertThat(evaluation.suggestion().reasons())
        .extracting(EligibilityRule.Finding::key)
        .contains("assessment.rule.impairment.notMet");
  }

  @Test
  void suggestsNotEligibleWithoutASignificantImpactOnWellbeing() {
    Evaluation evaluation =
        EligibilityRule.evaluate(
            answers(
                unable(EligibilityOutcome.NUTRITION, EligibilityOutcome.HOME_SAFELY), true, false));

    assertThat(evaluation.suggestion().eligible()).isFalse();
    assertThat(evaluation.suggestion().reasons())
        .extracting(EligibilityRule.Finding::key)
        .contains("assessment.rule.impact.notMet");
  }

  @Test
  void asksWhetherThereIsASignificantImpactRatherThanGuessing() {
    EligibilityAnswers answers =
        new EligibilityAnswers(
            unable(EligibilityOutcome.NUTRITION, EligibilityOutcome.HOME_SAFELY),
            true,
            "Parkinson's disease",
            null,
            null,
            null);

    Evaluation evaluation = EligibilityRule.evaluate(answers);

    assertThat(evaluation.valid()).isFalse();
    assertThat(evaluation.suggestion()).isNull();
    assertThat(evaluation.problems())
        .containsExactly(
            new Problem("significantImpact", "assessment.error.significantImpact.missing"),
            new Problem("impactRationale", "assessment.error.impactRationale.missing"));
  }

  @Test
  void asksForTheRationaleEvenWhenThereIsNoSignificantImpact() {
    EligibilityAnswers answers =
        new EligibilityAnswers(
            unable(EligibilityOutcome.NUTRITION, EligibilityOutcome.HOME_SAFELY),
            true,
            "Parkinson's disease",
            false,
            "  ",
            null);

    assertThat(EligibilityRule.evaluate(answers).problems())
        .containsExactly(
            new Problem("impactRationale", "assessment.error.impactRationale.missing"));
  }

  @Test
  void asksAboutTheImpairmentLinkAndWhatTheImpairmentIs() {
    EligibilityAnswers unanswered =
        new EligibilityAnswers(unable(), null, null, true, "Isolated at home", null);
    EligibilityAnswers undescribed =
        new EligibilityAnswers(unable(), true, "", true, "Isolated at home", null);

    assertThat(EligibilityRule.evaluate(unanswered).problems())
        .containsExactly(new Problem("impairmentLink", "assessment.error.impairmentLink.missing"));
    assertThat(EligibilityRule.evaluate(undescribed).problems())
        .containsExactly(
            new Problem("impairmentDescription", "assessment.error.impairmentDescription.missing"));
  }

  @Test
  void refusesAnOutcomeMarkedUnableWithoutAReason() {
    Map<EligibilityOutcome, OutcomeAnswer> outcomes = unable(EligibilityOutcome.NUTRITION);
    outcomes.put(
        EligibilityOutcome.PERSONAL_HYGIENE,
        new OutcomeAnswer(Achievement.UNABLE, Set.of(), false));

    Evaluation evaluation = EligibilityRule.evaluate(answers(outcomes, true, true));

    assertThat(evaluation.valid()).isFalse();
    assertThat(evaluation.problems())
        .containsExactly(
            new Problem("outcomePersonalHygiene", "assessment.error.outcome.noReason"));
  }

  @Test
  void refusesAnOutcomeMarkedAbleWithAReasonBecauseTheRegulationsCountThatAsUnable() {
    Map<EligibilityOutcome, OutcomeAnswer> outcomes = unable(EligibilityOutcome.NUTRITION);
    outcomes.put(
        EligibilityOutcome.APPROPRIATELY_CLOTHED,
        new OutcomeAnswer(Achievement.ABLE, Set.of(PAIN_DISTRESS_ANXIETY), false));

    assertThat(EligibilityRule.evaluate(answers(outcomes, true, true)).problems())
        .containsExactly(
            new Problem("outcomeAppropriatelyClothed", "assessment.error.outcome.reasonButAble"));
  }

  @Test
  void asksAboutEveryOutcomeLeftUnanswered() {
    Map<EligibilityOutcome, OutcomeAnswer> outcomes = unable(EligibilityOutcome.NUTRITION);
    outcomes.remove(EligibilityOutcome.CARING_FOR_A_CHILD);
    outcomes.remove(EligibilityOutcome.RELATIONSHIPS);

    assertThat(EligibilityRule.evaluate(answers(outcomes, true, true)).problems())
        .containsExactly(
            new Problem("outcomeRelationships", "assessment.error.outcome.missing"),
            new Problem("outcomeCaringForAChild", "assessment.error.outcome.missing"));
  }

  @Test
  void countsAbleOnlyWithPainTakingLongerOrDangerAsUnable() {
    Map<EligibilityOutcome, OutcomeAnswer> outcomes = unable();
    outcomes.put(EligibilityOutcome.NUTRITION, OutcomeAnswer.unable(PAIN_DISTRESS_ANXIETY));
    outcomes.put(EligibilityOutcome.HOME_SAFELY, OutcomeAnswer.unable(ENDANGERS_HEALTH_OR_SAFETY));
    outcomes.put(
        EligibilityOutcome.APPROPRIATELY_CLOTHED, OutcomeAnswer.unable(TAKES_SIGNIFICANTLY_LONGER));

    Evaluation evaluation = EligibilityRule.evaluate(answers(outcomes, true, true));

    assertThat(evaluation.suggestion().eligible()).isTrue();
    assertThat(evaluation.suggestion().unableToAchieve()).hasSize(3);
  }

  @Test
  void treatsAnOutcomeThatIsNotRelevantToThePersonAsNotCounting() {
    Map<EligibilityOutcome, OutcomeAnswer> outcomes = unable(EligibilityOutcome.NUTRITION);
    outcomes.put(
        EligibilityOutcome.CARING_FOR_A_CHILD,
        new OutcomeAnswer(Achievement.NOT_RELEVANT, Set.of(), false));

    Evaluation evaluation = EligibilityRule.evaluate(answers(outcomes, true, true));

    assertThat(evaluation.suggestion().eligible()).isFalse();
    assertThat(evaluation.suggestion().unableToAchieve())
        .containsExactly(EligibilityOutcome.NUTRITION);
  }

  @Test
  void suggestsEligibleWhenAllTenOutcomesCannotBeAchieved() {
    Evaluation evaluation =
        EligibilityRule.evaluate(answers(unable(EligibilityOutcome.values()), true, true));

    assertThat(evaluation.suggestion().eligible()).isTrue();
    assertThat(evaluation.suggestion().unableToAchieve()).hasSize(10);
    assertThat(evaluation.suggestion().reasons())
        .contains(new EligibilityRule.Finding("assessment.rule.outcomes.met", 10));
  }

  @Test
  void countsANeedThatComesAndGoesAcrossTheRecordedPeriod() {
    Map<EligibilityOutcome, OutcomeAnswer> outcomes = unable(EligibilityOutcome.NUTRITION);
    outcomes.put(
        EligibilityOutcome.PERSONAL_HYGIENE, OutcomeAnswer.unable(NEEDS_ASSISTANCE).sometimes());

    Evaluation evaluation =
        EligibilityRule.evaluate(
            new EligibilityAnswers(outcomes, true, "Multiple sclerosis", true, "Tired", MARCH));

    assertThat(evaluation.suggestion().eligible()).isTrue();
    assertThat(evaluation.suggestion().reasons())
        .contains(
            new EligibilityRule.Finding("assessment.rule.fluctuating", MARCH.from(), MARCH.to()));
  }

  @Test
  void asksForThePeriodWhenANeedComesAndGoes() {
    Map<EligibilityOutcome, OutcomeAnswer> outcomes = unable(EligibilityOutcome.NUTRITION);
    outcomes.put(
        EligibilityOutcome.PERSONAL_HYGIENE, OutcomeAnswer.unable(NEEDS_ASSISTANCE).sometimes());

    Evaluation evaluation =
        EligibilityRule.evaluate(
            new EligibilityAnswers(outcomes, true, "Multiple sclerosis", true, "Tired", null));

    assertThat(evaluation.problems())
        .containsExactly(
            new Problem("fluctuatingPeriod", "assessment.error.fluctuatingPeriod.missing"));
  }

  @Test
  void refusesAFluctuatingPeriodThatEndsBeforeItStarts() {
    Map<EligibilityOutcome, OutcomeAnswer> outcomes = unable(EligibilityOutcome.NUTRITION);
    outcomes.put(EligibilityOutcome.NUTRITION, OutcomeAnswer.unable(NEEDS_ASSISTANCE).sometimes());
    Period backwards = new Period(MARCH.to(), MARCH.from());

    assertThat(
            EligibilityRule.evaluate(
                    new EligibilityAnswers(outcomes, true, "MS", true, "Tired", backwards))
                .problems())
        .containsExactly(
            new Problem("fluctuatingPeriod", "assessment.error.fluctuatingPeriod.order"));
  }

  @Test
  void needsNoPeriodWhenNoNeedComesAndGoes() {
    assertThat(
            EligibilityRule.evaluate(answers(unable(EligibilityOutcome.NUTRITION), true, true))
                .valid())
        .isTrue();
  }

  @Test
  void letsThePractitionerConfirmOrOverrideButAnOverrideNeedsAReason() {
    EligibilityRule.Suggestion suggestion =
        EligibilityRule.evaluate(
                answers(
                    unable(EligibilityOutcome.NUTRITION, EligibilityOutcome.HOME_SAFELY),
                    true,
                    true))
            .suggestion();

    assertThat(EligibilityRule.decided(suggestion, Decision.CONFIRM)).isTrue();
    assertThat(EligibilityRule.decided(suggestion, Decision.OVERRIDE)).isFalse();
    assertThat(EligibilityRule.decisionProblems(Decision.CONFIRM, null)).isEmpty();
    assertThat(EligibilityRule.decisionProblems(Decision.OVERRIDE, " "))
        .containsExactly(new Problem("overrideReason", "assessment.error.overrideReason.missing"));
    assertThat(EligibilityRule.decisionProblems(Decision.OVERRIDE, "Needs fluctuate more"))
        .isEmpty();
    assertThat(EligibilityRule.decisionProblems(null, null))
        .containsExactly(new Problem("decision", "assessment.error.decision.missing"));
  }

  private static EligibilityAnswers answers(
      Map<EligibilityOutcome, OutcomeAnswer> outcomes, boolean impairment, boolean impact) {
    return new EligibilityAnswers(
        outcomes, impairment, "Arthritis in both hands", impact, "Cannot go out, lonely", null);
  }

  /** Every outcome answered: those named cannot be achieved without help, the rest can. */
  private static Map<EligibilityOutcome, OutcomeAnswer> unable(EligibilityOutcome... unable) {
    Map<EligibilityOutcome, OutcomeAnswer> outcomes = new EnumMap<>(EligibilityOutcome.class);
    for (EligibilityOutcome outcome : EligibilityOutcome.values()) {
      outcomes.put(outcome, OutcomeAnswer.able());
    }
    for (EligibilityOutcome outcome : unable) {
      outcomes.put(outcome, OutcomeAnswer.unable(NEEDS_ASSISTANCE));
    }
    return outcomes;
  }
}
