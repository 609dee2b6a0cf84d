package org.strengths.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.strengths.connection.SharedField.ADDRESS;
import static org.strengths.connection.SharedField.DATE_OF_BIRTH;
import static org.strengths.connection.SharedField.EMAIL;
import static org.strengths.connection.SharedField.NAME;
import static org.strengths.connection.SharedField.PHONE;
import static org.strengths.connection.SharedField.WHAT_MATTERS;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SharingRulesTest {

  static final LocalDate TODAY = LocalDate.of(2025, 6, 2);
  static final PersonFacts PERSON =
      new PersonFacts(
          "Margaret Hill", "0113 496 0000", null, "1 Leeds Road, LS7 3AA", null, "English");

  @Test
  void letsACareProviderReceiveAnIntroductionOnImpliedConsent() {
    assertThat(keys(choice(ConnectionMethod.WARM_INTRODUCTION, true, LawfulBasis.IMPLIED_CONSENT)))
        .isEmpty();
  }

  @Test
  void needsExplicitConsentToReferToAnOrganisationThatDoesNotProvideCare() {
    assertThat(keys(choice(ConnectionMethod.FORMAL_REFERRAL, false, LawfulBasis.IMPLIED_CONSENT)))
        .containsExactly("connection.error.lawfulBasis.explicitNeeded");
    assertThat(keys(choice(ConnectionMethod.WARM_INTRODUCTION, false, LawfulBasis.IMPLIED_CONSENT)))
        .containsExactly("connection.error.lawfulBasis.explicitNeeded");
  }

  @Test
  void recordsExplicitConsentWithItsDateAndScope() {
    SharingChoice consented =
        explicit(TODAY.minusDays(3), "Name and phone, to arrange a first visit");
    assertThat(keys(consented)).isEmpty();

    assertThat(keys(explicit(null, null)))
        .containsExactly(
            "connection.error.consentDate.required", "connection.error.consentScope.required");
    assertThat(keys(explicit(TODAY.plusDays(1), "x".repeat(501))))
        .containsExactly(
            "connection.error.consentDate.future", "connection.error.consentScope.tooLong");
  }

  @Test
  void asksWhetherTheOrganisationProvidesCareAndForALawfulBasis() {
    assertThat(keys(choice(ConnectionMethod.WARM_INTRODUCTION, null, null)))
        .containsExactly(
            "connection.error.providesCare.required", "connection.error.lawfulBasis.required");
  }

  @Test
  void sharesNothingWhenOnlyInformationIsGiven() {
    SharingChoice nothing =
        new SharingChoice(
            ConnectionMethod.INFORMATION_GIVEN,
            null,
            null,
            null,
            null,
            null,
            Set.of(),
            null,
            null,
            "Told about the Tuesday group");
    assertThat(keys(nothing)).isEmpty();

    assertThat(keys(with(nothing, Set.of(NAME))))
        .containsExactly("connection.error.shared.nothingWithInformation");
  }

  @Test
  void alwaysNamesThePersonAndGivesAReferralAContactRoute() {
    SharingChoice referral =
        choice(ConnectionMethod.FORMAL_REFERRAL, true, LawfulBasis.IMPLIED_CONSENT);
    assertThat(keys(with(referral, Set.of(DATE_OF_BIRTH))))
        .contains("connection.error.shared.name", "connection.error.shared.contactRoute");

    SharingChoice introduction =
        choice(ConnectionMethod.WARM_INTRODUCTION, true, LawfulBasis.IMPLIED_CONSENT);
    assertThat(keys(with(introduction, Set.of(NAME)))).isEmpty();
  }

  @Test
  void refusesToShareWhatTheRecordDoesNotHold() {
    SharingChoice referral =
        choice(ConnectionMethod.FORMAL_REFERRAL, true, LawfulBasis.IMPLIED_CONSENT);

    assertThat(keys(with(referral, Set.of(NAME, EMAIL, DATE_OF_BIRTH))))
        .containsExactly(
            "connection.error.notOnRecord.EMAIL", "connection.error.notOnRecord.DATE_OF_BIRTH");
  }

  @Test
  void sharesWrittenNotesOnlyWhenTickedAndNotTooLong() {
    SharingChoice base =
        choice(ConnectionMethod.WARM_INTRODUCTION, true, LawfulBasis.IMPLIED_CONSENT);
    SharingChoice tickedButEmpty = with(base, Set.of(NAME, WHAT_MATTERS));
    assertThat(keys(tickedButEmpty)).containsExactly("connection.error.whatMatters.required");

    SharingChoice writtenNotTicked = withText(base, Set.of(NAME), "Getting out of the house");
    assertThat(keys(writtenNotTicked)).containsExactly("connection.error.whatMatters.notTicked");

    SharingChoice tooLong = withText(base, Set.of(NAME, WHAT_MATTERS), "x".repeat(1001));
    assertThat(keys(tooLong)).containsExactly("connection.error.whatMatters.tooLong");
  }

  @Test
  void limitsTheMessage() {
    SharingChoice base =
        choice(ConnectionMethod.WARM_INTRODUCTION, true, LawfulBasis.IMPLIED_CONSENT);
    SharingChoice longMessage =
        new SharingChoice(
            base.method(),
            base.providesCare(),
            base.lawfulBasis(),
            null,
            null,
            null,
            base.fields(),
            null,
            null,
            "x".repeat(2001));
    assertThat(keys(longMessage)).containsExactly("connection.error.message.tooLong");
  }

  @Test
  void defaultsToTheNameAndOneContactRoute() {
    assertThat(SharedField.defaults(PERSON)).containsExactly(NAME, PHONE);
    PersonFacts emailOnly =
        new PersonFacts("Ann Lee", null, "ann@example.org", "1 Road", null, null);
    assertThat(SharedField.defaults(emailOnly)).containsExactly(NAME, EMAIL);
    PersonFacts addressOnly = new PersonFacts("Ann Lee", null, null, "1 Road", null, null);
    assertThat(SharedField.defaults(addressOnly)).containsExactly(NAME, ADDRESS);
  }

  private static List<String> keys(SharingChoice choice) {
    return SharingRules.problems(choice, PERSON, TODAY).stream().map(Problem::key).toList();
  }

  private static SharingChoice choice(
      ConnectionMethod method, Boolean providesCare, LawfulBasis basis) {
    return new SharingChoice(
        method, providesCare, basis, null, null, null, EnumSet.of(NAME, PHONE), null, null, null);
  }

  private static SharingChoice explicit(LocalDate date, String scope) {
    return new SharingChoice(
        ConnectionMethod.FORMAL_REFERRAL,
        false,
        LawfulBasis.EXPLICIT_CONSENT,
        date,
        null,
        scope,
        EnumSet.of(NAME, PHONE),
        null,
        null,
        null);
  }

  private static SharingChoice with(SharingChoice choice, Set<SharedField> fields) {
    return withText(choice, fields, null);
  }

  private static SharingChoice withText(
      SharingChoice choice, Set<SharedField> fields, String whatMatters) {
    return new SharingChoice(
        choice.method(),
        choice.providesCare(),
        choice.lawfulBasis(),
        choice.consentDate(),
        null,
        choice.consentScope(),
        fields,
        whatMatters,
        null,
        choice.message());
  }
}
