package org.strengths.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateInputTest {

  @Test
  void readsDayMonthAndYear() {
    assertThat(DateInput.read("12", "3", "1948").date()).isEqualTo(LocalDate.of(1948, 3, 12));
    assertThat(DateInput.read(" 7 ", "03", "2026").date()).isEqualTo(LocalDate.of(2026, 3, 7));
  }

  @Test
  void readsMonthNamesAndAbbreviations() {
    assertThat(DateInput.read("12", "March", "1948").date()).isEqualTo(LocalDate.of(1948, 3, 12));
    assertThat(DateInput.read("12", "mar", "1948").date()).isEqualTo(LocalDate.of(1948, 3, 12));
    assertThat(DateInput.read("1", "SEPT", "2025").date()).isEqualTo(LocalDate.of(2025, 9, 1));
  }

  @Test
  void refusesAMonthNameTooShortToKnow() {
    assertThat(DateInput.read("12", "ma", "1948").problem()).isEqualTo(DateInput.Problem.NOT_REAL);
  }

  @Test
  void treatsThreeEmptyBoxesAsNoDate() {
    assertThat(DateInput.read(" ", "", null).blank()).isTrue();
    assertThat(DateInput.read(" ", "", null).problemKey()).isEmpty();
  }

  @Test
  void saysWhichPartIsMissing() {
    assertThat(DateInput.read("", "3", "1948").problem()).isEqualTo(DateInput.Problem.MISSING_DAY);
    assertThat(DateInput.read("12", "", "1948").problem())
        .isEqualTo(DateInput.Problem.MISSING_MONTH);
    assertThat(DateInput.read("12", "3", "").problem()).isEqualTo(DateInput.Problem.MISSING_YEAR);
  }

  @Test
  void refusesDatesThatDoNotExist() {
    assertThat(DateInput.read("31", "2", "2001").problem()).isEqualTo(DateInput.Problem.NOT_REAL);
    assertThat(DateInput.read("1", "13", "2001").problem()).isEqualTo(DateInput.Problem.NOT_REAL);
    assertThat(DateInput.read("x", "1", "2001").problem()).isEqualTo(DateInput.Problem.NOT_REAL);
    assertThat(DateInput.read("<b>", "1", "2026").problem()).isEqualTo(DateInput.Problem.NOT_REAL);
  }

  @Test
  void asksForAFourDigitYear() {
    assertThat(DateInput.read("1", "1", "48").problem()).isEqualTo(DateInput.Problem.YEAR_DIGITS);
  }

  @Test
  void namesOneMessageForEachProblemOnEveryPage() {
    assertThat(DateInput.read("", "3", "1948").problemKey()).contains("date.error.missingDay");
    assertThat(DateInput.read("12", "", "1948").problemKey()).contains("date.error.missingMonth");
    assertThat(DateInput.read("12", "3", "").problemKey()).contains("date.error.missingYear");
    assertThat(DateInput.read("1", "1", "48").problemKey()).contains("date.error.yearDigits");
    assertThat(DateInput.read("31", "2", "2001").problemKey()).contains("date.error.notReal");
  }

  @Test
  void readsADateTypedInOneBox() {
    assertThat(DateInput.read("27/3/2026").date()).isEqualTo(LocalDate.of(2026, 3, 27));
    assertThat(DateInput.read("27 3 2026").date()).isEqualTo(LocalDate.of(2026, 3, 27));
    assertThat(DateInput.read("27 March 2026").date()).isEqualTo(LocalDate.of(2026, 3, 27));
    assertThat(DateInput.read("2026-03-27").date()).isEqualTo(LocalDate.of(2026, 3, 27));
  }

  @Test
  void refusesWhatIsNotADateInOneBox() {
    assertThat(DateInput.read("31/2/2026").problem()).isEqualTo(DateInput.Problem.NOT_REAL);
    assertThat(DateInput.read("next week").problem()).isEqualTo(DateInput.Problem.NOT_REAL);
    assertThat(DateInput.read("  ").blank()).isTrue();
  }

  @Test
  void writesADateBackAsItIsTyped() {
    LocalDate date = LocalDate.of(2026, 3, 7);
    assertThat(DateInput.typed(date)).isEqualTo("7/3/2026");
    assertThat(DateInput.day(date)).isEqualTo("7");
    assertThat(DateInput.month(date)).isEqualTo("3");
    assertThat(DateInput.year(date)).isEqualTo("2026");
    assertThat(DateInput.day(null)).isEmpty();
    assertThat(DateInput.dayBox("heldOn")).isEqualTo("heldOnDay");
  }
}
