package org.strengths.person;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeathRemovalRuleTest {

  @Test
  void aReasonMustBeGiven() {
    assertThat(DeathRemovalRule.problem(null)).contains(DeathRemovalRule.REQUIRED);
    assertThat(DeathRemovalRule.problem("  \n ")).contains(DeathRemovalRule.REQUIRED);
  }

  @Test
  void aReasonOfFiveHundredCharactersIsEnoughButNotMore() {
    assertThat(DeathRemovalRule.problem("x".repeat(500))).isEmpty();
    assertThat(DeathRemovalRule.problem("  " + "x".repeat(500) + "  ")).isEmpty();
    assertThat(DeathRemovalRule.problem("x".repeat(501))).contains(DeathRemovalRule.TOO_LONG);
  }

  @Test
  void aPlainReasonIsAccepted() {
    assertThat(DeathRemovalRule.problem("Recorded on the wrong person's record")).isEmpty();
  }
}
