package org.strengths.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NhsNumberTest {

  @Test
  void acceptsNumbersWhoseLastDigitIsTheModulus11CheckDigit() {
    assertThat(NhsNumber.parse("9434765919")).isPresent();
    assertThat(NhsNumber.parse("9434765870")).isPresent();
  }

  @Test
  void refusesAnNhsNumberWithAWrongCheckDigit() {
    assertThat(NhsNumber.parse("9434765918")).isEmpty();
    assertThatThrownBy(() -> new NhsNumber("9434765918"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void acceptsSpacesAndHyphensBetweenTheGroupsOfDigits() {
    assertThat(NhsNumber.parse("943 476 5919")).map(NhsNumber::digits).contains("9434765919");
    assertThat(NhsNumber.parse(" 943-476-5919 ")).map(NhsNumber::digits).contains("9434765919");
  }

  @Test
  void refusesNumbersWhoseCheckDigitWouldBeTen() {
    // 1000000010: 1×10 + 1×2 = 12; 11 − (12 mod 11) = 10, so no check digit exists.
    assertThat(NhsNumber.checkDigit("100000001")).isNull();
    for (int last = 0; last <= 9; last++) {
      assertThat(NhsNumber.parse("100000001" + last)).isEmpty();
    }
  }

  @Test
  void usesZeroAsTheCheckDigitWhenTheRemainderIsZero() {
    // 1×10 + 6×2 = 22, a multiple of 11; 11 − 0 = 11, which becomes 0.
    assertThat(NhsNumber.checkDigit("100000006")).isZero();
    assertThat(NhsNumber.parse("1000000060")).isPresent();
  }

  @Test
  void refusesBlankShortLongAndNonNumericInput() {
    assertThat(NhsNumber.parse(null)).isEmpty();
    assertThat(NhsNumber.parse("")).isEmpty();
    assertThat(NhsNumber.parse("943476591")).isEmpty();
    assertThat(NhsNumber.parse("94347659190")).isEmpty();
    assertThat(NhsNumber.parse("943476591X")).isEmpty();
  }

  @Test
  void tellsATenDigitAttemptFromSomethingElse() {
    assertThat(NhsNumber.looksLikeOne("943 476 5918")).isTrue();
    assertThat(NhsNumber.looksLikeOne("John Smith")).isFalse();
  }

  @Test
  void isShownInThreeThreeFourGroups() {
    assertThat(new NhsNumber("9434765919").formatted()).isEqualTo("943 476 5919");
  }
}
