package org.strengths.carer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.strengths.carer.CarerEligibilityRule.Suggestion.ELIGIBLE;
import static org.strengths.carer.CarerEligibilityRule.Suggestion.NOT_ELIGIBLE;
import static org.strengths.carer.CarerEligibilityRule.Suggestion.NOT_YET_CLEAR;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.strengths.carer.CarerEligibilityRule.Condition;
import org.strengths.carer.CarerEligibilityRule.Facts;
import org.strengths.carer.CarerEligibilityRule.OutcomeAnswer;
import org.strengths.carer.CarerEligibilityRule.Reason;
import org.strengths.carer.CarerEligibilityRule.Result;

class CarerEligibilityRuleTest {

  private static final Map<CarerOutcome, OutcomeAnswer> ALL_ACHIEVED =
      CarerEligibilityRule.allOutcomes(CarerOutcomeStatus.ACHIEVES);

  @Test
  void suggestsEligibleWhenHealthIsDeterioratingAndNoOutcomeIsAffected() {
    Result result = suggest(new Facts(true, true, ALL_ACHIEVED, true));

    assertThat(result.suggestion()).isEqualTo(ELIGIBLE);
    assertThat(result.circumstances()).isEqualTo(Condition.MET);
    assertThat(result.unableOutcomes()).isEmpty();
    assertThat(keys(result)).contains("carer.reason.health.yes");
  }

  @Test
  void suggestsEligibleOnHealthAloneEvenWithTheOutcomesUnanswered() {
    Result result = suggest(new Facts(true, true, Map.of(), true));

    assertThat(result.suggestion()).isEqualTo(ELIGIBLE);
  }

  @Test
  void suggestsEligibleWhenTheCarerIsUnableToAchieveJustOneOutcome() {
    Map<CarerOutcome, OutcomeAnswer> outcomes = achievedExcept(CarerOutcome.RECREATION);

    Result result = suggest(new Facts(true, false, outcomes, true));

    assertThat(result.suggestion()).isEqualTo(ELIGIBLE);
    assertThat(result.unableOutcomes()).containsExactly(CarerOutcome.RECREATION);
    assertThat(result.reasons())
        .contains(
            new Reason("carer.reason.outcomes.unable", java.util.List.of(CarerOutcome.RECREATION)));
  }

  @ParameterizedTest
  @EnumSource(CarerOutcome.class)
  void anyOneOfTheEightOutcomesIsEnough(CarerOutcome outcome) {
    Result result = suggest(new Facts(true, false, achievedExcept(outcome), true));

    assertThat(result.suggestion()).isEqualTo(ELIGIBLE);
    assertThat(result.unableOutcomes()).containsExactly(outcome);
  }

  @ParameterizedTest
  @EnumSource(CarerUnableReason.class)
  void eachOfTheThreeMeaningsOfUnableCounts(CarerUnableReason reason) {
    Map<CarerOutcome, OutcomeAnswer> outcomes = new EnumMap<>(ALL_ACHIEVED);
    outcomes.put(CarerOutcome.WORK, new OutcomeAnswer(CarerOutcomeStatus.UNABLE, Set.of(reason)));

    assertThat(suggest(new Facts(true, false, outcomes, true)).suggestion()).isEqualTo(ELIGIBLE);
  }

  @Test
  void listsEveryOutcomeTheCarerCannotAchieveInTheRegulationsOrder() {
    Map<CarerOutcome, OutcomeAnswer> outcomes = new EnumMap<>(ALL_ACHIEVED);
    outcomes.put(CarerOutcome.RECREATION, unable());
    outcomes.put(CarerOutcome.CHILD_CARE, unable());
    outcomes.put(CarerOutcome.NUTRITION, unable());

    Result result = suggest(new Facts(true, true, outcomes, true));

    assertThat(result.unableOutcomes())
        .containsExactly(CarerOutcome.CHILD_CARE, CarerOutcome.NUTRITION, CarerOutcome.RECREATION);
    assertThat(keys(result)).contains("carer.reason.health.yes", "carer.reason.outcomes.unable");
  }

  @Test
  void suggestsNotEligibleWithoutASignificantImpactOnWellbeing() {
    Result result = suggest(new Facts(true, true, achievedExcept(CarerOutcome.HOME), false));

    assertThat(result.suggestion()).isEqualTo(NOT_ELIGIBLE);
    assertThat(result.significantImpact()).isEqualTo(Condition.NOT_MET);
    assertThat(keys(result)).contains("carer.reason.significantImpact.no");
  }

  @Test
  void suggestsNotEligibleWhenTheCareGivenIsNotNecessaryCare() {
    Result result = suggest(new Facts(false, true, achievedExcept(CarerOutcome.HOME), true));

    assertThat(result.suggestion()).isEqualTo(NOT_ELIGIBLE);
    assertThat(result.necessaryCare()).isEqualTo(Condition.NOT_MET);
    assertThat(keys(result)).contains("carer.reason.necessaryCare.no");
  }

  @Test
  void suggestsNotEligibleWhenHealthIsStableAndEveryOutcomeIsAchieved() {
    Result result = suggest(new Facts(true, false, ALL_ACHIEVED, true));

    assertThat(result.suggestion()).isEqualTo(NOT_ELIGIBLE);
    assertThat(result.circumstances()).isEqualTo(Condition.NOT_MET);
    assertThat(keys(result)).contains("carer.reason.circumstances.no");
  }

  @Test
  void outcomesThatDoNotApplyCountAsNotAffected() {
    Map<CarerOutcome, OutcomeAnswer> outcomes = new EnumMap<>(ALL_ACHIEVED);
    outcomes.put(
        CarerOutcome.CHILD_CARE, new OutcomeAnswer(CarerOutcomeStatus.DOES_NOT_APPLY, Set.of()));
    outcomes.put(
        CarerOutcome.OTHER_CARE, new OutcomeAnswer(CarerOutcomeStatus.DOES_NOT_APPLY, Set.of()));

    assertThat(suggest(new Facts(true, false, outcomes, true)).suggestion())
        .isEqualTo(NOT_ELIGIBLE);
  }

  @Test
  void anUnableAnswerWithoutAReasonDoesNotCountAndIsPointedOut() {
    Map<CarerOutcome, OutcomeAnswer> outcomes = new EnumMap<>(ALL_ACHIEVED);
    outcomes.put(CarerOutcome.WORK, new OutcomeAnswer(CarerOutcomeStatus.UNABLE, Set.of()));

    Result result = suggest(new Facts(true, false, outcomes, true));

    assertThat(result.suggestion()).isEqualTo(NOT_YET_CLEAR);
    assertThat(result.unableOutcomes()).isEmpty();
    assertThat(result.reasons())
        .contains(
            new Reason("carer.reason.outcomes.noReason", java.util.List.of(CarerOutcome.WORK)));
  }

  @Test
  void reasonsGivenForAnOutcomeTheCarerAchievesAreIgnored() {
    Map<CarerOutcome, OutcomeAnswer> outcomes = new EnumMap<>(ALL_ACHIEVED);
    outcomes.put(
        CarerOutcome.WORK,
        new OutcomeAnswer(CarerOutcomeStatus.ACHIEVES, Set.of(CarerUnableReason.NEEDS_ASSISTANCE)));

    assertThat(suggest(new Facts(true, false, outcomes, true)).suggestion())
        .isEqualTo(NOT_ELIGIBLE);
  }

  @Test
  void isNotYetClearWhenNothingIsAnswered() {
    Result result = suggest(Facts.none());

    assertThat(result.suggestion()).isEqualTo(NOT_YET_CLEAR);
    assertThat(keys(result))
        .contains(
            "carer.reason.necessaryCare.unanswered",
            "carer.reason.health.unanswered",
            "carer.reason.outcomes.unanswered",
            "carer.reason.significantImpact.unanswered",
            "carer.suggestion.NOT_YET_CLEAR.because");
  }

  @Test
  void isNotYetClearWhenHealthIsStableButSomeOutcomesAreUnanswered() {
    Map<CarerOutcome, OutcomeAnswer> outcomes = new EnumMap<>(ALL_ACHIEVED);
    outcomes.remove(CarerOutcome.COMMUNITY);
    outcomes.remove(CarerOutcome.HOME);

    Result result = suggest(new Facts(true, false, outcomes, true));

    assertThat(result.suggestion()).isEqualTo(NOT_YET_CLEAR);
    assertThat(result.reasons())
        .contains(
            new Reason(
                "carer.reason.outcomes.unanswered",
                java.util.List.of(CarerOutcome.HOME, CarerOutcome.COMMUNITY)));
  }

  @Test
  void isNotYetClearWhileSignificantImpactIsUnanswered() {
    assertThat(suggest(new Facts(true, true, ALL_ACHIEVED, null)).suggestion())
        .isEqualTo(NOT_YET_CLEAR);
  }

  @Test
  void isNotYetClearWhileNecessaryCareIsUnanswered() {
    assertThat(suggest(new Facts(null, true, ALL_ACHIEVED, true)).suggestion())
        .isEqualTo(NOT_YET_CLEAR);
  }

  @Test
  void oneConditionNotMetIsEnoughToSuggestNotEligibleWhileOthersAreUnanswered() {
    assertThat(suggest(new Facts(null, null, Map.of(), false)).suggestion())
        .isEqualTo(NOT_ELIGIBLE);
    assertThat(suggest(new Facts(false, null, Map.of(), null)).suggestion())
        .isEqualTo(NOT_ELIGIBLE);
  }

  @Test
  void explainsEachConditionInTheRegulationsOrderAndEndsWithTheSuggestion() {
    Result result = suggest(new Facts(true, true, achievedExcept(CarerOutcome.HOME), true));

    assertThat(keys(result))
        .containsExactly(
            "carer.reason.necessaryCare.yes",
            "carer.reason.health.yes",
            "carer.reason.outcomes.unable",
            "carer.reason.significantImpact.yes",
            "carer.suggestion.ELIGIBLE.because");
  }

  @Test
  void aDecisionThatFollowsTheSuggestionNeedsNoReason() {
    assertThat(CarerEligibilityRule.decisionNeedsReason(ELIGIBLE, true)).isFalse();
    assertThat(CarerEligibilityRule.decisionNeedsReason(NOT_ELIGIBLE, false)).isFalse();
  }

  @Test
  void overridingTheSuggestionNeedsAReason() {
    assertThat(CarerEligibilityRule.decisionNeedsReason(ELIGIBLE, false)).isTrue();
    assertThat(CarerEligibilityRule.decisionNeedsReason(NOT_ELIGIBLE, true)).isTrue();
  }

  @Test
  void decidingWhileTheSuggestionIsNotYetClearNeedsAReason() {
    assertThat(CarerEligibilityRule.decisionNeedsReason(NOT_YET_CLEAR, true)).isTrue();
    assertThat(CarerEligibilityRule.decisionNeedsReason(NOT_YET_CLEAR, false)).isTrue();
  }

  private static Result suggest(Facts facts) {
    return CarerEligibilityRule.suggest(facts);
  }

  private static java.util.List<String> keys(Result result) {
    return result.reasons().stream().map(Reason::key).toList();
  }

  private static OutcomeAnswer unable() {
    return new OutcomeAnswer(
        CarerOutcomeStatus.UNABLE, Set.of(CarerUnableReason.PAIN_DISTRESS_ANXIETY));
  }

  private static Map<CarerOutcome, OutcomeAnswer> achievedExcept(CarerOutcome outcome) {
    Map<CarerOutcome, OutcomeAnswer> outcomes = new EnumMap<>(ALL_ACHIEVED);
    outcomes.put(outcome, unable());
    return outcomes;
  }
}
