package org.strengths.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

class AnalystHomeBrowserTest extends JourneyTest {

  @Test
  void theAnalystGoesFromTheirHomeToCommunityAssetUseAndTheGapsOverTimeOnANarrowScreen() {
    browser.signIn("analyst", PASSWORD);
    assertThat(browser.path()).isEqualTo("/insight");
    assertThat(browser.heading()).isEqualTo("Figures about the service");
    // The demo council's year of introductions and gaps gives the headlines something to say.
    assertThat(browser.textOf("headline-made")).doesNotEndWith(" 0");
    assertThat(browser.textOf("headline-gaps-open")).doesNotEndWith(" 0");
    browser.fitsOnANarrowScreen();

    browser.follow("link-use");
    assertThat(browser.heading()).isEqualTo("Community-asset use");
    assertThat(browser.driver().findElement(By.id("made-chart")).getTagName()).isEqualTo("svg");
    assertThat(browser.driver().findElement(By.id("download")).getAttribute("href"))
        .contains("/insight/community-use.csv");
    assertThat(browser.textOf("kinds-table")).contains("Service");
    assertThat(browser.textOf("months")).contains("[c]"); // the demo's quiet month is hidden
    browser.fitsOnANarrowScreen();
    browser.choose("kind", "SERVICE").press("Show the figures");
    assertThat(browser.textOf("kinds-table")).contains("Service").doesNotContain("Place");
    browser.fitsOnANarrowScreen();

    browser.visit("/insight");
    browser.follow("link-gaps");
    assertThat(browser.heading()).isEqualTo("Gaps in community support over time");
    assertThat(browser.driver().findElement(By.id("recorded-chart")).getTagName()).isEqualTo("svg");
    assertThat(browser.driver().findElement(By.id("download")).getAttribute("href"))
        .contains("/insight/gaps.csv");
    assertThat(browser.textOf("areas-table")).contains("LS7");
    browser.fitsOnANarrowScreen();

    browser.visit("/community/gaps");
    assertThat(browser.heading()).isEqualTo("Gaps in community support");
    browser.fitsOnANarrowScreen();
  }
}
