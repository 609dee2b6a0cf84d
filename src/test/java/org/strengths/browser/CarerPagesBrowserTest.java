package org.strengths.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.strengths.carer.CarerSharing;

/**
 * The demo carer signs in with a code from the outbox, using the keyboard only, and reads their own
 * carer's assessment and, about the person they care for, only what that person agreed to share:
 * who helps with what and when the plan is next reviewed, never the rest of the plan or the
 * person's full name (docs/adr/0118). Every page is scanned with axe and checked at 320 px.
 */
class CarerPagesBrowserTest extends JourneyTest {

  static final String CARER = "carer.demo@example.com";

  @Autowired JdbcClient jdbc;
  @Autowired CarerSharing carers;

  @Test
  void theDemoCarerReadsTheirAssessmentAndOnlyWhatThePersonTheyCareForShares() {
    UUID carer =
        jdbc.sql("SELECT person_id FROM portal_invitation WHERE contact = :c AND status = 'ACTIVE'")
            .param("c", CARER)
            .query(UUID.class)
            .single();
    CarerSharing.CaredFor caredFor =
        carers.caredForBy(carer).stream()
            .filter(one -> !one.shared().isEmpty())
            .findFirst()
            .orElseThrow();
    String fullName = people.find(caredFor.caredForId()).orElseThrow().displayName();
    List<String> outcomes =
        jdbc.sql("SELECT words FROM planning_outcome WHERE person_id = :p")
            .param("p", caredFor.caredForId())
            .query(String.class)
            .list();
    // Other tests in this JVM may have asked for codes for the demo carer.
    jdbc.sql("DELETE FROM portal_code_request WHERE contact = :c").param("c", CARER).update();

    browser.visit("/my/sign-in");
    browser.fitsOnANarrowScreen();
    browser.tabTo("contact").keys(CARER);
    browser.pressEnter();
    assertThat(browser.heading()).isEqualTo("Enter your code");
    browser.fitsOnANarrowScreen();
    browser.tabTo("code").keys(signInCodeFromOutbox(CARER));
    browser.pressEnter();
    assertThat(browser.path()).isEqualTo("/my/");
    browser.fitsOnANarrowScreen();

    browser.tabTo("my-caring-link");
    browser.pressEnter();
    assertThat(browser.path()).isEqualTo("/my/caring");
    assertThat(browser.heading()).isEqualTo("Your support as a carer");
    assertThat(browser.textOf("caring-assessment-1")).contains("Talked about on");
    String about = browser.textOf("caring-for-1");
    assertThat(about)
        .contains("Who helps with what", "When the plan will next be reviewed")
        .doesNotContain(fullName);
    for (String outcome : outcomes) {
      assertThat(browser.text()).as("the plan's outcomes are not shared").doesNotContain(outcome);
    }
    browser.fitsOnANarrowScreen();

    browser.tabTo("back-link");
    browser.pressEnter();
    assertThat(browser.path()).isEqualTo("/my/");
  }
}
