package org.strengths.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.strengths.platform.web.DateInput;

class DeathRuleTest {

  static final LocalDate TODAY = LocalDate.of(2026, 7, 14);
  static final LocalDate BORN = LocalDate.of(1940, 3, 12);

  static DateInput.Result typed(LocalDate date) {
    return DateInput.read(DateInput.day(date), DateInput.month(date), DateInput.year(date));
  }

  @Test
  void aDateBetweenBirthAndTodayIsAccepted() {
    assertThat(DeathRule.problem(typed(TODAY), BORN, TODAY)).isEmpty();
    assertThat(DeathRule.problem(typed(BORN), BORN, TODAY)).isEmpty();
    assertThat(DeathRule.problem(typed(LocalDate.of(2026, 5, 3)), null, TODAY)).isEmpty();
  }

  @Test
  void aDateInTheFutureIsRefused() {
    assertThat(DeathRule.problem(typed(TODAY.plusDays(1)), BORN, TODAY)).contains(DeathRule.FUTURE);
  }

  @Test
  void aDateBeforeThePersonWasBornIsRefused() {
    assertThat(DeathRule.problem(typed(BORN.minusDays(1)), BORN, TODAY))
        .contains(DeathRule.BEFORE_BIRTH);
  }

  @Test
  void nothingTypedAsksForTheDateAndAPartDateSaysWhatIsMissing() {
    assertThat(DeathRule.problem(DateInput.read("", "", ""), BORN, TODAY))
        .contains(DeathRule.REQUIRED);
    assertThat(DeathRule.problem(DateInput.read("3", "", "2026"), BORN, TODAY))
        .contains("date.error.missingMonth");
    assertThat(DeathRule.problem(DateInput.read("31", "2", "2026"), BORN, TODAY))
        .contains("date.error.notReal");
  }
}
