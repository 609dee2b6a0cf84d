package org.strengths.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SupportRequestSpamRuleTest {

  private static final Instant STARTED = Instant.parse("2026-07-14T23:00:00Z");

  @Test
  void aFormWithTheHiddenBoxFilledInIsAProgramsAndAnEmptyOneIsAPersons() {
    assertThat(SupportRequestSpamRule.checkPost("http://spam.example"))
        .contains(SupportRequestSpamRule.Refusal.HONEYPOT);
    assertThat(SupportRequestSpamRule.checkPost("")).isEmpty();
    assertThat(SupportRequestSpamRule.checkPost(null)).isEmpty();
  }

  @Test
  void aRequestSentSoonerThanThePersonCouldHaveWrittenItIsRefused() {
    Duration minimum = Duration.ofSeconds(30);
    assertThat(SupportRequestSpamRule.checkTime(STARTED, STARTED.plusSeconds(3), minimum))
        .contains(SupportRequestSpamRule.Refusal.TOO_QUICK);
    assertThat(SupportRequestSpamRule.checkTime(STARTED, STARTED.plusSeconds(30), minimum))
        .isEmpty();
  }

  @Test
  void everyInstanceCountsAHitInTheSameWindow() {
    Duration hour = Duration.ofHours(1);
    assertThat(SupportRequestSpamRule.windowStart(Instant.parse("2026-07-14T23:59:59Z"), hour))
        .isEqualTo(Instant.parse("2026-07-14T23:00:00Z"));
    assertThat(SupportRequestSpamRule.windowStart(Instant.parse("2026-07-15T00:00:00Z"), hour))
        .isEqualTo(Instant.parse("2026-07-15T00:00:00Z"));
  }

  @Test
  void theLimitItselfIsAllowedAndOneMoreIsNot() {
    assertThat(SupportRequestSpamRule.withinLimit(3, 3)).isTrue();
    assertThat(SupportRequestSpamRule.withinLimit(4, 3)).isFalse();
  }

  @Test
  void referencesCannotBeMistakenForOtherLettersAndAreHardToGuess() {
    String reference = SupportRequests.reference();
    assertThat(reference)
        .matches("ASK-[ACDEFGHJKMNPQRTVWXY34679]{4}-[ACDEFGHJKMNPQRTVWXY34679]{4}");
    assertThat(SupportRequests.reference()).isNotEqualTo(reference);
  }
}
