package org.strengths.person;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PostcodeTest {

  @Test
  void acceptsUkPostcodesInAnyCaseWithOrWithoutTheSpace() {
    assertThat(Postcode.parse("LS1 4AP")).map(Postcode::value).contains("LS1 4AP");
    assertThat(Postcode.parse("ls14ap")).map(Postcode::value).contains("LS1 4AP");
    assertThat(Postcode.parse("SW1A 1AA")).map(Postcode::value).contains("SW1A 1AA");
    assertThat(Postcode.parse("  m1 1ae ")).map(Postcode::value).contains("M1 1AE");
  }

  @Test
  void acceptsTheHistoricGirobankPostcode() {
    assertThat(Postcode.parse("GIR 0AA")).map(Postcode::value).contains("GIR 0AA");
  }

  @Test
  void refusesTextThatIsNotAPostcode() {
    assertThat(Postcode.parse("ABC")).isEmpty();
    assertThat(Postcode.parse("")).isEmpty();
    assertThat(Postcode.parse(null)).isEmpty();
    assertThat(Postcode.parse("LS1")).isEmpty();
  }

  @Test
  void refusesLettersNeverUsedInTheInwardCode() {
    // The last two letters never include C, I, K, M, O or V.
    assertThat(Postcode.parse("LS1 4CI")).isEmpty();
  }

  @Test
  void recognisesAnOutwardCodeOnItsOwn() {
    assertThat(Postcode.looksLikeOutwardCode("LS6")).isTrue();
    assertThat(Postcode.looksLikeOutwardCode("sw1a")).isTrue();
    assertThat(Postcode.looksLikeOutwardCode("Smith")).isFalse();
  }
}
