package org.strengths.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.strengths.testing.PersonSignIns;
import org.strengths.testing.ReadingEase;
import org.strengths.testing.WebSession;

/**
 * The person's own pages in plain English: signed in as the demo's Nusrat Raza with a code from the
 * outbox, every page reachable from her home (and the first pages of "ask for support") is scored
 * for Flesch reading ease. Each must score 60 or more, as plain English should; the scores are
 * printed for the README and the closing note.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PersonPagesReadingEaseTest {

  static final String NUSRAT = "nusrat.raza@example.com";
  static final double PLAIN = 60;
  static final int MOST_PAGES = 40;

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  @Test
  void everyPageThePersonMeetsReadsAsPlainEnglish() {
    Map<String, ReadingEase.Score> scores = new LinkedHashMap<>();
    WebSession visitor = new WebSession(port);
    for (String path : new String[] {"/my/sign-in", "/ask-for-support"}) {
      scores.put(path, ReadingEase.ofPage(visitor.get(path).body()));
    }
    visitor.post("/ask-for-support/start", Map.of());
    for (AskForSupportQuestion question : AskForSupportQuestion.values()) {
      String path = "/ask-for-support/" + question.slug();
      scores.put(path, ReadingEase.ofPage(visitor.get(path).body()));
    }

    WebSession nusrat = signedIn();
    Deque<String> toVisit = new ArrayDeque<>();
    toVisit.add("/my/");
    while (!toVisit.isEmpty() && scores.size() < MOST_PAGES) {
      String path = toVisit.poll();
      if (scores.containsKey(path)) {
        continue;
      }
      var page = nusrat.get(path);
      assertThat(page.statusCode()).as(path).isEqualTo(200);
      scores.put(path, ReadingEase.ofPage(page.body()));
      Jsoup.parse(page.body()).select("main a[href^=/my/]").stream()
          .map(link -> link.attr("href"))
          .filter(href -> !href.endsWith(".pdf") && !href.contains("sign-out"))
          .filter(href -> !scores.containsKey(href))
          .forEach(toVisit::add);
    }

    System.out.println("Flesch reading ease of the person's pages (60+ is plain English):");
    scores.forEach(
        (path, score) ->
            System.out.printf(
                "  %-48s %5.1f  (%d words, %d sentences)%n",
                path, score.ease(), score.words(), score.sentences()));
    assertThat(scores).hasSizeGreaterThan(AskForSupportQuestion.values().length + 3);
    scores.forEach(
        (path, score) ->
            assertThat(score.ease()).as("reading ease of " + path).isGreaterThan(PLAIN));
  }

  private WebSession signedIn() {
    // Other tests in this JVM sign Nusrat in too; the limit on codes is theirs to test.
    jdbc.sql("DELETE FROM portal_code_request WHERE contact = :c").param("c", NUSRAT).update();
    WebSession person = new WebSession(port);
    PersonSignIns.signIn(person, jdbc, NUSRAT);
    return person;
  }
}
