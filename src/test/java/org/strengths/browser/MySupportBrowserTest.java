package org.strengths.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.strengths.assessment.NeedsAssessments;

/**
 * The demo council's Nusrat Raza signs in with a code from the outbox and, by keyboard only, reads
 * her needs assessment and the eligibility decision; Sam withholds a part of her plan, she no
 * longer sees it, and Priya finds it on her team's list of withheld items. Every page is scanned
 * with axe and checked at 320 px.
 */
class MySupportBrowserTest extends JourneyTest {

  static final String NUSRAT = "nusrat.raza@example.com";

  @Autowired JdbcClient jdbc;
  @Autowired NeedsAssessments assessments;

  @Test
  void nusratReadsHerAssessmentAndAWithheldPartOfHerPlanDisappearsAndIsListedForTheManager() {
    UUID nusrat =
        jdbc.sql("SELECT person_id FROM portal_invitation WHERE contact = :c AND status = 'ACTIVE'")
            .param("c", NUSRAT)
            .query(UUID.class)
            .single();
    UUID assessment = assessments.writtenRecords(nusrat).get(0).id();

    try (Browser person = Browser.open(port)) {
      signInByKeyboard(person);
      assertThat(person.heading()).isEqualTo("Hello Nusrat");
      assertThat(person.text())
          .contains("What I need help with", "Advice and information for me")
          .contains("Groups you are in touch with", "they said yes and will get in touch with you");
      person.fitsOnANarrowScreen();

      person.tabTo("my-assessment-" + assessment);
      person.pressEnter();
      assertThat(person.path()).isEqualTo("/my/assessments/" + assessment);
      assertThat(person.heading()).isEqualTo("Your needs assessment");
      assertThat(person.text())
          .contains("Who helped with your assessment", "What you want to be able to do")
          .contains("What we decided", "You have needs that the council must help to meet.")
          .contains("Things that are hard for you to do on your own", "eating and drinking well")
          // Withheld by the demo for third-party information: her daughter and neighbour.
          .doesNotContain("a neighbour calls in most days");
      person.fitsOnANarrowScreen();
      person.tabTo("back-link");
      person.pressEnter();
      assertThat(person.path()).isEqualTo("/my/");

      browser.signIn("practitioner", PASSWORD);
      browser.visit("/people/" + nusrat + "/online-access");
      browser.follow("withheld-link");
      assertThat(browser.heading()).isEqualTo("Withheld from the person");
      assertThat(browser.textOf("withheld-table")).contains("Help from family, friends");
      browser.fitsOnANarrowScreen();
      browser.press("Withhold from the person");
      assertThat(browser.text())
          .contains("There is a problem", "Select the item to withhold", "Select why");
      browser.pick("item", "plan/advice");
      browser.pick("reason", "SERIOUS_HARM");
      browser.type("note", "Talked it through with her GP.");
      browser.press("Withhold from the person");
      assertThat(browser.textOf("saved-message"))
          .isEqualTo("The item is withheld. The person can no longer see it.");
      assertThat(browser.textOf("withheld-table")).contains("Advice and information for me");
      browser.fitsOnANarrowScreen();

      try {
        person.visit("/my/");
        assertThat(person.text())
            .contains("What I need help with")
            .doesNotContain("Advice and information for me")
            .doesNotContain("community transport leaflets");

        try (Browser manager = Browser.open(port)) {
          manager.signIn("manager", PASSWORD);
          manager.visit("/withheld-items");
          assertThat(manager.heading()).isEqualTo("Withheld from people");
          assertThat(manager.textOf("withheld-list"))
              .contains("Nusrat Raza", "Advice and information for me")
              .contains("Seeing it is likely to cause serious harm", "Sam Okafor")
              .contains("Help from family, friends", "It is information about someone else");
          manager.fitsOnANarrowScreen();
        }
      } finally {
        // Show it again, as the demo had it, for the journeys that follow.
        browser.visit("/people/" + nusrat + "/withheld");
        WebElement show =
            browser
                .driver()
                .findElement(
                    By.xpath(
                        "//tr[th[normalize-space()='Advice and information for me']]//button"));
        browser.click(By.id(show.getAttribute("id")));
        assertThat(browser.textOf("saved-message")).contains("shown again");
      }
      person.visit("/my/");
      assertThat(person.text()).contains("Advice and information for me");
    }
  }

  /** Signs Nusrat in using only the keyboard, with the code an administrator reads. */
  private void signInByKeyboard(Browser person) {
    // Other journeys sign Nusrat in too; the limit on codes is another test's to check.
    jdbc.sql("DELETE FROM portal_code_request WHERE contact = :c").param("c", NUSRAT).update();
    person.visit("/my/sign-in");
    person.tabTo("contact");
    new Actions(person.driver()).sendKeys(NUSRAT).perform();
    person.pressEnter();
    assertThat(person.heading()).isEqualTo("Enter your code");
    String code;
    code = signInCodeFromOutbox(NUSRAT);
    assertThat(code).matches("\\d{6}");
    person.tabTo("code");
    new Actions(person.driver()).sendKeys(code).perform();
    person.pressEnter();
    assertThat(person.path()).isEqualTo("/my/");
  }
}
