package org.strengths.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.strengths.community.CommunityAssets;
import org.strengths.connection.ConnectionRecords;

/**
 * The person's "What is shared" and "Your network" (issue 13 items 5 and 7), in a real browser:
 * signed in with a code from the outbox, the person withdraws consent for a connection and the
 * partner sees it withdrawn; the person suggests someone new and the practitioner confirms it onto
 * the ecomap. The person's pages are used with the keyboard only; every page is scanned with axe
 * and checked at 320 px.
 */
class SharingAndNetworkBrowserTest extends JourneyTest {

  @Autowired ConnectionRecords connections;
  @Autowired CommunityAssets assets;

  @Test
  void thePersonWithdrawsConsentForAConnectionAndThePartnerSeesIt() {
    String lastName = uniqueName();
    UUID person = personAllocatedTo("practitioner", "Rosa", lastName);
    UUID connection =
        connections.send(
            person,
            assets.forOrganisation(CommunityAssets.DEMO_BEFRIENDING_ORGANISATION_ID).get(0).id(),
            new ConnectionRecords.Introduction(
                false,
                LocalDate.of(2026, 7, 12),
                "To share my name and address with the befrienders",
                "Baking with someone on Saturdays",
                "Weekends suit best"),
            staffAccounts.loadUserByUsername("practitioner"));

    try (Browser rosa = signedInPerson(person, "Rosa", lastName)) {
      rosa.tabTo("my-sharing-link").pressEnter();
      assertThat(rosa.heading()).isEqualTo("What is shared, and your choices");
      assertThat(rosa.text())
          .contains("Chapeltown Befrienders", "You said yes on 12 July 2026.")
          .contains("Baking with someone on Saturdays", "1 Park Row");
      rosa.fitsOnANarrowScreen();
      rosa.tabTo("stop-" + connection).pressEnter();
      assertThat(rosa.heading()).isEqualTo("Stop sharing with Chapeltown Befrienders?");
      rosa.fitsOnANarrowScreen();
      rosa.tabTo("stop-sharing").pressEnter();
      assertThat(rosa.textOf("saved-message"))
          .isEqualTo("You have stopped sharing. We will not send them anything new.");
      assertThat(rosa.textOf("choice-" + connection))
          .contains("Sharing stopped", "You stopped sharing on 15 July 2026.");
      assertThat(rosa.text()).contains("Baking with someone on Saturdays");
      rosa.fitsOnANarrowScreen();
    }

    browser.signIn("partner", PASSWORD);
    browser.visit("/partner/connections");
    assertThat(browser.textOf("withdrawn-" + connection)).isEqualTo("Consent withdrawn");
    browser.fitsOnANarrowScreen();
    browser.follow("view-" + connection);
    assertThat(browser.textOf("withdrawn-warning")).contains("withdrew their consent");
    assertThat(browser.text()).contains("Rosa").doesNotContain("1 Park Row", "Baking with someone");
    assertThat(browser.all(By.id("respond"))).isEmpty();
    browser.fitsOnANarrowScreen();
  }

  @Test
  void thePersonSuggestsSomeoneNewAndThePractitionerConfirmsItOntoTheEcomap() {
    String lastName = uniqueName();
    UUID person = personAllocatedTo("practitioner", "Nia", lastName);

    try (Browser nia = signedInPerson(person, "Nia", lastName)) {
      nia.tabTo("my-network-link").pressEnter();
      assertThat(nia.heading()).isEqualTo("Your network");
      assertThat(nia.text()).contains("There is nothing on your map yet.");
      nia.fitsOnANarrowScreen();
      nia.tabTo("suggest-new").pressEnter();
      assertThat(nia.heading()).isEqualTo("Tell us about someone new");
      nia.tabTo("send-suggestion").pressEnter();
      assertThat(nia.text()).contains("There is a problem", "Enter their name");
      nia.fitsOnANarrowScreen();
      nia.tabTo("label").keys("Farah");
      nia.tabTo("kind").keys(Keys.SPACE);
      nia.tabTo("specificTie").keys("sister");
      nia.tabTo("strength").keys(Keys.SPACE);
      nia.tabTo("note").keys("She phones me every evening.");
      nia.tabTo("send-suggestion").pressEnter();
      assertThat(nia.textOf("saved-message"))
          .isEqualTo("Thank you. Your worker will check this with you.");
      assertThat(nia.text()).contains("Someone new: Farah", "Waiting for your worker");
      nia.fitsOnANarrowScreen();

      browser.signIn("practitioner", PASSWORD);
      browser.visit("/people/" + person + "/network");
      assertThat(browser.text()).contains("Suggested by the person");
      browser.click(By.cssSelector("#person-suggestions a"));
      assertThat(browser.heading()).isEqualTo("A relationship the person suggested");
      assertThat(browser.textOf("suggestion-about"))
          .isEqualTo("Someone new: Farah (sister), Strong");
      assertThat(browser.text()).contains("She phones me every evening.");
      browser.fitsOnANarrowScreen();
      browser.tick("decision").press("Save decision");
      assertThat(browser.textOf("saved-message")).isEqualTo("The suggestion is on the network");
      assertThat(browser.text()).contains("Farah (family): strong");
      browser.fitsOnANarrowScreen();

      nia.visit("/my/network");
      assertThat(nia.text()).contains("On your map", "Farah (family): strong");
      assertThat(nia.driver().findElements(By.cssSelector("#my-ecomap svg"))).hasSize(1);
      nia.fitsOnANarrowScreen();
    }
  }

  /**
   * Invites the person from their record as the practitioner, then signs them in at /my/sign-in
   * with the code an administrator reads in the outbox, as PersonSignInBrowserTest does; the
   * person's browser is left on their home page.
   */
  private Browser signedInPerson(UUID person, String firstName, String lastName) {
    String email = firstName.toLowerCase() + "." + lastName.toLowerCase() + "@example.com";
    try (Browser practitioner = Browser.open(port)) {
      practitioner.signIn("practitioner", PASSWORD);
      practitioner.visit("/people/" + person + "/online-access");
      practitioner.type("contact", email).tick("confirmed").press("Send the invitation");
      assertThat(practitioner.textOf("saved-message")).isEqualTo("The invitation has been sent.");
    }
    Browser browser = Browser.open(port);
    browser.visit("/my/sign-in");
    browser.tabTo("contact").keys(email);
    browser.tabTo("contact").pressEnter();
    assertThat(browser.heading()).isEqualTo("Enter your code");
    String code;
    code = signInCodeFromOutbox(email);
    browser.tabTo("code").keys(code);
    browser.tabTo("code").pressEnter();
    assertThat(browser.path()).isEqualTo("/my/");
    assertThat(browser.heading()).isEqualTo("Hello " + firstName);
    return browser;
  }
}
