package org.strengths.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateTypedTest {

  @Test
  void readsTheThreeBoxesOfAGovukDateInput() {
    assertThat(DateTyped.read(null, "7", "3", "2026").date()).isEqualTo(LocalDate.of(2026, 3, 7));
  }

  @Test
  void readsAnIsoDateFromALink() {
    assertThat(DateTyped.read("2026-03-07", null, null, null).date())
        .isEqualTo(LocalDate.of(2026, 3, 7));
  }

  @Test
  void explainsAnIncompleteOrUnrealDate() {
    assertThat(DateTyped.read(null, "7", "", "2026").problem())
        .isEqualTo("network.error.date.incomplete");
    assertThat(DateTyped.read(null, "31", "2", "2026").problem())
        .isEqualTo("network.error.date.invalid");
    assertThat(DateTyped.read("yesterday", null, null, null).problem())
        .isEqualTo("network.error.date.invalid");
    assertThat(DateTyped.read(null, "<b>", "1", "2026").day()).isEqualTo("<b>");
  }

  @Test
  void isBlankWhenNothingWasTyped() {
    assertThat(DateTyped.read(null, " ", "", null).blank()).isTrue();
  }
}
