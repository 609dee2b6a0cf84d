package org.strengths.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NationalMeasuresBrowserTest extends JourneyTest {

  @Test
  void theAnalystChoosesAPeriodAndReadsTheNationalTablesOnANarrowScreen() {
    browser.signIn("analyst", PASSWORD).visit("/insight/measures");
    assertThat(browser.heading()).isEqualTo("National measures from the CLD return");
    browser.fitsOnANarrowScreen();

    browser
        .type("fromDay", "1")
        .type("fromMonth", "4")
        .type("fromYear", "2026")
        .type("toDay", "30")
        .type("toMonth", "6")
        .type("toYear", "2026")
        .press("Show the measures");

    assertThat(browser.textOf("measures-heading"))
        .isEqualTo("Measures for 1 April 2026 to 30 June 2026");
    assertThat(browser.textOf("table-STS001")).contains("Sequel to the request", "65 and over");
    assertThat(browser.textOf("table-LTS001a-1b")).contains("Community: Direct Payment");
    assertThat(browser.textOf("table-ASCOF-2E")).contains("Outcome (%)");
    assertThat(browser.textOf("table-LTS003")).contains("Support provided", "85 and over");
    assertThat(browser.textOf("table-ASCOF-3D-carers")).contains("Part 1b outcome (%)");
    assertThat(browser.textOf("note-ASCOF-2B2C")).contains("The population is not configured");
    browser.fitsOnANarrowScreen();
  }
}
