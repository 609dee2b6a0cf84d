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
}
