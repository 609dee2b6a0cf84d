package org.strengths.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.strengths.insight.FlowFixture;
import org.strengths.testing.RecordFixtures;

class PracticeQualityBrowserTest extends JourneyTest {

  @Autowired JdbcClient jdbc;

  @Test
  void thePrincipalSocialWorkerTakesATeamsPracticeQualityToTheBoard() {
    // Six people in a team of their own, record opened 1 June 2026 and a first conversation held
    // four days later with the person's words in it (today is 15 July 2026 by the test clock).
    FlowFixture fixture = new FlowFixture(jdbc);
    UUID team = fixture.team("Quality journey");
    for (int i = 0; i < 6; i++) {
      UUID person = fixture.person(team, LocalDate.of(2026, 6, 1), "LS12 3AB", "Female");
      UUID conversation = UUID.randomUUID();
      jdbc.sql(
              """
              INSERT INTO conversation (id, person_id, status, number, held_on, stage, channel,
                working, outcome, completed_at, created_at, created_by, updated_at, updated_by)
              VALUES (:id, :person, 'COMPLETE', 1, DATE '2026-06-05', 'listen-and-connect', 'home',
                'Walks to the shop each day', 'NFA - Other', now(), now(), 'test', now(), 'test')
              """)
          .param("id", conversation)
          .param("person", person)
          .update();
      RecordFixtures.firstConversationHeld(jdbc, person);
      jdbc.sql(
              """
              INSERT INTO conversation_quote (conversation_id, section, position, words, attribution)
              VALUES (:id, 'what-matters', 0, 'My garden', 'person')
              """)
          .param("id", conversation)
          .update();
    }

    browser.signIn("psw", PASSWORD).visit("/practice-quality");
    assertThat(browser.heading()).isEqualTo("Practice quality: Whole council");
    browser.press("Work the figures out again now");
    assertThat(browser.textOf("refreshed")).startsWith("Figures as at");

    String name =
        jdbc.sql("SELECT name FROM access_team WHERE id = :id")
            .param("id", team)
            .query(String.class)
            .single();
    browser.choose("team", team.toString()).press("Show");
    assertThat(browser.heading()).isEqualTo("Practice quality: " + name);
    assertThat(browser.textOf("quality-period")).isEqualTo("From August 2024 to July 2026.");
    assertThat(browser.driver().findElement(By.id("chart-own-words")).getTagName())
        .isEqualTo("svg");
    assertThat(browser.text()).doesNotContain("Fixture"); // no one's name on the page

    browser.driver().findElement(By.cssSelector("#own-words summary")).click();
    browser.checkAccessible();
    String ownWords = browser.textOf("table-own-words");
    assertThat(ownWords).contains("June 2026 100 6");
    browser.driver().findElement(By.cssSelector("#days-to-conversation summary")).click();
    assertThat(browser.textOf("table-days-to-conversation")).contains("June 2026 4 6");
    browser.fitsOnANarrowScreen();
  }
}
