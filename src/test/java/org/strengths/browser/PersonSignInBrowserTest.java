package org.strengths.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * A practitioner invites a person from their record; the person signs in at /my/sign-in with the
 * code that an administrator reads from the outbox (no Notify key in tests), sees their own home
 * and who has looked at their record, with the keyboard only on the person's pages. Every page is
 * scanned with axe and checked at 320 px.
 */
class PersonSignInBrowserTest extends JourneyTest {

  @Test
  void
      aPractitionerInvitesThePersonWhoSignsInWithTheCodeFromTheOutboxAndSeesWhoLookedIncludingABreakGlass() {
    String lastName = uniqueName();
    UUID person = personAllocatedTo("practitioner", "Rosa", lastName);
    String email = "rosa." + lastName.toLowerCase() + "@example.com";

    browser.signIn("practitioner", PASSWORD);
    browser.visit("/people/" + person);
    browser.follow("online-access-link");
    assertThat(browser.heading()).isEqualTo("Online access");
    browser.fitsOnANarrowScreen();
    browser.type("contact", email).press("Send the invitation");
    assertThat(browser.text()).contains("There is a problem", "Confirm that you have checked");
    assertThat(browser.valueOf("contact")).isEqualTo(email);
    browser.tick("confirmed").press("Send the invitation");
    assertThat(browser.textOf("saved-message")).isEqualTo("The invitation has been sent.");
    assertThat(browser.textOf("invited-contact")).isEqualTo(email);
    browser.fitsOnANarrowScreen();

    String reason = "Called by A&E out of hours; her worker is not available";
    try (Browser otherTeam = Browser.open(port)) {
      otherTeam.signIn("practitioner2", PASSWORD).visit("/people/" + person);
      otherTeam.type("reason", reason).press("Use break-glass access");
      assertThat(otherTeam.heading()).isEqualTo("Rosa " + lastName);
    }

    try (Browser rosa = Browser.open(port)) {
      rosa.visit("/my/");
      assertThat(rosa.path()).isEqualTo("/my/sign-in");
      assertThat(rosa.heading()).isEqualTo("Sign in to see your support");
      rosa.fitsOnANarrowScreen();
      rosa.tabTo("contact").keys(email).pressEnter();
      assertThat(rosa.heading()).isEqualTo("Enter your code");
      rosa.fitsOnANarrowScreen();

      String code;
      try (Browser admin = Browser.open(port)) {
        admin.signIn("admin", PASSWORD);
        admin.visit("/admin/outbox");
        assertThat(admin.heading()).isEqualTo("Outbox");
        code =
            admin
                .driver()
                .findElement(
                    By.xpath(
                        "//tr[th[normalize-space()='"
                            + email
                            + "'] and td[normalize-space()='sign-in-code']]"
                            + "//dd[contains(@class,'outbox-code')]"))
                .getText();
        admin.fitsOnANarrowScreen();
      }
      assertThat(code).matches("\\d{6}");

      rosa.tabTo("code").keys("12345").pressEnter();
      assertThat(rosa.text()).contains("There is a problem", "The code has 6 numbers");
      // The page keeps what was typed: clear it with the keyboard, as the person would.
      rosa.tabTo("code").keys(Keys.END).keys(Keys.BACK_SPACE.toString().repeat(10)).keys(code);
      rosa.pressEnter();
      assertThat(rosa.path()).isEqualTo("/my/");
      assertThat(rosa.heading()).isEqualTo("Hello Rosa");
      assertThat(rosa.text()).contains("You do not have an agreed plan yet.");
      rosa.fitsOnANarrowScreen();

      rosa.tabTo("who-looked-link").pressEnter();
      assertThat(rosa.heading()).isEqualTo("Who has looked at your record");
      assertThat(rosa.text())
          .contains("A practitioner from ")
          .contains(" looked at your record")
          .contains("opened your record without being one of your workers")
          .contains("The reason they gave: " + reason)
          .doesNotContain("Sam Okafor", "Tom Reid");
      rosa.fitsOnANarrowScreen();

      rosa.visit("/people/" + person);
      assertThat(rosa.path()).isEqualTo("/sign-in");
    }
  }
}
