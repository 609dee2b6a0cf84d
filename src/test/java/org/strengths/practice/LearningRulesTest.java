package org.strengths.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LearningRulesTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 7, 15);
  private final UUID statement = UUID.randomUUID();

  private LearningForm complete() {
    LearningForm form = new LearningForm();
    form.setKind("ACTION_LEARNING_SET");
    form.setTitle("Positive risk set");
    form.setHeldOnDay("2");
    form.setHeldOnMonth("7");
    form.setHeldOnYear("2026");
    form.setHours("1.5");
    form.setLearned("Sharing a risk with the family");
    form.getStatements().add(statement.toString());
    return form;
  }

  @Test
  void aCompleteRecordIsSavedWithItsHoursAndStatements() {
    LearningForm form = complete();

    assertThat(LearningRules.check(form, TODAY, List.of(statement))).isEmpty();
    LearningRules.Checked checked = LearningRules.checked(form);
    assertThat(checked.kind()).isEqualTo(LearningKind.ACTION_LEARNING_SET);
    assertThat(checked.hours()).isEqualByComparingTo("1.5");
    assertThat(checked.statements()).containsExactly(statement);
  }

  @Test
  void everyFieldButTheStatementsIsNeeded() {
    assertThat(LearningRules.check(new LearningForm(), TODAY, List.of(statement)))
        .containsOnlyKeys("kind", "title", "heldOn", "hours", "learned");
  }

  @Test
  void hoursAreMoreThanNothingAtMostNineHundredAndNinetyNineAndAHalfInHalfHours() {
    assertThat(LearningRules.hours("6")).contains(new BigDecimal("6.0"));
    assertThat(LearningRules.hours("0.5")).contains(new BigDecimal("0.5"));
    assertThat(LearningRules.hours("999.5")).isPresent();
    assertThat(LearningRules.hours("0")).isEmpty();
    assertThat(LearningRules.hours("-2")).isEmpty();
    assertThat(LearningRules.hours("1000")).isEmpty();
    assertThat(LearningRules.hours("1.25")).isEmpty();
    assertThat(LearningRules.hours("six")).isEmpty();
  }

  @Test
  void learningCannotBeDatedInTheFutureNorSupportAStatementNotInTheList() {
    LearningForm form = complete();
    form.setHeldOnDay("16");
    form.getStatements().add(UUID.randomUUID().toString());

    assertThat(LearningRules.check(form, TODAY, List.of(statement)))
        .containsOnlyKeys("heldOn", "statements");
  }
}
