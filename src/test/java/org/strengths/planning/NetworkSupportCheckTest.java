package org.strengths.planning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.strengths.planning.NetworkSupportCheck.Gap;

class NetworkSupportCheckTest {

  @Test
  void helpFromTheNetworkCanBeReliedOnOnlyWhenEveryQuestionIsAnsweredYes() {
    NetworkSupportCheck check =
        new NetworkSupportCheck(true, true, "She visits on her way home anyway", true);

    assertThat(check.canBeReliedOn()).isTrue();
    assertThat(check.gaps()).isEmpty();
  }

  @Test
  void somebodyWillingButNotAbleCannotBeReliedOn() {
    NetworkSupportCheck check = new NetworkSupportCheck(true, false, "Bad back", true);

    assertThat(check.canBeReliedOn()).isFalse();
    assertThat(check.gaps()).containsExactly(Gap.ABLE);
  }

  @Test
  void theImpactOnTheHelperMustHaveBeenThoughtAbout() {
    assertThat(new NetworkSupportCheck(true, true, "  ", true).gaps()).containsExactly(Gap.IMPACT);
    assertThat(new NetworkSupportCheck(true, true, null, true).canBeReliedOn()).isFalse();
  }

  @Test
  void thePersonMustAgreeToTheHelp() {
    assertThat(new NetworkSupportCheck(true, true, "Fine", false).gaps())
        .containsExactly(Gap.PERSON_AGREES);
  }

  @Test
  void questionsNotYetAskedCountAsNotAnswered() {
    assertThat(new NetworkSupportCheck(null, null, null, null).gaps())
        .containsExactly(Gap.WILLING, Gap.ABLE, Gap.IMPACT, Gap.PERSON_AGREES);
  }
}
