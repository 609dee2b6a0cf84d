package org.strengths.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.strengths.testing.WebSession;

/** The analyst's CLD return page over real HTTP: the period form, the checks, the download. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CldExtractPagesTest {

  static final String PASSWORD = "strengths-demo";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  static Map<String, String> period(String from, String to) {
    String[] f = from.split(" ");
    String[] t = to.split(" ");
    return Map.of(
        "fromDay",
        f[0],
        "fromMonth",
        f[1],
        "fromYear",
        f[2],
        "toDay",
        t[0],
        "toMonth",
        t[1],
        "toYear",
        t[2]);
  }

  @Test
  void theFormOffersTheLastCompleteQuarter() {
    WebSession analyst = WebSession.signedIn(port, "analyst", PASSWORD);

    String page = analyst.get("/insight/cld").body();

    assertThat(page)
        .contains("Client Level Data return")
        .contains("name=\"fromDay\"", "value=\"1\"", "value=\"4\"", "value=\"2026\"")
        .contains("value=\"30\"", "value=\"6\"")
        .contains("href=\"/insight/cld\"");
  }

  @Test
  void aDateThatIsNotRealIsRefusedAndWhatWasTypedIsKept() {
    WebSession analyst = WebSession.signedIn(port, "analyst", PASSWORD);
    analyst.get("/insight/cld");

    HttpResponse<String> response = analyst.post("/insight/cld", period("31 2 2026", "30 6 2026"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .contains("There is a problem")
        .contains("Start of the period must be a real date")
        .contains("href=\"#fromDay\"")
        .contains("value=\"31\"");
  }

  @Test
  void aPeriodEndingBeforeItStartsIsRefused() {
    WebSession analyst = WebSession.signedIn(port, "analyst", PASSWORD);
    analyst.get("/insight/cld");

    HttpResponse<String> response = analyst.post("/insight/cld", period("1 4 2026", "31 3 2026"));

    assertThat(response.body())
        .contains("The end of the period must be the same as or after the start");
  }

  @Test
  void theAnalystChecksThePeriodDownloadsTheCsvAndSeesTheExtractKept() {
    WebSession analyst = WebSession.signedIn(port, "analyst", PASSWORD);
    analyst.get("/insight/cld");

    HttpResponse<String> chosen = analyst.post("/insight/cld", period("1 4 2026", "30 6 2026"));
    assertThat(chosen.statusCode()).isEqualTo(302);
    assertThat(WebSession.location(chosen)).isEqualTo("/insight/cld?from=2026-04-01&to=2026-06-30");

    String report = analyst.get(WebSession.location(chosen)).body();
    assertThat(report)
        .contains("Extract for 1 April 2026 to 30 June 2026")
        .contains("id=\"row-count\"")
        .contains("href=\"/insight/cld/extract.csv?from=2026-04-01&amp;to=2026-06-30\"");

    HttpResponse<byte[]> csv =
        analyst.getBytes("/insight/cld/extract.csv?from=2026-04-01&to=2026-06-30");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(new String(csv.body(), StandardCharsets.UTF_8))
        .startsWith(String.join(",", ExtractLayout.HEADER) + "\r\n");

    assertThat(analyst.get("/insight/cld").body())
        .contains("Alex Morgan", "1 Apr 2026 to 30 Jun 2026");
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit_entry WHERE section = 'cld-extract'"
                        + " AND action = 'export' AND username = 'analyst'")
                .query(Long.class)
                .single())
        .isPositive();
  }

  @Test
  void onlyTheAnalystRoleMakesExtracts() {
    WebSession practitioner = WebSession.signedIn(port, "practitioner", PASSWORD);

    assertThat(practitioner.get("/insight/cld").statusCode()).isEqualTo(403);
    assertThat(
            practitioner
                .getBytes("/insight/cld/extract.csv?from=2026-04-01&to=2026-06-30")
                .statusCode())
        .isEqualTo(403);
  }
}
