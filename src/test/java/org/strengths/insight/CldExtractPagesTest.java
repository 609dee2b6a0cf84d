package org.strengths.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.strengths.access.StaffAccounts;
import org.strengths.access.StaffMember;
import org.strengths.person.People;
import org.strengths.testing.RecordFixtures;
import org.strengths.testing.WebSession;

/** The analyst's CLD return page over real HTTP: the period form, the checks, the download. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CldExtractPagesTest {

  static final String PASSWORD = "strengths-demo";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired People people;
  @Autowired StaffAccounts accounts;

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
  void theManagersDataQualityPageListsEveryKindOfEventThroughTheOnePath() {
    StaffMember worker = accounts.loadUserByUsername("practitioner");
    var created =
        people.create(
            RecordFixtures.allocated(
                "Ada",
                "Dqpage" + UUID.randomUUID().toString().substring(0, 6),
                LocalDate.of(1940, 1, 2),
                worker.teamId(),
                worker.id()),
            worker);
    UUID person = created.id();
    UUID plan = UUID.randomUUID();
    UUID line = UUID.randomUUID();
    OffsetDateTime at = OffsetDateTime.of(2026, 1, 5, 9, 0, 0, 0, ZoneOffset.UTC);
    jdbc.sql(
            """
            INSERT INTO planning_plan (id, person_id, status, started_on, agreed_on,
              created_at, created_by, updated_at, updated_by)
            VALUES (:id, :person, 'AGREED', DATE '2026-01-05', DATE '2026-01-05',
              :at, 'test', :at, 'test')
            """)
        .param("id", plan)
        .param("person", person)
        .param("at", at)
        .update();
    jdbc.sql(
            """
            INSERT INTO planning_support_line (id, plan_id, person_id, kind, help, service_type,
              service_component, delivery_mechanism, unit_cost_pence, cost_frequency,
              planned_units_per_week, start_on, created_at, created_by, updated_at, updated_by)
            VALUES (:id, :plan, :person, 'COMMISSIONED', 'Help at home',
              'Long Term Support: Community', 'Home care', 'Direct Payment', 2000, 'Hourly', 5,
              DATE '2026-02-01', :at, 'test', :at, 'test')
            """)
        .param("id", line)
        .param("plan", plan)
        .param("person", person)
        .param("at", at)
        .update();

    String page =
        WebSession.signedIn(port, "manager", PASSWORD).get("/data-quality/cld-events").body();

    assertThat(page)
        .contains("id=\"event-" + line + "\"")
        .contains("href=\"/people/" + person + "/plan/support/" + line + "\"")
        .contains("Provision of service");
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
