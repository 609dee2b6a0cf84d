package org.strengths.practice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatementWordingTest {

  @Test
  void wordingIsLoadedOnlyWithTheLicenceItIsUsedUnder() {
    assertThat(StatementWording.check("Social workers must…", "")).containsOnlyKeys("licence");
    assertThat(StatementWording.check("Social workers must…", "Open Government Licence v3.0"))
        .isEmpty();
  }

  @Test
  void bothLeftEmptyTakesTheWordingAwayAndALicenceAloneIsRefused() {
    assertThat(StatementWording.check("  ", " ")).isEmpty();
    assertThat(StatementWording.stored("  ")).isNull();
    assertThat(StatementWording.check("", "OGL v3.0")).containsOnlyKeys("wording");
  }

  @Test
  void overlongWordingIsRefused() {
    assertThat(StatementWording.check("x".repeat(10_001), "OGL v3.0")).containsOnlyKeys("wording");
  }
}
