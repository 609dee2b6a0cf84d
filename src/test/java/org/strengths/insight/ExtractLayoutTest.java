package org.strengths.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.strengths.person.CldPerson;

class ExtractLayoutTest {

  static final ExtractLayout.Submission SUBMISSION =
      new ExtractLayout.Submission(
          "E08000035", "Leeds", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30));
  static final UUID PERSON = UUID.fromString("00000000-0000-0000-0000-000000000001");
  static final UUID CARED_FOR = UUID.fromString("00000000-0000-0000-0000-000000000002");

  static String column(List<String> row, String name) {
    return row.get(ExtractLayout.HEADER.indexOf(name));
  }

  @Test
  void theHeaderHasNhsEnglandsNamesFirstThenTheFieldsItsProcessingDoesNotRead() {
    assertThat(ExtractLayout.HEADER.subList(0, 8))
        .containsExactly(
            "LA_Code",
            "LA_Name",
            "Reporting_Period_Start_Date",
            "Reporting_Period_End_Date",
            "NHS_Number",
            "LA_Person_Unique_Identifier",
            "Birth_Year",
            "Birth_Month");
    assertThat(ExtractLayout.HEADER)
        .doesNotHaveDuplicates()
        .noneMatch(name -> name.startsWith("Der_"))
        .endsWith(
            "Event_Reference",
            "Event_Description",
            "Assessment_Type",
            "Review_Reason",
            "Review_Outcomes_Achieved",
            "Unit_Cost",
            "Cost_Frequency",
            "Planned_Units_Per_Week",
            "Linked_Person_LA_Unique_Identifier");
  }

  @Test
  void aCarersAssessmentIsSentAsACarersEventLinkedToThePersonCaredFor() {
    CldEvent event =
        CldEvent.carersAssessment(
            "CARER-1",
            PERSON,
            CARED_FOR,
            "Long Term Assessment",
            "Carer's assessment",
            LocalDate.of(2026, 5, 1),
            LocalDate.of(2026, 5, 20),
            "Progress to Support Planning / Services",
            "/p");
    CldPerson carer =
        new CldPerson(
            PERSON,
            "9434765919",
            LocalDate.of(1960, 2, 29),
            "Female",
            null,
            "Service User",
            "Learning Disability Support",
            null,
            null,
            null);

    List<String> row = ExtractLayout.row(SUBMISSION, event, carer);

    assertThat(column(row, "Client_Type")).isEqualTo("Carer");
    assertThat(column(row, "Primary_Support_Reason")).isEqualTo("Social Support: Support to Carer");
    assertThat(column(row, "Linked_Person_LA_Unique_Identifier")).isEqualTo(CARED_FOR.toString());
    assertThat(column(row, "Birth_Year")).isEqualTo("1960");
    assertThat(column(row, "Birth_Month")).isEqualTo("2");
    assertThat(column(row, "Ethnicity")).isEqualTo("No data - Undeclared or Not known");
  }

  @Test
  void thePersonsCensusEthnicityIsSentAsTheCldListSpellsIt() {
    assertThat(ExtractLayout.ethnicity("White - Other White"))
        .isEqualTo("White - Any other White background");
    assertThat(ExtractLayout.ethnicity("Asian, Asian British or Asian Welsh - Indian"))
        .isEqualTo("Asian or Asian British - Indian");
    assertThat(ExtractLayout.ethnicity("Not stated"))
        .isEqualTo("No data - Undeclared or Not known");
  }

  @Test
  void genderIsSentInTheValuesNhsEnglandCompares() {
    assertThat(ExtractLayout.gender("female")).isEqualTo("Female");
    assertThat(ExtractLayout.gender("Non-binary")).isEqualTo("Other");
    assertThat(ExtractLayout.gender(null)).isEqualTo("Unknown");
  }

  @Test
  void nfaOtherIsSpelledAsNhsEnglandsProcessingMatchesIt() {
    assertThat(ExtractLayout.outcome("NFA - Other")).isEqualTo("NFA- Other");
    assertThat(ExtractLayout.outcome("NFA - Deceased")).isEqualTo("NFA - Deceased");
  }

  @Test
  void anOpenServiceHasNoEndDateAndItsCostsAsPlainNumbers() {
    CldEvent event =
        CldEvent.service(
            "line",
            PERSON,
            null,
            "Home care",
            LocalDate.of(2025, 1, 1),
            null,
            "Provision of service",
            "Long Term Support: Community",
            "Home care",
            "CASSR Commissioned Support",
            new BigDecimal("21.50"),
            "Hourly",
            new BigDecimal("10.00"),
            "/p");

    List<String> row = ExtractLayout.row(SUBMISSION, event, null);

    assertThat(column(row, "Event_End_Date")).isNull();
    assertThat(column(row, "Unit_Cost")).isEqualTo("21.5");
    assertThat(column(row, "Planned_Units_Per_Week")).isEqualTo("10");
    assertThat(column(row, "Client_Type")).isEqualTo("Service User");
  }

  @Test
  void aCarersRequestWithNoRouteComesByTheCommunityRoute() {
    CldEvent request =
        new CldEvent(
            "r",
            PERSON,
            "Carer",
            null,
            "Request",
            "Initial conversation",
            LocalDate.of(2026, 5, 1),
            LocalDate.of(2026, 5, 1),
            "Progress to Assessment",
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            false,
            "/p");
    assertThat(column(ExtractLayout.row(SUBMISSION, request, null), "Request_Route_of_Access"))
        .isEqualTo("Community / Other route");
  }

  static CldEvent communitySupport(UUID person, String reference) {
    return CldEvent.service(
        reference,
        person,
        null,
        "Home care",
        LocalDate.of(2025, 1, 1),
        null,
        "Provision of service",
        "Long Term Support: Community",
        "Home care",
        "CASSR Commissioned Support",
        null,
        null,
        null,
        "/p");
  }

  static CldPerson olderPerson(UUID id, String nhs, LocalDate died) {
    return new CldPerson(
        id,
        nhs,
        LocalDate.of(1940, 3, 1),
        "Female",
        null,
        "Service User",
        "Physical Support: Personal care support",
        null,
        null,
        null,
        died);
  }

  @Test
  void theDateOfDeathIsSentAndLeavesOutOfTheMeasuresOnlyThoseWhoDiedBeforeThePeriod() {
    // Known answer (cld-r1 reference §1, column 11: kept when Date_of_Death >= period start):
    // three women of 86, each with commissioned community support since January 2025 and still
    // open. Ada died the day before the period (31 March 2026): left out. Bea died on its first
    // day (1 April 2026): counted. Cy is alive: counted. LTS001a 1b, personal care x Community:
    // CASSR Commissioned Support = 2.
    UUID ada = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    UUID bea = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    UUID cy = UUID.fromString("00000000-0000-0000-0000-00000000000c");
    List<String> adaRow =
        ExtractLayout.row(
            SUBMISSION,
            communitySupport(ada, "ada"),
            olderPerson(ada, "9434765919", LocalDate.of(2026, 3, 31)));
    List<String> beaRow =
        ExtractLayout.row(
            SUBMISSION,
            communitySupport(bea, "bea"),
            olderPerson(bea, "9434765870", LocalDate.of(2026, 4, 1)));
    List<String> cyRow =
        ExtractLayout.row(SUBMISSION, communitySupport(cy, "cy"), olderPerson(cy, null, null));

    assertThat(column(adaRow, "Date_of_Death")).isEqualTo("2026-03-31");
    assertThat(column(beaRow, "Date_of_Death")).isEqualTo("2026-04-01");
    assertThat(column(cyRow, "Date_of_Death")).isNull();

    List<List<MeasureEvent>> people =
        java.util.stream.Stream.of(adaRow, beaRow, cyRow)
            .map(row -> List.of(readAsNhsEnglandDoes(row)))
            .toList();
    NationalMeasures.Measures measures =
        NationalMeasures.compute(
            people, SUBMISSION.from(), SUBMISSION.to(), LocalDate.of(2026, 7, 14));
    assertThat(
            measures
                .table("LTS001a-1b")
                .value(
                    "Physical Support: Personal care support",
                    "Community: CASSR Commissioned Support"))
        .isEqualByComparingTo("2");
  }

  @Test
  void aServiceThatEndedOnTheDayThePersonDiedIsSentAsEndedByTheirDeath() {
    LocalDate died = LocalDate.of(2026, 5, 20);
    UUID id = UUID.fromString("00000000-0000-0000-0000-00000000000d");
    CldEvent endedThatDay =
        CldEvent.service(
            "d1",
            id,
            null,
            "Home care",
            LocalDate.of(2025, 1, 1),
            died,
            "Service ended as planned",
            "Long Term Support: Community",
            "Home care",
            "CASSR Commissioned Support",
            null,
            null,
            null,
            "/p");
    CldEvent endedBefore =
        CldEvent.service(
            "d2",
            id,
            null,
            "Home care",
            LocalDate.of(2025, 1, 1),
            died.minusDays(1),
            "Service ended as planned",
            "Long Term Support: Community",
            "Home care",
            "CASSR Commissioned Support",
            null,
            null,
            null,
            "/p");
    CldPerson person = olderPerson(id, null, died);

    assertThat(column(ExtractLayout.row(SUBMISSION, endedThatDay, person), "Event_Outcome"))
        .isEqualTo("NFA - Deceased");
    assertThat(column(ExtractLayout.row(SUBMISSION, endedBefore, person), "Event_Outcome"))
        .isEqualTo("Service ended as planned");
  }

  /**
   * What NHS England's processing reads from a row of the file (cld-r1 §1): the columns by name, an
   * empty value as no value, the person as their NHS number or else the council's identifier (P1).
   */
  static MeasureEvent readAsNhsEnglandDoes(List<String> row) {
    java.util.function.Function<String, String> column =
        name -> {
          String value = column(row, name);
          return value == null || value.isEmpty() ? null : value;
        };
    java.util.function.Function<String, LocalDate> date =
        name -> column.apply(name) == null ? null : LocalDate.parse(column.apply(name));
    java.util.function.Function<String, Integer> number =
        name -> column.apply(name) == null ? null : Integer.valueOf(column.apply(name).strip());
    String nhs = column(row, "NHS_Number");
    return new MeasureEvent(
        nhs == null || nhs.isBlank() ? column(row, "LA_Person_Unique_Identifier") : nhs,
        number.apply("Birth_Year"),
        number.apply("Birth_Month"),
        date.apply("Date_of_Death"),
        column.apply("Gender"),
        column.apply("Ethnicity"),
        column.apply("Client_Type"),
        column.apply("Primary_Support_Reason"),
        column.apply("Has_Unpaid_Carer"),
        column.apply("Employment_Status"),
        column.apply("Accommodation_Status"),
        column.apply("Event_Type"),
        date.apply("Event_Start_Date"),
        date.apply("Event_End_Date"),
        column.apply("Event_Outcome"),
        column.apply("Request_Route_of_Access"),
        column.apply("Service_Type"),
        column.apply("Service_Component"),
        column.apply("Delivery_Mechanism"));
  }

  @Test
  void theMeasuresReadFromAnEventExactlyWhatNhsEnglandWouldReadFromItsRow() {
    LocalDate died = LocalDate.of(2026, 5, 20);
    CldPerson withNhsNumber =
        new CldPerson(
            PERSON,
            "9434765919",
            LocalDate.of(1960, 2, 29),
            "woman",
            "White - Irish",
            null,
            "Learning Disability Support",
            "Tenant",
            "Retired",
            "Yes",
            died);
    CldPerson blankNhsNumber =
        new CldPerson(
            CARED_FOR,
            " ",
            null,
            "Non-binary",
            "Asian, Asian British or Asian Welsh - Indian",
            "Carer",
            "",
            null,
            "",
            null,
            null);
    CldEvent carersRequest =
        new CldEvent(
            "r",
            CARED_FOR,
            "Carer",
            null,
            "Request",
            "Initial conversation",
            LocalDate.of(2026, 5, 1),
            LocalDate.of(2026, 5, 1),
            "NFA - Other",
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            false,
            "/p");
    CldEvent endedByDeath =
        CldEvent.service(
            "d1",
            PERSON,
            null,
            "Home care",
            LocalDate.of(2025, 1, 1),
            died,
            "Service ended as planned",
            "Long Term Support: Community",
            "",
            "Direct Payment",
            new BigDecimal("21.50"),
            "Hourly",
            null,
            "/p");
    CldEvent carersAssessment =
        CldEvent.carersAssessment(
            "CARER-1",
            CARED_FOR,
            PERSON,
            "Long Term Assessment",
            "Carer's assessment",
            LocalDate.of(2026, 5, 1),
            null,
            null,
            "/p");

    for (CldEvent event : List.of(carersRequest, endedByDeath, carersAssessment)) {
      for (CldPerson person : java.util.Arrays.asList(withNhsNumber, blankNhsNumber, null)) {
        assertThat(ExtractLayout.measureEvent(event, person, value -> value))
            .isEqualTo(readAsNhsEnglandDoes(ExtractLayout.row(SUBMISSION, event, person)));
      }
    }
  }
}
