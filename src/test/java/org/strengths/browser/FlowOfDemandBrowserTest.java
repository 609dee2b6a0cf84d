package org.strengths.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.strengths.insight.FlowFixture;

class FlowOfDemandBrowserTest extends JourneyTest {

  @Autowired JdbcClient jdbc;

  @Test
  void theAnalystFiltersTheFlowByTeamThenSetsTheDateOfTheChangeAndCostsIt() {
    // Six people in a team of their own, first contact 1 May 2026 and first conversation nine days
    // later: in the default period (the 13 weeks to yesterday; today is 15 July 2026 in London by
    // the test clock).
    FlowFixture fixture = new FlowFixture(jdbc);
    UUID team = fixture.team("Flow journey");
    for (int i = 0; i < 6; i++) {
      UUID person = fixture.person(team, LocalDate.of(2026, 5, 1), "LS12 3AB", "Female");
      fixture.conversation(person, 1, LocalDate.of(2026, 5, 10), "listen-and-connect");
    }

    browser.signIn("analyst", PASSWORD).visit("/insight/flow");
    assertThat(browser.heading()).isEqualTo("Flow of demand");
    browser.press("Work the figures out again now");
    assertThat(browser.textOf("refreshed")).startsWith("Figures worked out at");

    browser.choose("team", team.toString()).press("Show the figures");
    assertThat(browser.textOf("figures-heading")).isEqualTo("15 April 2026 to 14 July 2026");
    assertThat(browser.textOf("m-newPerWeek")).endsWith("0.5 0"); // 6 / 13 weeks; none before
    assertThat(browser.textOf("m-daysToFirstMedian")).contains("9");
    assertThat(browser.textOf("m-waiting")).endsWith("0");
    assertThat(browser.text()).doesNotContain("Fixture"); // no one's name on the page
    assertThat(
            browser.driver().findElement(org.openqa.selenium.By.id("requests-chart")).getTagName())
        .isEqualTo("svg");
    browser.fitsOnANarrowScreen();

    // A period the wrong way round keeps what was typed and says what is wrong.
    browser.type("fromDay", "1").type("fromMonth", "6").type("fromYear", "2026");
    browser
        .type("toDay", "1")
        .type("toMonth", "5")
        .type("toYear", "2026")
        .press("Show the figures");
    assertThat(browser.text()).contains("There is a problem");
    assertThat(browser.valueOf("fromMonth")).isEqualTo("6");

    browser.visit("/insight/cohorts");
    assertThat(browser.heading()).isEqualTo("Did it work?");
    assertThat(browser.textOf("observational")).contains("observational, not proof");
    browser.type("onDay", "31").type("onMonth", "2").type("onYear", "2026").press("Save the date");
    assertThat(browser.text()).contains("There is a problem");
    browser.type("onDay", "1").type("onMonth", "5").press("Save the date");
    assertThat(browser.textOf("go-live-said")).contains("The way of working changed on 1 May 2026");
    browser.choose("team", team.toString()).press("Show the figures");
    assertThat(browser.textOf("cohort-2026-05")).contains("May 2026 6");
    browser.type("weeklyCost", "a lot").press("Work out the cost avoided");
    assertThat(browser.text()).contains("Enter the weekly cost as an amount of money");
    assertThat(browser.valueOf("weeklyCost")).isEqualTo("a lot");
    browser.fitsOnANarrowScreen();
  }
}
