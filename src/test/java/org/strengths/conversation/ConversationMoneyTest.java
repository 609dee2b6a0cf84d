package org.strengths.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConversationMoneyTest {

  @Test
  void readsPoundsAndPenceExactly() {
    assertThat(ConversationMoney.parsePence("12.50")).hasValue(1250);
    assertThat(ConversationMoney.parsePence("£12.5")).hasValue(1250);
    assertThat(ConversationMoney.parsePence(" 12 ")).hasValue(1200);
    assertThat(ConversationMoney.parsePence("0.10")).hasValue(10);
    assertThat(ConversationMoney.parsePence(".99")).hasValue(99);
    assertThat(ConversationMoney.parsePence("1,234.56")).hasValue(123456);
    assertThat(ConversationMoney.parsePence("0.29")).hasValue(29);
  }

  @Test
  void refusesAmountsThatAreNotPoundsAndPence() {
    assertThat(ConversationMoney.parsePence("12.345")).isEmpty();
    assertThat(ConversationMoney.parsePence("-5")).isEmpty();
    assertThat(ConversationMoney.parsePence("0")).isEmpty();
    assertThat(ConversationMoney.parsePence("twelve")).isEmpty();
    assertThat(ConversationMoney.parsePence("1e3")).isEmpty();
    assertThat(ConversationMoney.parsePence("")).isEmpty();
    assertThat(ConversationMoney.parsePence(null)).isEmpty();
    assertThat(ConversationMoney.parsePence("99999999999")).isEmpty();
  }

  @Test
  void showsAmountsAsPoundsAndPence() {
    assertThat(ConversationMoney.format(123450)).isEqualTo("£1,234.50");
    assertThat(ConversationMoney.plain(5)).isEqualTo("0.05");
  }
}
