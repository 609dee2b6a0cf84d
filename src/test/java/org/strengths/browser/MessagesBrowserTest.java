package org.strengths.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Messages with my worker (issue 13 item 8, docs/adr/0162): Nusrat signs in with a code from the
 * outbox and, with the keyboard only, opens her messages, sends an empty one (refused, with the
 * error summary) and then a real one; Sam finds it on My work, opens the thread on her record and
 * replies; Nusrat reads the reply, marked new. Every page is scanned with axe and checked at 320
 * px.
 */
class MessagesBrowserTest extends JourneyTest {

  static final String NUSRAT = "nusrat.raza@example.com";

  @Autowired JdbcClient jdbc;

  @Test
  void nusratWritesSamRepliesAndNusratReadsTheReply() {
    UUID nusrat =
        jdbc.sql(
                "SELECT person_id FROM portal_invitation WHERE contact = :c AND status = 'ACTIVE'"
                    + " AND representative_id IS NULL")
            .param("c", NUSRAT)
            .query(UUID.class)
            .single();
    String words = "Could we meet at the library on " + uniqueName() + " instead?";

    try (Browser person = Browser.open(port)) {
      signInByKeyboard(person);

      person.tabTo("my-messages-link");
      person.pressEnter();
      assertThat(person.heading()).isEqualTo("Messages with your worker");
      assertThat(person.text()).contains("You cannot change or delete a message once you send it.");
      person.fitsOnANarrowScreen();

      person.tabTo("send-message");
      person.pressEnter();
      assertThat(person.text()).contains("There is a problem", "Write your message");
      person.fitsOnANarrowScreen();

      person.tabTo("text");
      new Actions(person.driver()).sendKeys(words).perform();
      person.tabTo("send-message");
      person.pressEnter();
      assertThat(person.textOf("saved-message")).isEqualTo("Your message has been sent");
      assertThat(person.textOf("messages")).contains(words);
      person.fitsOnANarrowScreen();

      browser.signIn("practitioner", PASSWORD);
      browser.visit("/");
      assertThat(browser.textOf("messages-waiting-table")).contains("Nusrat");
      browser.fitsOnANarrowScreen();
      browser.click(
          By.cssSelector("#messages-waiting-table a[href='/people/" + nusrat + "/messages']"));
      assertThat(browser.heading()).isEqualTo("Messages");
      assertThat(browser.textOf("messages")).contains(words);
      assertThat(browser.driver().findElement(By.id("messages-link")).getAttribute("aria-current"))
          .isEqualTo("page");
      browser.fitsOnANarrowScreen();
      browser.type("text", "Yes, the library is fine. I will see you there at ten.");
      browser.press("Send message");
      assertThat(browser.textOf("saved-message")).isEqualTo("Your message has been sent");
      browser.fitsOnANarrowScreen();

      // Later, Nusrat comes back to her pages.
      person.visit("/my/");
      person.tabTo("my-messages-link");
      person.pressEnter();
      assertThat(person.textOf("messages"))
          .contains("Sam Okafor", "Yes, the library is fine. I will see you there at ten.", "New");
      person.fitsOnANarrowScreen();
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
    String code = signInCodeFromOutbox(NUSRAT);
    person.tabTo("code");
    new Actions(person.driver()).sendKeys(code).perform();
    person.pressEnter();
    assertThat(person.path()).isEqualTo("/my/");
  }
}
