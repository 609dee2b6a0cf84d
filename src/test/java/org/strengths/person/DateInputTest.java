package org.strengths.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateInputTest {

  @Test
  void readsDayMonthAndYear() {
    assertThat(DateInput.read("12", "3", "1948").date()).isEqualTo(LocalDate.of(1948, 3, 12));
  }

  @Test
  void readsMonthNamesAndAbbreviations() {
    assertThat(DateInput.read("12", "March", "1948").date()).isEqualTo(LocalDate.of(1948, 3, 12));
    assertThat(DateInput.read("12", "mar", "1948").date()).isEqualTo(LocalDate.of(1948, 3, 12));
  }

  @Test
  void treatsThreeEmptyBoxesAsNoDate() {
    assertThat(DateInput.read(" ", "", null).blank()).isTrue();
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
  }

  @Test
  void asksForAFourDigitYear() {
    assertThat(DateInput.read("1", "1", "48").problem()).isEqualTo(DateInput.Problem.YEAR_DIGITS);
  }

  @Test
  void namesTheMessageForEachProblem() {
    assertThat(DateInput.read("", "3", "1948").problemKey("dateOfBirth"))
        .contains("person.error.dateOfBirth.missingDay");
  }
}
