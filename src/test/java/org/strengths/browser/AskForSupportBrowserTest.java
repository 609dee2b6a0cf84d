package org.strengths.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The front door: a neighbour asks online for support for someone they know, without signing in,
 * and the request reaches the list of the team covering the postcode, where a practitioner of that
 * team opens it and says who the person is. Every page is scanned and fits 320 px.
 */
class AskForSupportBrowserTest extends JourneyTest {

  @Test
  void aNeighbourAsksForSupportForSomeoneOnlineAndItReachesTheTeamsWaitingList() {
    String lastName = uniqueName();

    browser.visit("/ask-for-support").fitsOnANarrowScreen();
    assertThat(browser.heading()).isEqualTo("Ask for support");
    browser.follow("start");

    assertThat(browser.path()).isEqualTo("/ask-for-support/who-for");
    browser.follow("continue-button");
    assertThat(browser.text()).contains("There is a problem", "Select who you want support for");
    browser.tick("whoFor-SOMEONE_I_KNOW").follow("continue-button");

    assertThat(browser.heading()).isEqualTo("What matters to them?");
    browser.fitsOnANarrowScreen();
    browser
        .type("whatMatters", "Her garden and her cat. Chapel on Sundays.")
        .follow("continue-button");
    assertThat(browser.heading()).startsWith("What is going well for them");
    browser
        .type("goingWell", "She still cooks her own tea and walks to the shop.")
        .follow("continue-button");
    browser
        .type("whatWouldHelp", "Since her fall she is nervous on the stairs.")
        .follow("continue-button");

    assertThat(browser.heading()).isEqualTo("What is their name?");
    browser.type("firstName", "Edna").type("lastName", lastName).follow("continue-button");
    browser
        .type("dateOfBirthDay", "31")
        .type("dateOfBirthMonth", "2")
        .type("dateOfBirthYear", "1941")
        .follow("continue-button");
    assertThat(browser.text()).contains("Date of birth must be a real date");
    assertThat(browser.valueOf("dateOfBirthYear")).isEqualTo("1941");
    browser.fitsOnANarrowScreen();
    browser.type("dateOfBirthDay", "9").type("dateOfBirthMonth", "5").follow("continue-button");
    browser.follow("continue-button");
    browser.type("postcode", "ls6 2ab").follow("continue-button");

    assertThat(browser.heading()).isEqualTo("How can we contact you?");
    browser
        .type("contactName", "Kwame Asante")
        .type("email", "kwame.asante@example.com")
        .follow("continue-button");

    assertThat(browser.heading()).isEqualTo("Check your answers before sending");
    assertThat(browser.textOf("answers"))
        .contains("Someone I know", "Edna " + lastName, "9 May 1941", "LS6 2AB", "Kwame Asante");
    browser.fitsOnANarrowScreen();
    browser.follow("send");

    assertThat(browser.heading()).isEqualTo("Request sent");
    String reference = browser.textOf("reference");
    assertThat(reference).matches("ASK-[A-Z0-9]{4}-[A-Z0-9]{4}");
    browser.fitsOnANarrowScreen();

    browser.signIn("practitioner", PASSWORD);
    assertThat(browser.heading()).isEqualTo("My work");
    assertThat(browser.textOf("online-table")).contains("Edna " + lastName, reference, "No match");
    browser.click(By.linkText("Edna " + lastName));

    assertThat(browser.heading()).isEqualTo("Request made online");
    assertThat(browser.text())
        .contains("Her garden and her cat", "Someone who knows them: Kwame Asante");
    browser.fitsOnANarrowScreen();
    browser.tick("who").follow("confirm");

    assertThat(browser.path()).startsWith("/people/");
    assertThat(browser.text()).contains("Edna " + lastName);
  }
}
