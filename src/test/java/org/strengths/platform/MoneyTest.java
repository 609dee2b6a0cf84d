package org.strengths.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

  private static Money pounds(String amount) {
    return Money.ofPounds(new BigDecimal(amount));
  }

  @Test
  void readsAmountsAsPeopleTypeThem() {
    assertThat(Money.parse("12").money()).isEqualTo(Money.ofPence(1200));
    assertThat(Money.parse("12.5").money()).isEqualTo(Money.ofPence(1250));
    assertThat(Money.parse("£12.5").money()).isEqualTo(Money.ofPence(1250));
    assertThat(Money.parse(" 12 ").money()).isEqualTo(Money.ofPence(1200));
    assertThat(Money.parse(" £1,234.56 ").money()).isEqualTo(Money.ofPence(123456));
    assertThat(Money.parse(".5").money()).isEqualTo(Money.ofPence(50));
    assertThat(Money.parse(".99").money()).isEqualTo(Money.ofPence(99));
    assertThat(Money.parse("0.10").money()).isEqualTo(Money.ofPence(10));
  }

  @Test
  void readsPenceExactlyWithoutFloatingPointDrift() {
    assertThat(Money.parse("0.29").money()).isEqualTo(Money.ofPence(29));
    assertThat(Money.parse("12.300").money()).isEqualTo(Money.ofPence(1230));
  }

  @Test
  void refusesAmountsThatAreNotPoundsAndPence() {
    assertThat(Money.parse("").problem()).isEqualTo(Money.Problem.BLANK);
    assertThat(Money.parse(null).problem()).isEqualTo(Money.Problem.BLANK);
    assertThat(Money.parse("twelve").problem()).isEqualTo(Money.Problem.NOT_A_NUMBER);
    assertThat(Money.parse("1e3").problem()).isEqualTo(Money.Problem.NOT_A_NUMBER);
    assertThat(Money.parse("12.345").problem()).isEqualTo(Money.Problem.TOO_MANY_DECIMALS);
    assertThat(Money.parse("-5").problem()).isEqualTo(Money.Problem.NEGATIVE);
    assertThat(Money.parse("1000001").problem()).isEqualTo(Money.Problem.TOO_LARGE);
    assertThat(Money.parse("99999999999").problem()).isEqualTo(Money.Problem.TOO_LARGE);
  }

  @Test
  void readsZeroAsAnAmountSoThatAFormMayRefuseIt() {
    assertThat(Money.parse("0").money()).isEqualTo(Money.ZERO);
    assertThat(Money.parse("0").money().isZero()).isTrue();
  }

  @Test
  void writesMoneyAsPeopleReadIt() {
    assertThat(Money.ofPence(123450).formatted()).isEqualTo("£1,234.50");
    assertThat(Money.ofPence(5).formatted()).isEqualTo("£0.05");
  }

  @Test
  void writesMoneyBackIntoAFormAsTyped() {
    assertThat(Money.ofPence(5).typed()).isEqualTo("0.05");
    assertThat(Money.ofPence(123450).typed()).isEqualTo("1234.50");
  }

  @Test
  void roundsHalfAPennyUp() {
    assertThat(pounds("10.00").times(new BigDecimal("0.0005"))).isEqualTo(Money.ofPence(1));
    assertThat(pounds("10.00").times(new BigDecimal("0.0015"))).isEqualTo(Money.ofPence(2));
    assertThat(pounds("10.00").times(new BigDecimal("0.0025"))).isEqualTo(Money.ofPence(3));
    assertThat(pounds("10.00").times(new BigDecimal("0.0004"))).isEqualTo(Money.ofPence(0));
  }
}
