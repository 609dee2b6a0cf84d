package org.strengths.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.strengths.access.StaffAccounts;
import org.strengths.access.Teams;
import org.strengths.testing.WebSession;

/** Who sees the flow of demand over real HTTP: analysts all of it, a team manager their team's. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class FlowPagesTest {

  static final String PASSWORD = "strengths-demo";

  @LocalServerPort int port;
  @Autowired Teams teams;
  @Autowired StaffAccounts accounts;

  @Test
  void aTeamManagerSeesTheirOwnTeamsFiguresWhicheverTeamTheAddressAsksFor() {
    UUID own = accounts.loadUserByUsername("manager").teamId();
    UUID other = teams.add("Flow pages other team");
    WebSession manager = WebSession.signedIn(port, "manager", PASSWORD);

    HttpResponse<String> page = manager.get("/insight/flow?team=" + other);

    assertThat(page.statusCode()).isEqualTo(200);
    String team = teams.find(own).orElseThrow().name();
    assertThat(page.body())
        .contains("These figures are for the people " + team + " works with.")
        .contains("team=" + own)
        .doesNotContain("team=" + other)
        .doesNotContain("id=\"team\"")
        .doesNotContain("Work the figures out again now");
    assertThat(manager.get("/insight/flow.csv?team=" + other).statusCode()).isEqualTo(200);
  }

  @Test
  void anAnalystChoosesAnyTeamAndMayWorkTheFiguresOutAgain() {
    UUID other = teams.add("Flow pages analyst's team");
    WebSession analyst = WebSession.signedIn(port, "analyst", PASSWORD);

    String page = analyst.get("/insight/flow?team=" + other).body();

    assertThat(page)
        .contains("id=\"team\"", "team=" + other, "Work the figures out again now")
        .doesNotContain("id=\"own-team\"");
  }

  @Test
  void aPractitionerMayNotSeeTheFlowAndAManagerMayNotRecomputeIt() {
    WebSession practitioner = WebSession.signedIn(port, "practitioner", PASSWORD);
    assertThat(practitioner.get("/insight/flow").statusCode()).isEqualTo(403);
    assertThat(practitioner.get("/insight/flow.csv").statusCode()).isEqualTo(403);

    WebSession manager = WebSession.signedIn(port, "manager", PASSWORD);
    manager.get("/insight/flow");
    assertThat(manager.post("/insight/flow/refresh", java.util.Map.of()).statusCode())
        .isEqualTo(403);
  }

  @Test
  void theFlowAndCohortDownloadsHaveOneLineEndingAfterEachLineAndNoBlankLines() {
    WebSession analyst = WebSession.signedIn(port, "analyst", PASSWORD);

    for (String download : java.util.List.of("/insight/flow.csv", "/insight/cohorts.csv")) {
      HttpResponse<String> csv = analyst.get(download);

      assertThat(csv.statusCode()).as(download).isEqualTo(200);
      assertThat(csv.headers().firstValue("Content-Type").orElse(""))
          .as(download)
          .startsWith("text/csv");
      assertThat(csv.body())
          .as(download)
          .endsWith("\r\n")
          .doesNotContain("\r\n\r\n")
          .doesNotContain("\n\n");
      assertThat(csv.body().split("\r\n", -1)).as(download).hasSizeGreaterThan(2);
    }
  }
}
