package org.strengths.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SearchQueryTest {

  private static final LocalDate TWELFTH_OF_MARCH_1948 = LocalDate.of(1948, 3, 12);

  @Test
  void readsTwoWordsAsFirstAndLastName() {
    SearchQuery query = SearchQuery.parse("Jonh Smyth");

    assertThat(query.firstName()).contains("Jonh");
    assertThat(query.lastName()).contains("Smyth");
    assertThat(query.kinds()).isEqualTo("name");
  }

  @Test
  void readsOneWordAsANameThatMayBeFirstOrLast() {
    SearchQuery query = SearchQuery.parse("  smith ");

    assertThat(query.firstName()).isEmpty();
    assertThat(query.lastName()).contains("smith");
  }

  @Test
  void readsAllButTheLastWordAsTheFirstName() {
    SearchQuery query = SearchQuery.parse("Mary Ann O'Brien");

    assertThat(query.firstName()).contains("Mary Ann");
    assertThat(query.lastName()).contains("O'Brien");
  }

  @Test
  void readsASurnameWrittenFirstWithAComma() {
    SearchQuery query = SearchQuery.parse("Smith-Jones, Mary Ann");

    assertThat(query.firstName()).contains("Mary Ann");
    assertThat(query.lastName()).contains("Smith-Jones");
  }

  @Test
  void readsTwoWordsEitherWayRoundFirstNameFirstTheLikelier() {
    SearchQuery query = SearchQuery.parse("raza nusrat");

    assertThat(query.firstName()).contains("raza");
    assertThat(query.lastName()).contains("nusrat");
    assertThat(query.otherOrder()).contains(new SearchQuery.Name("nusrat", "raza"));
    assertThat(query.kinds()).isEqualTo("name");
  }

  @Test
  void readsASurnameInCapitalsAsTheSurnameWhereverItIs() {
    SearchQuery surnameFirst = SearchQuery.parse("SMITH John");
    SearchQuery surnameLast = SearchQuery.parse("John SMITH");

    assertThat(surnameFirst.firstName()).contains("John");
    assertThat(surnameFirst.lastName()).contains("SMITH");
    assertThat(surnameFirst.otherOrder()).contains(new SearchQuery.Name("SMITH", "John"));
    assertThat(surnameLast.firstName()).contains("John");
    assertThat(surnameLast.lastName()).contains("SMITH");
    assertThat(surnameLast.otherOrder()).contains(new SearchQuery.Name("SMITH", "John"));
  }

  @Test
  void readsASurnameWithAnApostropheInCapitalsAsTheSurname() {
    SearchQuery query = SearchQuery.parse("O'BRIEN Mary Ann");

    assertThat(query.firstName()).contains("Mary Ann");
    assertThat(query.lastName()).contains("O'BRIEN");
  }

  @ParameterizedTest
  @ValueSource(strings = {"JOHN SMITH", "john smith", "John Smith"})
  void readsANameAllInOneCaseFirstNameFirst(String typed) {
    SearchQuery query = SearchQuery.parse(typed);

    assertThat(query.firstName())
        .hasValueSatisfying(f -> assertThat(f).isEqualToIgnoringCase("john"));
    assertThat(query.lastName())
        .hasValueSatisfying(l -> assertThat(l).isEqualToIgnoringCase("smith"));
    assertThat(query.otherOrder()).isPresent();
  }

  @Test
  void readsMoreThanTwoWordsSurnameFirstAsTheOtherOrder() {
    SearchQuery query = SearchQuery.parse("Mary Ann O'Brien");

    assertThat(query.otherOrder()).contains(new SearchQuery.Name("Ann O'Brien", "Mary"));
  }

  @Test
  void takesACommaAsSayingTheSurnameCameFirstAndLooksNoFurther() {
    SearchQuery query = SearchQuery.parse("Smith, John");

    assertThat(query.firstName()).contains("John");
    assertThat(query.lastName()).contains("Smith");
    assertThat(query.otherOrder()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"J Smith", "j. smith", "J.Smith", "Smith J", "smith j.", "Smith, J"})
  void readsAnInitialAsTheFirstNameOnWhicheverSideItIs(String typed) {
    SearchQuery query = SearchQuery.parse(typed);

    assertThat(query.firstName()).hasValueSatisfying(f -> assertThat(f).isEqualToIgnoringCase("j"));
    assertThat(query.lastName())
        .hasValueSatisfying(l -> assertThat(l).isEqualToIgnoringCase("smith"));
    assertThat(query.otherOrder()).isEmpty();
  }

  @Test
  void readsALowerCaseInitialBeforeTheSurname() {
    SearchQuery query = SearchQuery.parse("n raza");

    assertThat(query.firstName()).contains("n");
    assertThat(query.lastName()).contains("raza");
    assertThat(query.otherOrder()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"J R Smith", "J. R. Smith", "Smith, J. R.", "Smith J R"})
  void keepsTheFirstOfSeveralInitials(String typed) {
    SearchQuery query = SearchQuery.parse(typed);

    assertThat(query.firstName()).contains("J");
    assertThat(query.lastName()).contains("Smith");
  }

  @Test
  void dropsAMiddleInitialAfterAFirstName() {
    SearchQuery query = SearchQuery.parse("John R Smith");

    assertThat(query.firstName()).contains("John");
    assertThat(query.lastName()).contains("Smith");
  }

  @Test
  void readsOneWordAsOneNameWithNoOtherOrder() {
    assertThat(SearchQuery.parse("SMITH").otherOrder()).isEmpty();
  }

  @Test
  void readsANameTypedWithADateOfBirthEitherWayRound() {
    SearchQuery query = SearchQuery.parse("raza nusrat 12.3.1948");

    assertThat(query.dateOfBirth()).contains(TWELFTH_OF_MARCH_1948);
    assertThat(query.otherOrder()).contains(new SearchQuery.Name("nusrat", "raza"));
  }

  @Test
  void keepsAccentedLetters() {
    assertThat(SearchQuery.parse("Zoë Ní Bhriain").firstName()).contains("Zoë Ní");
  }

  @ParameterizedTest
  @ValueSource(strings = {"9434765919", "943 476 5919", "943-476-5919", " 943 4765 919 "})
  void findsAnNhsNumberWithOrWithoutSpacesAndHyphens(String typed) {
    SearchQuery query = SearchQuery.parse(typed);

    assertThat(query.nhsNumber()).contains(new NhsNumber("9434765919"));
    assertThat(query.hasName()).isFalse();
    assertThat(query.kinds()).isEqualTo("nhs");
  }

  @Test
  void refusesTenDigitsThatFailTheNhsNumberCheck() {
    assertThatThrownBy(() -> SearchQuery.parse("943 476 5918"))
        .isInstanceOfSatisfying(
            SearchQueryException.class,
            e -> {
              assertThat(e.messageKey()).isEqualTo("search.error.nhsNumber");
              assertThat(e.arguments()).containsExactly("943 476 5918");
            });
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"12/3/1948", "12/03/1948", "1948-03-12", "1948-3-12", "12-3-1948", "12.3.1948"})
  void findsADateOfBirthInTheFormatsPeopleType(String typed) {
    SearchQuery query = SearchQuery.parse(typed);

    assertThat(query.dateOfBirth()).contains(TWELFTH_OF_MARCH_1948);
    assertThat(query.kinds()).isEqualTo("dob");
  }

  @Test
  void readsDatesDayFirstAsTheyAreWrittenInTheUk() {
    assertThat(SearchQuery.parse("3/12/1948").dateOfBirth()).contains(LocalDate.of(1948, 12, 3));
  }

  @ParameterizedTest
  @ValueSource(strings = {"31/2/1948", "12/13/1948", "1948-02-30", "0/1/1950"})
  void refusesADateThatDoesNotExist(String typed) {
    assertThatThrownBy(() -> SearchQuery.parse(typed))
        .isInstanceOfSatisfying(
            SearchQueryException.class,
            e -> assertThat(e.messageKey()).isEqualTo("search.error.notADate"));
  }

  @Test
  void asksForTheYearInFull() {
    assertThatThrownBy(() -> SearchQuery.parse("12/3/48"))
        .isInstanceOfSatisfying(
            SearchQueryException.class,
            e -> assertThat(e.messageKey()).isEqualTo("search.error.shortYear"));
  }

  @Test
  void refusesTwoDates() {
    assertThatThrownBy(() -> SearchQuery.parse("12/3/1948 1948-03-13"))
        .isInstanceOfSatisfying(
            SearchQueryException.class,
            e -> assertThat(e.messageKey()).isEqualTo("search.error.twoDates"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"LS6 3AB", "ls63ab", "Ls6  3ab"})
  void findsAFullPostcodeWithOrWithoutItsSpace(String typed) {
    SearchQuery query = SearchQuery.parse(typed);

    assertThat(query.postcode()).contains(new Postcode("LS6 3AB"));
    assertThat(query.outwardCode()).isEmpty();
    assertThat(query.hasName()).isFalse();
    assertThat(query.kinds()).isEqualTo("postcode");
  }

  @ParameterizedTest
  @ValueSource(strings = {"LS6", "ls6", "LS12", "M1", "EC1A"})
  void findsAnOutwardCodeOnItsOwn(String typed) {
    SearchQuery query = SearchQuery.parse(typed);

    assertThat(query.outwardCode()).contains(typed.toUpperCase());
    assertThat(query.postcode()).isEmpty();
    assertThat(query.kinds()).isEqualTo("outward");
  }

  @Test
  void combinesANameAndADateOfBirth() {
    SearchQuery query = SearchQuery.parse("john smith 12/3/1948");

    assertThat(query.firstName()).contains("john");
    assertThat(query.lastName()).contains("smith");
    assertThat(query.dateOfBirth()).contains(TWELFTH_OF_MARCH_1948);
    assertThat(query.kinds()).isEqualTo("name+dob");
  }

  @Test
  void combinesANameAndAPostcode() {
    SearchQuery query = SearchQuery.parse("smith LS6 3AB");

    assertThat(query.firstName()).isEmpty();
    assertThat(query.lastName()).contains("smith");
    assertThat(query.postcode()).contains(new Postcode("LS6 3AB"));
    assertThat(query.kinds()).isEqualTo("name+postcode");
  }

  @Test
  void combinesEverythingInAnyOrder() {
    SearchQuery query = SearchQuery.parse("LS6 1948-03-12 Smith, John 943 476 5919");

    assertThat(query.firstName()).contains("John");
    assertThat(query.lastName()).contains("Smith");
    assertThat(query.nhsNumber()).contains(new NhsNumber("9434765919"));
    assertThat(query.dateOfBirth()).contains(TWELFTH_OF_MARCH_1948);
    assertThat(query.outwardCode()).contains("LS6");
    assertThat(query.kinds()).isEqualTo("name+nhs+dob+outward");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "\t", "-- , ''"})
  void refusesAnEmptySearch(String typed) {
    assertThatThrownBy(() -> SearchQuery.parse(typed))
        .isInstanceOfSatisfying(
            SearchQueryException.class,
            e -> assertThat(e.messageKey()).isEqualTo("search.error.empty"));
  }

  @Test
  void refusesNothingAtAll() {
    assertThatThrownBy(() -> SearchQuery.parse(null)).isInstanceOf(SearchQueryException.class);
  }

  @Test
  void refusesASearchLongerThan200Characters() {
    assertThat(SearchQuery.parse("a".repeat(200)).lastName()).isPresent();
    assertThatThrownBy(() -> SearchQuery.parse("a".repeat(201)))
        .isInstanceOfSatisfying(
            SearchQueryException.class,
            e -> {
              assertThat(e.messageKey()).isEqualTo("search.error.tooLong");
              assertThat(e.arguments()).containsExactly(200);
            });
  }

  @ParameterizedTest
  @ValueSource(strings = {"12345", "smith 123", "<script>alert(1)</script>"})
  void refusesNumbersThatAreNoKindOfSearch(String typed) {
    assertThatThrownBy(() -> SearchQuery.parse(typed))
        .isInstanceOfSatisfying(
            SearchQueryException.class,
            e -> assertThat(e.messageKey()).isEqualTo("search.error.notUnderstood"));
  }

  @Test
  void quotesTheWholeRunOfNumbersItCouldNotUnderstand() {
    assertThatThrownBy(() -> SearchQuery.parse("smith 999 123"))
        .isInstanceOfSatisfying(
            SearchQueryException.class, e -> assertThat(e.arguments()).containsExactly("999 123"));
  }

  @Test
  void dropsMarkupCharactersFromNames() {
    SearchQuery query = SearchQuery.parse("<b>smith</b>");

    assertThat(query.lastName()).contains("bsmithb");
  }

  @Test
  void refusesTwoPostcodes() {
    assertThatThrownBy(() -> SearchQuery.parse("LS6 3AB LS7 2DE"))
        .isInstanceOfSatisfying(
            SearchQueryException.class,
            e -> assertThat(e.messageKey()).isEqualTo("search.error.twoPostcodes"));
  }
}
