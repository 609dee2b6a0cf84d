package org.strengths.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.strengths.person.CldPerson;

class ExtractChecksTest {

  static final LocalDate FROM = LocalDate.of(2026, 4, 1);
  static final LocalDate TO = LocalDate.of(2026, 6, 30);
  static final ExtractLayout.Submission SUBMISSION =
      new ExtractLayout.Submission("E08000035", "Leeds", FROM, TO);
  static final UUID ID = UUID.randomUUID();
  static final CldPerson PERSON =
      new CldPerson(
          ID,
          "9434765919",
          LocalDate.of(1950, 1, 1),
          "Male",
          "White - Irish",
          "Service User",
          "Mental Health Support",
          "Tenant",
          "Unknown",
          "No");

  static ExtractChecks checks() {
    return new ExtractChecks(
        SUBMISSION,
        Map.of(
            "Event_Type", Set.of("Request", "Assessment", "Service", "Review"),
            "Request_Route_of_Access", Set.of("Community / Other route"),
            "Event_Outcome", Set.of("Progress to Assessment", "Provision of service")));
  }

  static CldEvent request(String reference, LocalDate on, String outcome) {
    return CldEvent.practice(
        reference,
        ID,
        "Request",
        null,
        "Initial conversation",
        on,
        on,
        outcome,
        "Community / Other route",
        "/data-quality/cld-events/" + reference);
  }

  static CldEvent service(String reference, LocalDate start) {
    return CldEvent.service(
        reference,
        ID,
        null,
        "Home care",
        start,
        null,
        "Provision of service",
        "Long Term Support: Community",
        "Home care",
        "Direct Payment",
        null,
        null,
        null,
        "/people/" + ID + "/plan/support/" + reference);
  }

  static CldEvent assessment(LocalDate completed) {
    return CldEvent.practice(
        "ELIG-" + completed,
        ID,
        "Assessment",
        "Long Term Assessment",
        "d",
        completed.minusDays(10),
        completed,
        "Progress to Assessment",
        null,
        "/x");
  }

  static List<String> keys(ExtractChecks checks) {
    return checks.problems().stream().map(ExtractChecks.Problem::key).toList();
  }

  @Test
  void aCompleteEventWithListedValuesHasNoProblems() {
    ExtractChecks checks = checks();
    checks.row(request("a", FROM, "Progress to Assessment"), PERSON);
    assertThat(checks.problems()).isEmpty();
  }

  @Test
  void anNhsNumberWhoseCheckDigitIsWrongIsFlagged() {
    ExtractChecks checks = checks();
    CldPerson wrong =
        new CldPerson(
            ID, "9434765918", PERSON.dateOfBirth(), "Male", null, null, null, null, null, null);
    checks.row(request("a", FROM, "Progress to Assessment"), wrong);
    assertThat(keys(checks)).containsExactly("insight.problem.nhsNumberCheckDigit");
  }

  @Test
  void aRequestWithNoRouteOrOutcomeIsFlaggedWithTheLinkToPutItRight() {
    ExtractChecks checks = checks();
    CldEvent event =
        CldEvent.practice(
            "CONV-9",
            ID,
            "Request",
            null,
            "Initial conversation",
            FROM,
            FROM,
            null,
            null,
            "/data-quality/cld-events/9");
    checks.row(event, PERSON);
    assertThat(checks.problems())
        .extracting(ExtractChecks.Problem::key, ExtractChecks.Problem::recordPath)
        .contains(
            org.assertj.core.groups.Tuple.tuple(
                "insight.problem.missing", "/data-quality/cld-events/9"),
            org.assertj.core.groups.Tuple.tuple(
                "insight.problem.noOutcome", "/data-quality/cld-events/9"));
  }

  @Test
  void aValueOutsideTheDefinedListIsFlagged() {
    ExtractChecks checks = checks();
    checks.row(request("a", FROM, "No change in Long Term Support"), PERSON);
    assertThat(checks.problems())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.key()).isEqualTo("insight.problem.notInList");
              assertThat(problem.detail())
                  .isEqualTo("Event_Outcome: No change in Long Term Support");
            });
  }

  @Test
  void twoEventsWithNhsEnglandsSameKeyAreFlaggedAsADuplicate() {
    ExtractChecks checks = checks();
    checks.row(request("a", FROM, "Progress to Assessment"), PERSON);
    checks.row(request("b", FROM, "Progress to Assessment"), PERSON);
    assertThat(keys(checks)).containsExactly("insight.problem.duplicate");
  }

  @Test
  void theSameReferenceTwiceIsFlagged() {
    ExtractChecks checks = checks();
    checks.row(request("a", FROM, "Progress to Assessment"), PERSON);
    checks.row(request("a", FROM.plusDays(1), "Progress to Assessment"), PERSON);
    assertThat(keys(checks)).containsExactly("insight.problem.duplicateReference");
  }

  @Test
  void aServiceStartingWithAnAssessmentUpToAYearBeforeIsFine() {
    ExtractChecks checks = checks();
    LocalDate start = FROM.plusDays(5);
    checks.candidate(assessment(start.minusYears(1)));
    checks.row(service("s", start), PERSON);
    assertThat(checks.problems()).isEmpty();
  }

  @Test
  void aServiceStartingMoreThanAYearAfterTheLastAssessmentIsFlagged() {
    ExtractChecks checks = checks();
    LocalDate start = FROM.plusDays(5);
    checks.candidate(assessment(start.minusYears(1).minusDays(1)));
    checks.row(service("s", start), PERSON);
    assertThat(keys(checks)).containsExactly("insight.problem.serviceWithoutAssessment");
  }

  @Test
  void aServiceThatStartedBeforeThePeriodIsNotAskedForAnAssessment() {
    ExtractChecks checks = checks();
    checks.row(service("s", FROM.minusYears(3)), PERSON);
    assertThat(checks.problems()).isEmpty();
  }

  @Test
  void anAgeOver115OrADateOfBirthAfterTheEventIsFlagged() {
    ExtractChecks old = checks();
    old.row(
        request("a", FROM, "Progress to Assessment"),
        new CldPerson(
            ID, "9434765919", FROM.minusYears(116), "Male", null, null, null, null, null, null));
    assertThat(keys(old)).containsExactly("insight.problem.age");

    ExtractChecks unborn = checks();
    unborn.row(
        request("a", FROM, "Progress to Assessment"),
        new CldPerson(
            ID, "9434765919", FROM.plusDays(1), "Male", null, null, null, null, null, null));
    assertThat(keys(unborn)).contains("insight.problem.bornAfterEvent");
  }

  @Test
  void aCouncilWithNoCodeOrNameIsOneProblemNotOneOnEveryRow() {
    ExtractChecks checks =
        new ExtractChecks(new ExtractLayout.Submission("", null, FROM, TO), Map.of());
    checks.row(request("a", FROM, "Progress to Assessment"), PERSON);
    checks.row(request("b", FROM.plusDays(1), "Progress to Assessment"), PERSON);
    assertThat(checks.problems())
        .extracting(ExtractChecks.Problem::detail)
        .containsExactly("LA_Code", "LA_Name");
  }

  @Test
  void anEventEndingBeforeItStartsIsFlagged() {
    ExtractChecks checks = checks();
    CldEvent event =
        CldEvent.practice(
            "x",
            ID,
            "Request",
            null,
            "d",
            FROM.plusDays(2),
            FROM.plusDays(1),
            "Progress to Assessment",
            "Community / Other route",
            "/x");
    checks.row(event, PERSON);
    assertThat(keys(checks)).containsExactly("insight.problem.endBeforeStart");
  }

  static CldPerson diedOn(LocalDate died) {
    return new CldPerson(
        ID,
        PERSON.nhsNumber(),
        PERSON.dateOfBirth(),
        "Male",
        "White - Irish",
        "Service User",
        "Mental Health Support",
        "Tenant",
        "Unknown",
        "No",
        died);
  }

  @Test
  void anEventStartingAfterThePersonDiedIsFlaggedButOneOnTheDayIsNot() {
    LocalDate died = FROM.plusDays(10);
    ExtractChecks checks = checks();
    checks.row(request("on-the-day", died, "Progress to Assessment"), diedOn(died));
    checks.row(request("day-after", died.plusDays(1), "Progress to Assessment"), diedOn(died));

    assertThat(checks.problems())
        .extracting(ExtractChecks.Problem::reference, ExtractChecks.Problem::key)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("day-after", "insight.problem.startsAfterDeath"));
  }

  @Test
  void aServiceStillOpenAfterThePersonDiedIsFlaggedUntilItEndsOnTheDateOfDeath() {
    LocalDate died = FROM.plusDays(10);
    ExtractChecks open = checks();
    open.candidate(assessment(FROM.minusDays(30)));
    open.row(service("open", FROM.minusDays(20)), diedOn(died));
    assertThat(keys(open)).containsExactly("insight.problem.serviceAfterDeath");

    CldEvent ended =
        CldEvent.service(
            "ended",
            ID,
            null,
            "Home care",
            FROM.minusDays(20),
            died,
            "NFA - Deceased",
            "Long Term Support: Community",
            "Home care",
            "Direct Payment",
            null,
            null,
            null,
            "/x");
    ExtractChecks endedOnTheDay = checks();
    endedOnTheDay.row(ended, diedOn(died));
    assertThat(keys(endedOnTheDay)).doesNotContain("insight.problem.serviceAfterDeath");
  }
}
