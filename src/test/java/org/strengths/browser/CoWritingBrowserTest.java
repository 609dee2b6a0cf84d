package org.strengths.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.strengths.testing.RecordFixtures;

/**
 * Co-writing (issue 13 item 3): invited by her practitioner, a person signs in with the code from
 * the outbox, changes what matters to her using the keyboard only, and the practitioner accepts it
 * into the plan, which then shows it in her words, attributed. Every page is scanned with axe and
 * checked at 320 px.
 */
class CoWritingBrowserTest extends JourneyTest {

  @Autowired JdbcClient jdbc;

  @Test
  void thePersonChangesWhatMattersToHerAndThePractitionerAcceptsItIntoThePlan() {
    String lastName = uniqueName();
    UUID person = personAllocatedTo("practitioner", "Hana", lastName);
    new RecordFixtures(jdbc, people)
        .agreedPlan(
            person,
            "Walk to the library on my own",
            LocalDate.of(2026, 6, 1),
            "PARTLY",
            "Halfway there",
            LocalDate.of(2026, 11, 1),
            LocalDate.of(2026, 11, 30));
    String email = "hana." + lastName.toLowerCase() + "@example.com";

    browser.signIn("practitioner", PASSWORD);
    browser.visit("/people/" + person + "/online-access");
    browser.type("contact", email).tick("confirmed").press("Send the invitation");
    assertThat(browser.textOf("saved-message")).isEqualTo("The invitation has been sent.");

    try (Browser hana = Browser.open(port)) {
      hana.visit("/my/sign-in");
      hana.type("contact", email).press("Send me a code");
      String code;
      code = signInCodeFromOutbox(email);
      hana.type("code", code).press("Continue");
      assertThat(hana.heading()).isEqualTo("Hello Hana");

      // From here on, the keyboard only.
      hana.tabTo("own-words-link");
      hana.pressEnter();
      assertThat(hana.heading()).isEqualTo("In your own words");
      hana.fitsOnANarrowScreen();
      hana.tabTo("change-what-matters");
      hana.pressEnter();
      assertThat(hana.heading()).isEqualTo("What matters to you");
      hana.fitsOnANarrowScreen();

      hana.tabTo("words");
      hana.keys("<b>My garden</b>");
      hana.tabTo("send-words");
      hana.pressEnter();
      assertThat(hana.text()).contains("There is a problem", "Take out the code in angle brackets");
      assertThat(hana.valueOf("words")).isEqualTo("<b>My garden</b>");
      hana.fitsOnANarrowScreen();

      hana.tabTo("words");
      new Actions(hana.driver())
          .keyDown(Keys.CONTROL)
          .sendKeys("a")
          .keyUp(Keys.CONTROL)
          .sendKeys(Keys.DELETE)
          .perform();
      hana.keys("My garden and my grandson's football on Saturdays.");
      hana.tabTo("send-words");
      hana.pressEnter();
      assertThat(hana.path()).isEqualTo("/my/own-words");
      assertThat(hana.textOf("saved-message"))
          .isEqualTo("Thank you. We sent it to your worker. They will reply.");
      assertThat(hana.textOf("part-what-matters"))
          .contains("My garden and my grandson's football on Saturdays.")
          .contains("They have not replied yet.");
      hana.fitsOnANarrowScreen();

      browser.visit("/people/" + person);
      assertThat(browser.textOf("summary-own-words"))
          .contains("1 change to the plan waits for your reply");
      browser.follow("summary-own-words-link");
      assertThat(browser.heading()).isEqualTo("In their own words");
      assertThat(browser.textOf("proposal-1"))
          .contains("A change to \"What matters to me\"")
          .contains("My garden and my grandson's football on Saturdays.")
          .contains("Hana wrote on ");
      browser.fitsOnANarrowScreen();
      browser.press("Accept into the plan");
      assertThat(browser.textOf("saved-message")).isEqualTo("The change is now in the plan.");
      assertThat(browser.textOf("own-words-history")).contains("In the plan");
      browser.fitsOnANarrowScreen();

      browser.follow("plan-link");
      assertThat(browser.textOf("plan-own-words-what-matters"))
          .contains("My garden and my grandson's football on Saturdays.")
          .contains("Hana wrote on ")
          .contains("accepted into the plan by Sam Okafor");
      browser.fitsOnANarrowScreen();

      hana.visit("/my/own-words");
      assertThat(hana.text()).contains("Your worker put this in your plan.");
      hana.fitsOnANarrowScreen();
    }
  }
}
