package org.strengths.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SupportRequestRulesTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 7, 15);

  private static SupportRequestRules.Checked check(
      AskForSupportQuestion question, Map<String, String> typed) {
    return check(question, typed, SupportRequestAnswers.none());
  }

  private static SupportRequestRules.Checked check(
      AskForSupportQuestion question, Map<String, String> typed, SupportRequestAnswers answers) {
    return SupportRequestRules.check(question, typed::get, answers, TODAY);
  }

  @Test
  void whoTheSupportIsForMustBeOneOfTheThreeChoices() {
    assertThat(check(AskForSupportQuestion.WHO_FOR, Map.of()).problems())
        .containsEntry("whoFor", "ask.error.whoFor.required");
    assertThat(check(AskForSupportQuestion.WHO_FOR, Map.of("whoFor", "EVERYONE")).problems())
        .containsKey("whoFor");
    assertThat(check(AskForSupportQuestion.WHO_FOR, Map.of("whoFor", "CARER")).answers().whoFor())
        .isEqualTo("CARER");
  }

  @Test
  void whatMattersIsRequiredButWhatIsGoingWellMayBeLeftOut() {
    assertThat(check(AskForSupportQuestion.WHAT_MATTERS, Map.of("whatMatters", " \n ")).problems())
        .containsEntry("whatMatters", "ask.error.whatMatters.required");
    SupportRequestRules.Checked goingWell =
        check(AskForSupportQuestion.GOING_WELL, Map.of("goingWell", ""));
    assertThat(goingWell.ok()).isTrue();
    assertThat(goingWell.answers().goingWell()).isNull();
  }

  @Test
  void answersLongerThanTwoThousandCharactersAreRefused() {
    assertThat(
            check(AskForSupportQuestion.WHAT_WOULD_HELP, Map.of("whatWouldHelp", "a".repeat(2001)))
                .problems())
        .containsEntry("whatWouldHelp", "ask.error.whatWouldHelp.tooLong");
    assertThat(
            check(AskForSupportQuestion.WHAT_WOULD_HELP, Map.of("whatWouldHelp", "a".repeat(2000)))
                .ok())
        .isTrue();
  }

  @Test
  void webCodeIsRefusedButALoneLessThanSignIsFine() {
    assertThat(
            check(
                    AskForSupportQuestion.WHAT_MATTERS,
                    Map.of("whatMatters", "My <script>alert(1)</script> garden"))
                .problems())
        .containsEntry("whatMatters", "ask.error.webCode");
    assertThat(
            check(AskForSupportQuestion.NAME, Map.of("firstName", "<b>Edna", "lastName", "Smith"))
                .problems())
        .containsEntry("firstName", "ask.error.webCode");
    assertThat(
            check(AskForSupportQuestion.WHAT_MATTERS, Map.of("whatMatters", "I can walk < 1 mile"))
                .ok())
        .isTrue();
  }

  @Test
  void aDateOfBirthMustBeARealDateInThePastWithinAHundredAndTwentyYears() {
    assertThat(dateProblem("31", "2", "1950")).isEqualTo("ask.error.dateOfBirth.NOT_REAL");
    assertThat(dateProblem("", "2", "1950")).isEqualTo("ask.error.dateOfBirth.MISSING_DAY");
    assertThat(dateProblem("1", "2", "50")).isEqualTo("ask.error.dateOfBirth.YEAR_DIGITS");
    assertThat(dateProblem("", "", "")).isEqualTo("ask.error.dateOfBirth.required");
    assertThat(dateProblem("16", "7", "2026")).isEqualTo("ask.error.dateOfBirth.future");
    assertThat(dateProblem("1", "1", "1900")).isEqualTo("ask.error.dateOfBirth.tooOld");
    SupportRequestRules.Checked real =
        check(
            AskForSupportQuestion.DATE_OF_BIRTH,
            Map.of("dateOfBirthDay", "27", "dateOfBirthMonth", "Mar", "dateOfBirthYear", "1950"));
    assertThat(real.answers().dateOfBirth()).isEqualTo(LocalDate.of(1950, 3, 27));
  }

  private static String dateProblem(String day, String month, String year) {
    return check(
            AskForSupportQuestion.DATE_OF_BIRTH,
            Map.of("dateOfBirthDay", day, "dateOfBirthMonth", month, "dateOfBirthYear", year))
        .problems()
        .get("dateOfBirth");
  }

  @Test
  void anNhsNumberIsOptionalButMustBeARealOneWhenGiven() {
    assertThat(check(AskForSupportQuestion.NHS_NUMBER, Map.of("nhsNumber", "")).ok()).isTrue();
    assertThat(check(AskForSupportQuestion.NHS_NUMBER, Map.of("nhsNumber", "12345")).problems())
        .containsEntry("nhsNumber", "ask.error.nhsNumber.format");
    assertThat(
            check(AskForSupportQuestion.NHS_NUMBER, Map.of("nhsNumber", "943 476 5910")).problems())
        .containsEntry("nhsNumber", "ask.error.nhsNumber.checkDigit");
    assertThat(
            check(AskForSupportQuestion.NHS_NUMBER, Map.of("nhsNumber", "943 476 5919"))
                .answers()
                .nhsNumber())
        .isEqualTo("9434765919");
  }

  @Test
  void aPostcodeIsTidiedIntoItsStandardForm() {
    assertThat(
            check(AskForSupportQuestion.POSTCODE, Map.of("postcode", "ls62ab"))
                .answers()
                .postcode())
        .isEqualTo("LS6 2AB");
    assertThat(check(AskForSupportQuestion.POSTCODE, Map.of("postcode", "LS6")).problems())
        .containsEntry("postcode", "ask.error.postcode.invalid");
  }

  @Test
  void anEmailAddressOrAPhoneNumberIsNeededAndSomeoneAskingForAnotherGivesTheirName() {
    assertThat(check(AskForSupportQuestion.CONTACT, Map.of()).problems())
        .containsEntry("email", "ask.error.contact.required");
    assertThat(check(AskForSupportQuestion.CONTACT, Map.of("phone", "0113 496 0000")).ok())
        .isTrue();
    assertThat(check(AskForSupportQuestion.CONTACT, Map.of("email", "name@example")).problems())
        .containsEntry("email", "ask.error.email.invalid");
    assertThat(check(AskForSupportQuestion.CONTACT, Map.of("phone", "call me")).problems())
        .containsEntry("phone", "ask.error.phone.invalid");

    SupportRequestAnswers forSomeone =
        SupportRequestAnswers.none().withWhoFor(SupportRequestAnswers.SOMEONE_I_KNOW);
    assertThat(
            check(AskForSupportQuestion.CONTACT, Map.of("email", "k@example.com"), forSomeone)
                .problems())
        .containsEntry("contactName", "ask.error.contactName.required");
    SupportRequestAnswers contact =
        check(
                AskForSupportQuestion.CONTACT,
                Map.of("contactName", "Kwame Asante", "email", "K@Example.com"),
                forSomeone)
            .answers();
    assertThat(contact.email()).isEqualTo("k@example.com");
    assertThat(contact.contactFirstName()).isEqualTo("Kwame");
  }

  @Test
  void aRequestIsCompleteOnceEveryRequiredQuestionIsAnswered() {
    SupportRequestAnswers answers =
        SupportRequestAnswers.none()
            .withWhoFor(SupportRequestAnswers.MYSELF)
            .withWhatMatters("My garden")
            .withWhatWouldHelp("Help with the stairs")
            .withName("Edna", "Whitmore")
            .withDateOfBirth(LocalDate.of(1941, 5, 9));
    assertThat(answers.firstUnanswered()).contains(AskForSupportQuestion.POSTCODE);
    SupportRequestAnswers complete =
        answers.withPostcode("LS6 2AB").withContact(null, null, "0113 496 0000");
    assertThat(complete.firstUnanswered()).isEmpty();
    assertThat(complete.contactFirstName()).isEqualTo("Edna");
  }

  @Test
  void choosingToAskForYourselfDropsANameGivenForSomeoneElse() {
    SupportRequestAnswers someone =
        SupportRequestAnswers.none()
            .withWhoFor(SupportRequestAnswers.SOMEONE_I_KNOW)
            .withContact("Kwame Asante", "k@example.com", null);
    assertThat(someone.withWhoFor(SupportRequestAnswers.MYSELF).contactName()).isNull();
  }
}
