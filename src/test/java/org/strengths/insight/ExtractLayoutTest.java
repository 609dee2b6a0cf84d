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
}
