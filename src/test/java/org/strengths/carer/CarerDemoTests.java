package org.strengths.carer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class CarerDemoTests {

  @Autowired CarerDemo demo;
  @Autowired CarerStore store;
  @Autowired JdbcClient jdbc;

  @Test
  void seedsFiveLinkedCarersAssessmentsOnceWithConsent() {
    boolean addedAgain = demo.add(java.util.Collections.nCopies(8, java.util.UUID.randomUUID()));

    assertThat(addedAgain).isFalse();

    assertThat(count("SELECT count(*) FROM carer_link WHERE created_by = 'demo' AND consent_given"))
        .isEqualTo(5);
    assertThat(count("SELECT count(*) FROM carer_assessment WHERE created_by = 'demo'"))
        .isEqualTo(5);
    assertThat(
            count(
                "SELECT count(*) FROM carer_assessment WHERE created_by = 'demo'"
                    + " AND decision_eligible IS NOT NULL"))
        .isEqualTo(3);
  }

  @Test
  void theDemoOverrideCarriesItsReasonAndTheSuggestionItDifferedFrom() {
    var overridden =
        store
            .assessment(java.util.UUID.nameUUIDFromBytes("carer-demo-assessment-1".getBytes()))
            .orElseThrow()
            .eligibility()
            .decision();

    assertThat(overridden.eligible()).isFalse();
    assertThat(overridden.suggested()).isEqualTo(CarerEligibilityRule.Suggestion.ELIGIBLE);
    assertThat(overridden.reason()).contains("flexible hours");
    assertThat(overridden.followedSuggestion()).isFalse();
  }

  private long count(String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }
}
