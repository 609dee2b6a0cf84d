package org.strengths.network;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CarerCheckTest {

  @Test
  void letsAPlanRelyOnCareOnlyWhenAllFourPartsAreMet() {
    CarerCheck check = new CarerCheck(true, Answer.YES, Answer.YES, "Works part time", Answer.YES);

    assertThat(check.mayBeReliedOn()).isTrue();
    assertThat(check.missing()).isEmpty();
    assertThat(check.status()).isEqualTo(CarerCheck.Status.MAY_BE_RELIED_ON);
  }

  @Test
  void saysEveryPartThatIsMissingWhenNothingHasBeenAsked() {
    CarerCheck check = new CarerCheck(true, Answer.NOT_ASKED, null, " ", Answer.NOT_ASKED);

    assertThat(check.mayBeReliedOn()).isFalse();
    assertThat(check.missing())
        .containsExactly(
            CarerCheck.Part.WILLING,
            CarerCheck.Part.ABLE,
            CarerCheck.Part.IMPACT_CONSIDERED,
            CarerCheck.Part.PERSON_AGREES);
    assertThat(check.status()).isEqualTo(CarerCheck.Status.NOT_YET_CHECKED);
  }

  @Test
  void doesNotRelyOnCareWhenTheImpactOnThemHasNotBeenWrittenDown() {
    CarerCheck check = new CarerCheck(true, Answer.YES, Answer.YES, null, Answer.YES);

    assertThat(check.mayBeReliedOn()).isFalse();
    assertThat(check.missing()).containsExactly(CarerCheck.Part.IMPACT_CONSIDERED);
  }

  @Test
  void treatsAnyNoAsCareThatMustNotBeReliedOn() {
    CarerCheck unwilling = new CarerCheck(true, Answer.NO, Answer.YES, "Tired", Answer.YES);
    CarerCheck notAgreed = new CarerCheck(true, Answer.YES, Answer.YES, "Fine", Answer.NO);

    assertThat(unwilling.mayBeReliedOn()).isFalse();
    assertThat(unwilling.missing()).containsExactly(CarerCheck.Part.WILLING);
    assertThat(unwilling.status()).isEqualTo(CarerCheck.Status.MUST_NOT_BE_RELIED_ON);
    assertThat(notAgreed.missing()).containsExactly(CarerCheck.Part.PERSON_AGREES);
    assertThat(notAgreed.status()).isEqualTo(CarerCheck.Status.MUST_NOT_BE_RELIED_ON);
  }

  @Test
  void needsNoCheckForSomeoneWhoGivesNoCare() {
    CarerCheck check = new CarerCheck(false, Answer.NOT_ASKED, Answer.NOT_ASKED, null, null);

    assertThat(check.status()).isEqualTo(CarerCheck.Status.NOT_NEEDED);
    assertThat(check.missing()).isEmpty();
    assertThat(check.mayBeReliedOn()).isFalse();
  }

  @Test
  void doesNotRelyOnSomeoneWillingButNotAble() {
    CarerCheck check = CarerCheck.forHelp(Answer.YES, Answer.NO, "Bad back", Answer.YES);

    assertThat(check.mayBeReliedOn()).isFalse();
    assertThat(check.missing()).containsExactly(CarerCheck.Part.ABLE);
    assertThat(check.status()).isEqualTo(CarerCheck.Status.MUST_NOT_BE_RELIED_ON);
  }

  @Test
  void checksEveryLineOfHelpFromTheNetworkInAPlan() {
    CarerCheck agreed =
        CarerCheck.forHelp(Answer.YES, Answer.YES, "She visits on her way home anyway", Answer.YES);
    CarerCheck blankImpact = CarerCheck.forHelp(Answer.YES, Answer.YES, "  ", Answer.YES);
    CarerCheck notAsked = CarerCheck.forHelp(null, null, null, null);

    assertThat(agreed.mayBeReliedOn()).isTrue();
    assertThat(blankImpact.missing()).containsExactly(CarerCheck.Part.IMPACT_CONSIDERED);
    assertThat(notAsked.missing())
        .containsExactly(
            CarerCheck.Part.WILLING,
            CarerCheck.Part.ABLE,
            CarerCheck.Part.IMPACT_CONSIDERED,
            CarerCheck.Part.PERSON_AGREES);
  }

  @Test
  void readsAYesOrNoStoredAsABooleanWithNullForNotAsked() {
    assertThat(Answer.ofYesNo(true)).isEqualTo(Answer.YES);
    assertThat(Answer.ofYesNo(false)).isEqualTo(Answer.NO);
    assertThat(Answer.ofYesNo(null)).isEqualTo(Answer.NOT_ASKED);
    assertThat(Answer.YES.yesNo()).isTrue();
    assertThat(Answer.NO.yesNo()).isFalse();
    assertThat(Answer.NOT_ASKED.yesNo()).isNull();
  }
}
