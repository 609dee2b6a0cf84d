package org.strengths.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.strengths.access.Teams;

class TeamDistrictsBrowserTest extends JourneyTest {

  @Autowired Teams teams;

  @Test
  void anAdministratorPutsRightABadDistrictAndSavesTheTeamsDistrictsOnANarrowScreen() {
    String name = "Districts " + uniqueName();
    UUID team = teams.add(name);
    browser.signIn("admin", PASSWORD);
    browser.click(By.linkText("Teams and postcode districts"));
    assertThat(browser.heading()).isEqualTo("Teams and postcode districts");
    assertThat(browser.textOf("teams-table")).contains(name, "LS6");
    browser.fitsOnANarrowScreen();

    browser.follow("change-" + team);
    assertThat(browser.heading()).isEqualTo("Postcode districts for " + name);
    browser.type("districts", "qq1q qq2z 9Z").press("Save districts");
    assertThat(browser.text()).contains("There is a problem", "“9Z” is not a postcode district");
    assertThat(browser.valueOf("districts")).isEqualTo("qq1q qq2z 9Z");
    browser.fitsOnANarrowScreen();

    browser.type("districts", "qq1q qq2z").press("Save districts");
    assertThat(browser.path()).isEqualTo("/admin/teams");
    assertThat(browser.textOf("saved-message"))
        .isEqualTo("The team's postcode districts have been saved.");
    assertThat(browser.textOf("teams-table")).contains("QQ1Q QQ2Z");
    browser.fitsOnANarrowScreen();
  }
}
