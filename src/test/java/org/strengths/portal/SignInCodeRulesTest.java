package org.strengths.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.strengths.portal.SignInCodeRules.Outcome;
import org.strengths.portal.SignInCodeRules.StoredCode;

class SignInCodeRulesTest {

  private static final Instant SENT = Instant.parse("2026-07-14T23:30:00Z");
  private static final UUID ID = UUID.fromString("3f1c2c1e-8b4a-4a53-9d7c-0c0e5d3b2a11");

  private static StoredCode code(String digits, Instant usedAt, int wrongTries) {
    return new StoredCode(
        ID,
        SignInCodeRules.hash(ID, digits),
        SENT.plus(SignInCodeRules.LIFETIME),
        usedAt,
        wrongTries);
  }

  @Test
  void theCodeSentIsAcceptedWithinFifteenMinutes() {
    assertThat(
            SignInCodeRules.check(
                Optional.of(code("482913", null, 0)), "482913", SENT.plusSeconds(14 * 60 + 59)))
        .isEqualTo(Outcome.ACCEPTED);
  }

  @Test
  void spacesTypedBetweenTheDigitsDoNotMatter() {
    assertThat(SignInCodeRules.check(Optional.of(code("482913", null, 0)), "482 913", SENT))
        .isEqualTo(Outcome.ACCEPTED);
    assertThat(SignInCodeRules.wellFormed(" 482-913 ")).isTrue();
  }

  @Test
  void aCodeRunsOutAfterFifteenMinutesEvenIfRight() {
    assertThat(
            SignInCodeRules.check(
                Optional.of(code("482913", null, 0)), "482913", SENT.plus(Duration.ofMinutes(15))))
        .isEqualTo(Outcome.EXPIRED);
  }

  @Test
  void aCodeWorksOnlyOnce() {
    assertThat(
            SignInCodeRules.check(
                Optional.of(code("482913", SENT.plusSeconds(30), 0)),
                "482913",
                SENT.plusSeconds(60)))
        .isEqualTo(Outcome.ALREADY_USED);
  }

  @Test
  void aWrongCodeIsWrong() {
    assertThat(SignInCodeRules.check(Optional.of(code("482913", null, 0)), "482914", SENT))
        .isEqualTo(Outcome.WRONG);
  }

  @Test
  void afterFiveWrongTriesEvenTheRightCodeIsRefused() {
    assertThat(SignInCodeRules.check(Optional.of(code("482913", null, 4)), "482913", SENT))
        .isEqualTo(Outcome.ACCEPTED);
    assertThat(SignInCodeRules.check(Optional.of(code("482913", null, 5)), "482913", SENT))
        .isEqualTo(Outcome.TOO_MANY_TRIES);
  }

  @Test
  void withNoCodeSentNothingIsAccepted() {
    assertThat(SignInCodeRules.check(Optional.empty(), "482913", SENT)).isEqualTo(Outcome.NO_CODE);
  }

  @Test
  void theStoredHashIsNotTheCodeAndDependsOnTheCodesId() {
    String hash = SignInCodeRules.hash(ID, "482913");
    assertThat(hash).doesNotContain("482913").hasSize(64);
    assertThat(SignInCodeRules.hash(UUID.randomUUID(), "482913")).isNotEqualTo(hash);
  }

  @Test
  void threeCodesMayBeAskedForInFifteenMinutesAndNoMore() {
    assertThat(SignInCodeRules.mayRequest(2)).isTrue();
    assertThat(SignInCodeRules.mayRequest(3)).isFalse();
  }

  @Test
  void codesAreSixDigitsIncludingLeadingZeros() {
    for (int i = 0; i < 200; i++) {
      assertThat(SignInCodeRules.newCode()).matches("\\d{6}");
    }
    assertThat(SignInCodeRules.wellFormed("12345")).isFalse();
    assertThat(SignInCodeRules.wellFormed("abcdef")).isFalse();
  }

  @Test
  void anEmailAddressAndAMobileNumberAreEachWrittenOneWay() {
    assertThat(ContactAddress.read(" Nusrat.Raza@Example.com ").orElseThrow().value())
        .isEqualTo("nusrat.raza@example.com");
    assertThat(ContactAddress.read("+44 (0)7700 900123").orElseThrow().value())
        .isEqualTo("07700900123");
    assertThat(ContactAddress.read("+44 7700 900123").orElseThrow().value())
        .isEqualTo("07700900123");
    assertThat(ContactAddress.read("07700-900-123").orElseThrow().channel())
        .isEqualTo(OutboxMessage.Channel.SMS);
    assertThat(ContactAddress.read("01632 960000")).as("a landline gets no text").isEmpty();
    assertThat(ContactAddress.read("not an address")).isEmpty();
  }
}
