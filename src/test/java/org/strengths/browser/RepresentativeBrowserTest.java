package org.strengths.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A practitioner records an attorney for health and welfare and invites them; the attorney signs in
 * with the code from the outbox, using the keyboard only on the person's pages, and acts for the
 * person; the team manager sees what they looked at in the audit log in the attorney's name, not
 * the person's (docs/adr/0118). Every page is scanned with axe and checked at 320 px.
 */
class RepresentativeBrowserTest extends JourneyTest {

  @Test
  void aPractitionerRecordsAnAttorneyWhoSignsInAndActsForThePersonInTheirOwnName() {
    String lastName = uniqueName();
    UUID person = personAllocatedTo("practitioner", "Rosa", lastName);
    String attorney = "Ali " + lastName;
    String email = "ali." + lastName.toLowerCase() + "@example.com";

    browser.signIn("practitioner", PASSWORD);
    browser.visit("/people/" + person + "/online-access");
    browser.follow("representatives-link");
    assertThat(browser.heading()).isEqualTo("Representatives");
    assertThat(browser.text()).contains("Nobody is recorded as acting for this person.");
    browser.fitsOnANarrowScreen();
    browser.type("name", attorney).pick("authority", "LPA_HEALTH_WELFARE");
    browser.type("contact", email).press("Record the representative");
    assertThat(browser.text())
        .contains("There is a problem")
        .contains("Enter the Office of the Public Guardian reference")
        .contains("Enter when the authority ends");
    assertThat(browser.valueOf("name")).isEqualTo(attorney);
    browser.fitsOnANarrowScreen();
    browser
        .type("reference", "7000-1234-5678")
        .type("endsOnDay", "1")
        .type("endsOnMonth", "6")
        .type("endsOnYear", "2028")
        .tick("confirmed")
        .press("Record the representative");
    assertThat(browser.textOf("saved-message"))
        .isEqualTo("The representative has been recorded and invited.");
    assertThat(browser.textOf("rep-1-state")).isEqualTo("In force");
    assertThat(browser.textOf("rep-1-contact")).isEqualTo(email);
    browser.fitsOnANarrowScreen();

    try (Browser ali = Browser.open(port)) {
      ali.visit("/my/sign-in");
      ali.fitsOnANarrowScreen();
      ali.tabTo("contact").keys(email);
      ali.pressEnter();
      assertThat(ali.heading()).isEqualTo("Enter your code");

      String code;
      code = signInCodeFromOutbox(email);
      assertThat(code).matches("\\d{6}");

      ali.tabTo("code").keys(code);
      ali.pressEnter();
      assertThat(ali.path()).isEqualTo("/my/");
      assertThat(ali.heading()).isEqualTo("Hello Rosa");
      assertThat(ali.textOf("acting-for"))
          .contains(attorney + ", you are acting for Rosa.")
          .contains(attorney + ", lasting power of attorney, for Rosa");
      ali.fitsOnANarrowScreen();

      ali.tabTo("who-looked-link");
      ali.pressEnter();
      assertThat(ali.heading()).isEqualTo("Who has looked at your record");
      ali.fitsOnANarrowScreen();
    }

    try (Browser manager = Browser.open(port)) {
      manager.signIn("manager", PASSWORD);
      manager.visit("/people/" + person + "/audit-trail");
      assertThat(manager.text())
          .contains(attorney + ", lasting power of attorney, for Rosa")
          .contains("representative")
          .contains("my-home");
      manager.fitsOnANarrowScreen();
    }
  }
}
