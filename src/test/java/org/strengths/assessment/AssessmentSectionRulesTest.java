package org.strengths.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AssessmentSectionRulesTest {

  private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

  @Test
  void savesAnIncompleteSectionAsInProgressButNeedsAnswersToCompleteIt() {
    Map<String, String> typed = Map.of("needsFluctuate", "yes");

    assertThat(
            AssessmentSectionRules.check(AssessmentSection.FLUCTUATING, typed::get, "no", TODAY)
                .ok())
        .isTrue();
    assertThat(
            AssessmentSectionRules.check(AssessmentSection.FLUCTUATING, typed::get, "yes", TODAY)
                .problems())
        .extracting(AssessmentSectionRules.Problem::field)
        .containsExactly("fluctuatingFrom", "fluctuatingTo", "proportionalityNote");
  }

  @Test
  void refusesAPeriodThatEndsBeforeItStartsAndDatesInTheFuture() {
    Map<String, String> typed =
        Map.of(
            "needsFluctuate",
            "yes",
            "fluctuatingFromDay",
            "10",
            "fluctuatingFromMonth",
            "5",
            "fluctuatingFromYear",
            "2025",
            "fluctuatingToDay",
            "1",
            "fluctuatingToMonth",
            "5",
            "fluctuatingToYear",
            "2025",
            "proportionalityNote",
            "Short");
    Map<String, String> future =
        Map.of(
            "recordGivenOnDay",
            "2",
            "recordGivenOnMonth",
            "6",
            "recordGivenOnYear",
            "2025",
            "recordFormat",
            "Letter");

    assertThat(
            AssessmentSectionRules.check(AssessmentSection.FLUCTUATING, typed::get, "yes", TODAY)
                .problems())
        .extracting(AssessmentSectionRules.Problem::key)
        .containsExactly("assessment.error.fluctuatingPeriod.order");
    assertThat(
            AssessmentSectionRules.check(AssessmentSection.RECORD, future::get, "yes", TODAY)
                .problems())
        .extracting(AssessmentSectionRules.Problem::key)
        .containsExactly("assessment.error.date.future");
  }

  @Test
  void asksForEveryWellbeingSummaryAndRefusesAnythingButYesOrNo() {
    assertThat(
            AssessmentSectionRules.check(AssessmentSection.WELLBEING, name -> null, "yes", TODAY)
                .problems())
        .hasSize(9);
    assertThat(
            AssessmentSectionRules.check(
                    AssessmentSection.PREPARATION,
                    Map.of("informationGiven", "maybe")::get,
                    "no",
                    TODAY)
                .problems())
        .extracting(AssessmentSectionRules.Problem::key)
        .containsExactly("assessment.error.yesNo");
    assertThat(
            AssessmentSectionRules.check(AssessmentSection.INVOLVED, name -> null, null, TODAY)
                .problems())
        .extracting(AssessmentSectionRules.Problem::key)
        .containsExactly("assessment.error.completed.missing");
  }
}
