package org.strengths.practice;

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
import org.strengths.access.StaffAccounts;
import org.strengths.testing.WebSession;

/**
 * Who may see practice quality, over real HTTP with the demo council's staff: the principal social
 * worker and the analyst any team and the whole council, a team manager their own team only;
 * practitioners, administrators and anyone signed out not at all. Every view, download and refusal
 * is audited.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PracticeQualityPagesTest {

  static final String PASSWORD = "strengths-demo";

  @LocalServerPort int port;
  @Autowired StaffAccounts staff;
  @Autowired JdbcClient jdbc;

  private UUID teamOf(String username) {
    return staff.loadUserByUsername(username).teamId();
  }

  private long audited(String username, String action, String detail) {
    return jdbc.sql(
            "SELECT count(*) FROM audit_entry WHERE username = :u AND section = 'practice-quality'"
                + " AND action = :a AND detail = :d")
        .param("u", username)
        .param("a", action)
        .param("d", detail)
        .query(Long.class)
        .single();
  }

  @Test
  void thePrincipalSocialWorkerSeesTheCouncilAndAnyTeamAndEveryViewIsAudited() {
    WebSession psw = WebSession.signedIn(port, "psw", PASSWORD);
    HttpResponse<String> council = psw.get("/practice-quality");
    assertThat(council.statusCode()).isEqualTo(200);
    assertThat(council.body()).contains("Practice quality: Whole council");
    assertThat(council.body()).contains("id=\"chart-own-words\"", "id=\"table-days-to-plan\"");
    assertThat(audited("psw", "view", "council")).isPositive();
    UUID north = teamOf("manager");
    assertThat(psw.get("/practice-quality?team=" + north).statusCode()).isEqualTo(200);
    assertThat(audited("psw", "view", "team " + north)).isPositive();
  }

  @Test
  void theAnalystSeesTheCouncilAndDownloadsItsFiguresAsCsv() {
    WebSession analyst = WebSession.signedIn(port, "analyst", PASSWORD);
    assertThat(analyst.get("/practice-quality?team=council").statusCode()).isEqualTo(200);
    HttpResponse<String> csv = analyst.get("/practice-quality.csv?team=council");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(csv.body())
        .startsWith("scope,measure,month,figure,numerator,denominator,worked_from")
        .contains(",own-words,2026-07,", ",days-to-plan,2024-08,");
    assertThat(audited("analyst", "download", "council")).isPositive();
  }

  @Test
  void aTeamManagerSeesTheirOwnTeamButNotAnotherNorTheCouncil() {
    WebSession manager = WebSession.signedIn(port, "manager", PASSWORD);
    UUID own = teamOf("manager");
    UUID other = teamOf("manager2");
    HttpResponse<String> page = manager.get("/practice-quality");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).doesNotContain("id=\"team\"");
    assertThat(audited("manager", "view", "team " + own)).isPositive();
    assertThat(manager.get("/practice-quality.csv").statusCode()).isEqualTo(200);

    assertThat(manager.get("/practice-quality?team=" + other).statusCode()).isEqualTo(403);
    assertThat(audited("manager", "refused-view", "team " + other)).isEqualTo(1);
    assertThat(manager.get("/practice-quality?team=council").statusCode()).isEqualTo(403);
    assertThat(audited("manager", "refused-view", "council")).isEqualTo(1);
    assertThat(manager.get("/practice-quality.csv?team=" + other).statusCode()).isEqualTo(403);
    assertThat(audited("manager", "refused-download", "team " + other)).isEqualTo(1);
    assertThat(manager.post("/practice-quality/refresh", Map.of()).statusCode()).isEqualTo(403);
  }

  @Test
  void practitionersAdministratorsAndPartnersMayNotSeeIt() {
    for (String username : new String[] {"practitioner", "admin", "partner"}) {
      WebSession session = WebSession.signedIn(port, username, PASSWORD);
      assertThat(session.get("/practice-quality").statusCode()).as(username).isIn(403, 302);
      assertThat(session.get("/practice-quality.csv").statusCode()).as(username).isIn(403, 302);
      assertThat(session.post("/practice-quality/refresh", Map.of()).statusCode())
          .as(username)
          .isIn(403, 302);
    }
    HttpResponse<String> signedOut = new WebSession(port).get("/practice-quality");
    assertThat(signedOut.statusCode()).isEqualTo(302);
  }

  @Test
  void thePrincipalSocialWorkerCanHaveTheFiguresWorkedOutAgainNow() {
    WebSession psw = WebSession.signedIn(port, "psw", PASSWORD);
    psw.get("/practice-quality");
    HttpResponse<String> refreshed =
        psw.post("/practice-quality/refresh", Map.of("team", "council"));
    assertThat(refreshed.statusCode()).isEqualTo(302);
    assertThat(WebSession.location(refreshed)).endsWith("/practice-quality?team=council");
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit_entry WHERE username = 'psw'"
                        + " AND section = 'practice-quality' AND action = 'refresh'")
                .query(Long.class)
                .single())
        .isPositive();
  }
}
