package org.strengths.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class MessageRulesTest {

  @Test
  void aBlankMessageIsRefused() {
    assertThat(MessageRules.check(null).problem()).isEqualTo("messages.text.missing");
    assertThat(MessageRules.check(" \r\n\t ").problem()).isEqualTo("messages.text.missing");
  }

  @Test
  void aMessageIsKeptWithoutSurroundingSpaceAndWithOneKindOfLineEnding() {
    assertThat(MessageRules.check("  Hello\r\nSam\rThanks  \n").text())
        .contains("Hello\nSam\nThanks");
  }

  @Test
  void twoThousandCharactersAreAllowedAndOneMoreIsNot() {
    assertThat(MessageRules.check("a".repeat(MessageRules.LIMIT)).text()).isPresent();
    assertThat(MessageRules.check("a".repeat(MessageRules.LIMIT + 1)).problem())
        .isEqualTo("messages.text.tooLong");
  }

  @Test
  void aLineEndingCountsAsOneCharacterAndAnEmojiAsOne() {
    String lines = "a\r\n".repeat(MessageRules.LIMIT / 2 - 1) + "b";
    assertThat(lines.length()).isGreaterThan(MessageRules.LIMIT);
    assertThat(MessageRules.check(lines).text()).isPresent();
    assertThat(MessageRules.check("😀".repeat(MessageRules.LIMIT)).text()).isPresent();
  }

  @Test
  void whatIsTypedIsKeptAsTextHoweverItLooks() {
    assertThat(MessageRules.check("<b>Hi</b>").text()).contains("<b>Hi</b>");
  }

  @Test
  void onlyTheFirstMessageTheOtherSideHasNotReadBringsANotice() {
    assertThat(MessageRules.notify(0)).isTrue();
    assertThat(MessageRules.notify(1)).isFalse();
    assertThat(MessageRules.notify(4)).isFalse();
  }

  @Test
  void staffAreEmailedOnlyWhenTheirUsernameIsAnEmailAddress() {
    assertThat(MessageRules.staffEmail("Sam.Okafor@Council.example"))
        .contains("sam.okafor@council.example");
    assertThat(MessageRules.staffEmail("practitioner")).isEmpty();
    assertThat(MessageRules.staffEmail("07700900123")).isEmpty();
    assertThat(MessageRules.staffEmail(null)).isEmpty();
  }

  @Test
  void thePersonAndTheirRepresentativesReadStaffsMessagesAndStaffReadTheirs() {
    MessageRules.Reader ali = MessageRules.Reader.representative(UUID.randomUUID());
    assertThat(MessageRules.Reader.PERSON.reads()).isEqualTo(MessageRules.Side.STAFF);
    assertThat(ali.reads()).isEqualTo(MessageRules.Side.STAFF);
    assertThat(ali.side()).isEqualTo(MessageRules.Side.PERSON);
    assertThat(MessageRules.Reader.STAFF.reads()).isEqualTo(MessageRules.Side.PERSON);
    assertThat(ali).isNotEqualTo(MessageRules.Reader.representative(UUID.randomUUID()));
  }

  @Test
  void onlyARepresentativeReaderNamesWhoTheyAre() {
    assertThatThrownBy(() -> new MessageRules.Reader(MessageRules.Reader.Kind.REPRESENTATIVE, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new MessageRules.Reader(MessageRules.Reader.Kind.PERSON, UUID.randomUUID()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
