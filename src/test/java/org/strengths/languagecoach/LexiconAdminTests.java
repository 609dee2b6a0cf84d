package org.strengths.languagecoach;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.strengths.testing.WebSession;

/** The admin page for the language coach's terms, and the coach following it at once. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LexiconAdminTests {

  private static final String PASSWORD = "strengths-demo";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired LanguageCoach coach;

  @Test
  void anAdminAddsARetiresATermAndTheCoachFollowsAtOnce() {
    WebSession admin = WebSession.signedIn(port, "admin", PASSWORD);
    String term = "zq" + UUID.randomUUID().toString().substring(0, 6);
    admin.get("/admin/language-coach/new");

    HttpResponse<String> added =
        admin.post(
            "/admin/language-coach/new",
            Map.of("term", term, "suggestion", "better words", "explanation", "Because."));

    assertThat(added.statusCode()).isEqualTo(302);
    assertThat(coach.check("a " + term + " here")).extracting(LanguageFlag::term).contains(term);
    UUID id =
        jdbc.sql("SELECT id FROM language_lexicon WHERE term = :t")
            .param("t", term)
            .query(UUID.class)
            .single();
    admin.get("/admin/language-coach/" + id + "/edit");
    admin.post(
        "/admin/language-coach/" + id + "/edit",
        Map.of(
            "term",
            term,
            "suggestion",
            "better words",
            "explanation",
            "Because.",
            "version",
            "0",
            "_active",
            "on"));
    assertThat(coach.check("a " + term + " here")).isEmpty();
    assertThat(
            jdbc.sql(
                    "SELECT action FROM audit_entry WHERE section = 'lexicon' AND detail = :t ORDER BY seq")
                .param("t", term)
                .query(String.class)
                .list())
        .containsExactly("create", "retire");
  }

  @Test
  void refusesTheLexiconToPractitionersAndExplainsAMissingTerm() {
    WebSession practitioner = WebSession.signedIn(port, "practitioner", PASSWORD);
    assertThat(practitioner.get("/admin/language-coach").statusCode()).isEqualTo(403);

    WebSession admin = WebSession.signedIn(port, "admin", PASSWORD);
    admin.get("/admin/language-coach/new");
    HttpResponse<String> refused =
        admin.post("/admin/language-coach/new", Map.of("term", "", "suggestion", "x"));
    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body()).contains("Enter the term", "Enter why the term matters");
  }
}
