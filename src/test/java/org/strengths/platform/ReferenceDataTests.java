package org.strengths.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class ReferenceDataTests {

  private static final LocalDate RELEASE_1 = LocalDate.of(2023, 4, 1);

  @Autowired ReferenceData referenceData;

  @Test
  void holdsTheCldDefinedListsInTheirDefinedOrder() {
    assertThat(referenceData.current("Client_Type", RELEASE_1))
        .extracting(ReferenceData.ListValue::code)
        .containsExactly("Service User", "Carer", "Carer known by association");
    assertThat(referenceData.current("Has_Unpaid_Carer"))
        .extracting(ReferenceData.ListValue::code)
        .containsExactly("Yes", "No", "Unknown");
    assertThat(referenceData.current("Primary_Support_Reason")).hasSize(13);
    assertThat(referenceData.current("Accommodation_Status")).hasSize(20);
    assertThat(referenceData.current("Employment_Status")).hasSize(7);
  }

  @Test
  void holdsThe19CensusEthnicGroupsAndNotStated() {
    assertThat(referenceData.current("ETHNICITY"))
        .hasSize(20)
        .extracting(ReferenceData.ListValue::code)
        .contains(
            "White - English, Welsh, Scottish, Northern Irish or British",
            "White - Roma",
            "Other ethnic group - Any other ethnic group",
            "Not stated");
  }

  @Test
  void tellsTheVersionOfEachValue() {
    assertThat(referenceData.find("Client_Type", "Carer", RELEASE_1))
        .map(ReferenceData.ListValue::listVersion)
        .contains("CLD-R1");
  }

  @Test
  void hasNoValuesBeforeAListCameIntoForce() {
    assertThat(referenceData.current("Client_Type", RELEASE_1.minusDays(1))).isEmpty();
    assertThat(referenceData.contains("Client_Type", "Carer", RELEASE_1.minusDays(1))).isFalse();
  }

  @Test
  void checksWhetherACodeIsInAList() {
    assertThat(referenceData.contains("Employment_Status", "Paid: 16 or more hours a week"))
        .isTrue();
    assertThat(referenceData.contains("Employment_Status", "Astronaut")).isFalse();
    assertThat(referenceData.contains("Employment_Status", null)).isFalse();
  }
}
