package org.strengths.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.strengths.portal.RepresentativeRules.Authority;
import org.strengths.portal.RepresentativeRules.Status;
import org.strengths.portal.RepresentativeRules.Typed;

class RepresentativeRulesTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 7, 14);

  private static Typed typed(String authority, String reference, LocalDate endsOn, boolean chose) {
    return new Typed("Ali Raza", authority, reference, endsOn, false, chose);
  }

  @Test
  void anAttorneyForHealthAndWelfareWithTheirReferenceAndAnEndDateCanBeRecorded() {
    assertThat(
            RepresentativeRules.problems(
                typed("LPA_HEALTH_WELFARE", "7000-1234-5678", TODAY.plusYears(1), false), TODAY))
        .isEmpty();
  }

  @Test
  void aDeputyCanBeRecordedWithTheCourtOrderNumber() {
    assertThat(
            RepresentativeRules.problems(
                typed("DEPUTY", "COP 1234567", TODAY.plusMonths(6), false), TODAY))
        .isEmpty();
  }

  @Test
  void someoneThePersonChoseNeedsThePractitionerToConfirmThePersonChoseThem() {
    assertThat(
            RepresentativeRules.problems(
                typed("CHOSEN", "Conversation of 1 July 2026", TODAY.plusYears(1), false), TODAY))
        .containsEntry("personChose", "reps.personChose.missing");
    assertThat(
            RepresentativeRules.problems(
                typed("CHOSEN", "Conversation of 1 July 2026", TODAY.plusYears(1), true), TODAY))
        .isEmpty();
  }

  @Test
  void aPowerOfAttorneyForPropertyAndFinanceIsNotAnAuthorityToActOnCare() {
    assertThat(
            RepresentativeRules.problems(
                typed("LPA_PROPERTY_FINANCE", "7000-1234-5678", TODAY.plusYears(1), false), TODAY))
        .containsEntry("authority", "reps.authority.missing");
    assertThat(RepresentativeRules.authorityOf("LPA_PROPERTY_FINANCE")).isNull();
  }

  @Test
  void theEvidenceIsAskedForInTheWordsOfTheAuthorityChosen() {
    assertThat(
            RepresentativeRules.problems(
                typed("LPA_HEALTH_WELFARE", " ", TODAY.plusYears(1), false), TODAY))
        .containsEntry("reference", "reps.reference.missing.LPA_HEALTH_WELFARE");
    assertThat(RepresentativeRules.problems(typed(null, null, TODAY.plusYears(1), false), TODAY))
        .containsEntry("reference", "reps.reference.missing");
  }

  @Test
  void anEndDateIsRequiredInTheFutureAndWithinFiveYears() {
    assertThat(RepresentativeRules.problems(typed("DEPUTY", "COP 1", null, false), TODAY))
        .containsEntry("endsOn", "reps.endsOn.missing");
    assertThat(RepresentativeRules.problems(typed("DEPUTY", "COP 1", TODAY, false), TODAY))
        .containsEntry("endsOn", "reps.endsOn.notFuture");
    assertThat(
            RepresentativeRules.problems(
                typed("DEPUTY", "COP 1", TODAY.plusYears(5).plusDays(1), false), TODAY))
        .containsEntry("endsOn", "reps.endsOn.tooFar");
    assertThat(
            RepresentativeRules.problems(
                new Typed("Ali Raza", "DEPUTY", "COP 1", null, true, false), TODAY))
        .containsEntry("endsOn", "reps.endsOn.invalid");
  }

  @Test
  void problemsAreListedInTheOrderOfTheForm() {
    assertThat(
            RepresentativeRules.problems(new Typed("", null, "", null, false, false), TODAY)
                .keySet())
        .containsExactly("name", "authority", "reference", "endsOn");
  }

  @Test
  void aRepresentativeActsUpToAndIncludingTheEndDateButNotTheDayAfter() {
    LocalDate endsOn = TODAY.plusDays(10);
    assertThat(RepresentativeRules.inForce(Status.ACTIVE, endsOn, TODAY)).isTrue();
    assertThat(RepresentativeRules.inForce(Status.ACTIVE, endsOn, endsOn)).isTrue();
    assertThat(RepresentativeRules.inForce(Status.ACTIVE, endsOn, endsOn.plusDays(1))).isFalse();
  }

  @Test
  void aWithdrawnRepresentativeNoLongerActsEvenBeforeTheEndDate() {
    assertThat(RepresentativeRules.inForce(Status.WITHDRAWN, TODAY.plusYears(1), TODAY)).isFalse();
  }

  @Test
  void everyKindOfAuthorityCanBeNamedByTheForm() {
    for (Authority authority : Authority.values()) {
      assertThat(RepresentativeRules.authorityOf(authority.name())).isEqualTo(authority);
    }
  }

  @Test
  void aMessageToTheRepresentativeGreetsThemByFirstNameOnly() {
    assertThat(Representatives.firstNameOf("  Ali Raza ")).isEqualTo("Ali");
    assertThat(Representatives.firstNameOf("Ali")).isEqualTo("Ali");
  }
}
