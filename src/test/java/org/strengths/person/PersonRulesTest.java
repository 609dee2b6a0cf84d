package org.strengths.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PersonRulesTest {

  private static final LocalDate TODAY = LocalDate.of(2025, 6, 4);

  @Test
  void needsAFirstAndLastName() {
    var problems = check(person(" ", "", null, null, null));

    assertThat(problems)
        .containsEntry("firstName", "person.error.firstName.required")
        .containsEntry("lastName", "person.error.lastName.required");
  }

  @Test
  void acceptsAPersonWithOnlyTheirNames() {
    assertThat(check(person("Jane", "Smith", null, null, null))).isEmpty();
  }

  @Test
  void tellsAWrongCheckDigitFromAWrongLength() {
    assertThat(check(person("Jane", "Smith", null, "943 476 5918", null)))
        .containsEntry("nhsNumber", "person.error.nhsNumber.checkDigit");
    assertThat(check(person("Jane", "Smith", null, "12345", null)))
        .containsEntry("nhsNumber", "person.error.nhsNumber.format");
  }

  @Test
  void refusesADateOfBirthTodayOrLater() {
    assertThat(check(person("Jane", "Smith", TODAY, null, null)))
        .containsEntry("dateOfBirth", "person.error.dateOfBirth.future");
  }

  @Test
  void refusesADateOfBirthMoreThan120YearsAgo() {
    assertThat(check(person("Jane", "Smith", TODAY.minusYears(120).minusDays(1), null, null)))
        .containsEntry("dateOfBirth", "person.error.dateOfBirth.tooOld");
    assertThat(check(person("Jane", "Smith", TODAY.minusYears(120), null, null))).isEmpty();
  }

  @Test
  void refusesAPostcodeThatIsNotOne() {
    assertThat(check(person("Jane", "Smith", null, null, "ABC")))
        .containsEntry("postcode", "person.error.postcode.invalid");
  }

  @Test
  void limitsTheLengthOfText() {
    assertThat(check(person("J".repeat(101), "Smith", null, null, null)))
        .containsEntry("firstName", "person.error.firstName.tooLong");
    assertThat(check(person("J".repeat(100), "Smith", null, null, null))).isEmpty();
  }

  @Test
  void normalisesNhsNumbersPostcodesAndBlanks() {
    var normal = PersonRules.normalise(person(" Jane ", "Smith", null, "943 476 5919", "ls14ap"));

    assertThat(normal.firstName()).isEqualTo("Jane");
    assertThat(normal.nhsNumber()).isEqualTo("9434765919");
    assertThat(normal.postcode()).isEqualTo("LS1 4AP");
    assertThat(normal.pronouns()).isNull();
  }

  @Test
  void keepsWhatWasTypedWhenAnNhsNumberIsWrongSoItCanBeShownAgain() {
    var normal = PersonRules.normalise(person("Jane", "Smith", null, " 943 476 5918 ", null));

    assertThat(normal.nhsNumber()).isEqualTo("943 476 5918");
  }

  @Test
  void dropsControlCharactersButKeepsLineBreaks() {
    assertThat(PersonRules.clean("Ja\u0000ne\u0007")).isEqualTo("Jane");
    assertThat(PersonRules.cleanKeepingLines("one\r\ntwo")).isEqualTo("one\ntwo");
  }

  @Test
  void refusesAnEthnicityOutsideTheList() {
    var person =
        new NewPerson(
            "Jane", "Smith", null, null, null, null, null, null, null, null, null, null, null,
            "Martian", null, false, null, null, false, null, null);

    assertThat(PersonRules.checkDetails(person, TODAY, code -> false))
        .containsEntry("ethnicity", "person.error.ethnicity.invalid");
  }

  private static java.util.Map<String, String> check(NewPerson typed) {
    return PersonRules.checkDetails(PersonRules.normalise(typed), TODAY, code -> true);
  }

  private static NewPerson person(
      String first, String last, LocalDate born, String nhs, String postcode) {
    return new NewPerson(
        first, last, " ", null, born, nhs, null, null, null, postcode, null, null, null, null, null,
        false, null, null, false, null, null);
  }
}
