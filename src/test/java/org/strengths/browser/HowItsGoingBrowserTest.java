package org.strengths.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.strengths.testing.RecordFixtures;
import org.strengths.testing.TestClock;

/**
 * How it's going (issue 13 item 4): the person signs in with a code from the outbox and, with the
 * keyboard only, rates their outcome, says what is working, answers a wellbeing question and asks
 * for a review; the practitioner finds the request in My work, sees the review page filled in from
 * what the person said with their name, and replies; the person reads the reply. Every page is
 * scanned with axe and checked at 320 px.
 */
class HowItsGoingBrowserTest extends JourneyTest {

  static final String OUTCOME = "Getting to the lunch club on Tuesdays";

  @Autowired JdbcClient jdbc;

  @Test
  void thePersonRatesTheirPlanAndAsksForAReviewAndThePractitionerSeesBoth() {
    String lastName = uniqueName();
    UUID person = personAllocatedTo("practitioner", "Wren", lastName);
    new RecordFixtures(jdbc, people)
        .agreedPlan(
            person,
            OUTCOME,
            TestClock.today().minusMonths(6),
            "PARTLY",
            "Nearly",
            TestClock.today().minusWeeks(2),
            TestClock.today().plusWeeks(2));
    String email = "wren." + lastName.toLowerCase() + "@example.com";

    browser.signIn("practitioner", PASSWORD);
    browser.visit("/people/" + person + "/online-access");
    browser.type("contact", email).tick("confirmed").press("Send the invitation");
    assertThat(browser.textOf("saved-message")).isEqualTo("The invitation has been sent.");

    try (Browser wren = Browser.open(port)) {
      signIn(wren, email);
      assertThat(wren.heading()).isEqualTo("Hello Wren");

      // Keyboard only from here on the person's pages.
      wren.tabTo("how-its-going-link");
      wren.pressEnter();
      assertThat(wren.heading()).isEqualTo("How it's going");
      assertThat(wren.text()).contains(OUTCOME, "Your next review is by");
      wren.fitsOnANarrowScreen();

      wren.tabTo("send-how-its-going");
      wren.pressEnter();
      assertThat(wren.text())
          .contains("There is a problem", "Choose how it is going for: " + OUTCOME)
          .contains("Tell us what is working, or what is not working");
      wren.fitsOnANarrowScreen();

      wren.tabTo("rating-1-ACHIEVED");
      wren.keys(Keys.ARROW_DOWN);
      assertThat(wren.driver().findElement(By.id("rating-1-PARTLY")).isSelected()).isTrue();
      wren.tabTo("working");
      wren.keys("I see Pam at the lunch club every week");
      wren.tabTo("ons4-happy");
      wren.keys("12");
      wren.tabTo("send-how-its-going");
      wren.pressEnter();
      assertThat(wren.text()).contains("Give a whole number from 0 to 10");
      assertThat(wren.valueOf("working")).isEqualTo("I see Pam at the lunch club every week");
      assertThat(wren.valueOf("ons4-happy")).isEqualTo("12");
      assertThat(wren.driver().findElement(By.id("rating-1-PARTLY")).isSelected()).isTrue();

      wren.tabTo("ons4-happy");
      wren.keys(Keys.BACK_SPACE, Keys.BACK_SPACE, "8");
      wren.tabTo("send-how-its-going");
      wren.pressEnter();
      assertThat(wren.textOf("saved-message"))
          .isEqualTo("Thank you. Your worker can now see what you said.");
      wren.fitsOnANarrowScreen();

      wren.tabTo("ask-for-a-review-link");
      wren.pressEnter();
      assertThat(wren.heading()).isEqualTo("Ask for a review");
      wren.fitsOnANarrowScreen();
      wren.tabTo("reason");
      wren.keys("My son has moved away and I am on my own in the evenings");
      wren.tabTo("ask-button");
      wren.pressEnter();
      assertThat(wren.textOf("saved-message"))
          .isEqualTo("Your request for a review has been sent. Your worker will reply.");
      assertThat(wren.textOf("my-asked")).contains("Your worker will reply soon.");

      browser.visit("/");
      assertThat(browser.textOf("reviews-asked-table")).contains("Wren " + lastName);
      browser.fitsOnANarrowScreen();

      browser.visit("/people/" + person + "/plan/reviews/new");
      assertThat(browser.textOf("person-said")).contains("Wren said this on their own pages on");
      assertThat(browser.driver().findElement(By.id("rating-1-PARTLY")).isSelected()).isTrue();
      assertThat(browser.valueOf("working")).isEqualTo("I see Pam at the lunch club every week");
      assertThat(browser.valueOf("ons4-happy")).isEqualTo("8");
      browser.fitsOnANarrowScreen();

      browser.click(By.cssSelector("#person-asked a"));
      assertThat(browser.heading()).isEqualTo("A review the person asked for");
      assertThat(browser.textOf("asked-reason"))
          .isEqualTo("My son has moved away and I am on my own in the evenings");
      browser.fitsOnANarrowScreen();
      browser.tick("decision-AGREED").type("reply", "Yes. I will ring you on Monday to fix a day.");
      browser.press("Send the reply");
      assertThat(browser.textOf("saved-message")).contains("Your reply has been sent");

      wren.visit("/my/how-its-going");
      assertThat(wren.textOf("my-asked"))
          .contains("said yes on", "Yes. I will ring you on Monday to fix a day.");
      wren.fitsOnANarrowScreen();
    }
  }

  /** Signs in at /my/sign-in with the code an administrator reads from the outbox. */
  private void signIn(Browser person, String email) {
    person.visit("/my/");
    person.type("contact", email).press("Send me a code");
    String code;
    code = signInCodeFromOutbox(email);
    person.type("code", code).press("Continue");
  }
}
