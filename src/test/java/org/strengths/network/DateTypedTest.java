package org.strengths.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.strengths.platform.web.DateInput;

class DateTypedTest {

  @Test
  void readsTheThreeBoxesOfAGovukDateInput() {
    assertThat(DateTyped.read(null, "7", "3", "2026").date()).isEqualTo(LocalDate.of(2026, 3, 7));
    assertThat(DateTyped.read(null, "7", "Mar", "2026").date()).isEqualTo(LocalDate.of(2026, 3, 7));
  }

  @Test
  void readsAnIsoDateFromALink() {
    assertThat(DateTyped.read("2026-03-07", null, null, null).date())
        .isEqualTo(LocalDate.of(2026, 3, 7));
  }

  @Test
  void explainsAnIncompleteOrUnrealDate() {
    assertThat(DateTyped.read(null, "7", "", "2026").problem())
        .isEqualTo(DateInput.Problem.MISSING_MONTH);
    assertThat(DateTyped.read(null, "31", "2", "2026").problem())
        .isEqualTo(DateInput.Problem.NOT_REAL);
    assertThat(DateTyped.read("yesterday", null, null, null).problem())
        .isEqualTo(DateInput.Problem.NOT_REAL);
    assertThat(DateTyped.read(null, "1", "1", "1850").problem())
        .isEqualTo(DateInput.Problem.NOT_REAL);
    assertThat(DateTyped.read(null, "<b>", "1", "2026").day()).isEqualTo("<b>");
  }

  @Test
  void isBlankWhenNothingWasTyped() {
    assertThat(DateTyped.read(null, " ", "", null).blank()).isTrue();
  }
}
