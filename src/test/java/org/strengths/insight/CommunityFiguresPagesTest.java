package org.strengths.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.strengths.access.StaffAccounts;
import org.strengths.testing.WebSession;

/**
 * Community-asset use and the gaps over time, over real HTTP, from a hand-counted fixture (today is
 * 15 July 2026 by the test clock, so the twelve months are August 2025 to July 2026); and who may
 * see them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CommunityFiguresPagesTest {

  static final String PASSWORD = "strengths-demo";
  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired StaffAccounts accounts;

  UUID team;
  String area;

  @BeforeEach
  void fixture() {
    FlowFixture flow = new FlowFixture(jdbc);
    team = flow.team("Community figures");
    // A district of the fixture's own, so the demo council's gaps are not counted.
    area = "ZZ" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(java.util.Locale.UK);
    List<UUID> p = new java.util.ArrayList<>();
    for (int i = 0; i < 8; i++) {
      p.add(flow.person(team, LocalDate.of(2025, 6, 1), "LS7 3AB", "Female"));
    }
    UUID service =
        jdbc.sql("SELECT id FROM community_asset WHERE kind = 'SERVICE' ORDER BY id LIMIT 1")
            .query(UUID.class)
            .single();
    UUID association =
        jdbc.sql("SELECT id FROM community_asset WHERE kind = 'ASSOCIATION' ORDER BY id LIMIT 1")
            .query(UUID.class)
            .single();
    // June 2026: seven introductions; five went, one accepted only, one declined. Two pieces of
    // information given about a group: one person (already counted as going) went.
    LocalDate june = LocalDate.of(2026, 6, 10);
    for (int i = 0; i < 5; i++) {
      connection(p.get(i), service, "WARM_INTRODUCTION", "ATTENDED", june);
    }
    connection(p.get(5), service, "FORMAL_REFERRAL", "ACCEPTED", june);
    connection(p.get(6), service, "WARM_INTRODUCTION", "DECLINED", june);
    connection(p.get(0), association, "INFORMATION_GIVEN", "ATTENDED", june);
    connection(p.get(7), association, "INFORMATION_GIVEN", "INFORMATION_GIVEN", june);
    // May 2026: three introductions still waiting for an answer.
    for (int i = 0; i < 3; i++) {
      connection(p.get(i), service, "WARM_INTRODUCTION", "SENT", LocalDate.of(2026, 5, 4));
    }
    // April 2026: five that went on and have now ended (going is in their history).
    for (int i = 0; i < 5; i++) {
      UUID id =
          connection(p.get(i), service, "WARM_INTRODUCTION", "ENDED", LocalDate.of(2026, 4, 1));
      statusChange(id, "ONGOING", LocalDate.of(2026, 4, 20));
    }
    // July 2025: before the twelve months.
    for (int i = 0; i < 5; i++) {
      connection(p.get(i), service, "WARM_INTRODUCTION", "ATTENDED", LocalDate.of(2025, 7, 20));
    }
    // Someone in another team, June 2026.
    UUID elsewhere = flow.person(flow.team("Elsewhere"), LocalDate.of(2025, 6, 1), "LS7", "Male");
    connection(elsewhere, service, "WARM_INTRODUCTION", "ATTENDED", june);

    // Gaps in the fixture's own district: six in January 2026 (two met on 5 March), three without
    // a kind in March, and two from July 2025 still open.
    for (int i = 0; i < 6; i++) {
      gap("ASSOCIATION", LocalDate.of(2026, 1, 10), i < 2 ? LocalDate.of(2026, 3, 5) : null);
    }
    for (int i = 0; i < 3; i++) {
      gap(null, LocalDate.of(2026, 3, 20), null);
    }
    gap("SERVICE", LocalDate.of(2025, 7, 1), null);
    gap("SERVICE", LocalDate.of(2025, 7, 2), null);
  }

  @Test
  void theMonthlyUseOfCommunityAssetsIsCountedByHandWithSmallNumbersHidden() {
    WebSession analyst = WebSession.signedIn(port, "analyst", PASSWORD);

    String page = analyst.get("/insight/community-use?team=" + team).body();

    assertThat(row(page, "month-2026-06")).containsSubsequence("June 2026", ">7<", ">6<", ">5<");
    assertThat(row(page, "month-2026-05")).containsSubsequence("May 2026", ">[c]<", ">0<", ">0<");
    assertThat(row(page, "month-2026-04")).containsSubsequence("April 2026", ">5<", ">5<", ">5<");
    assertThat(row(page, "month-2026-03")).containsSubsequence(">0<", ">0<", ">0<");
    assertThat(page).doesNotContain("id=\"month-2025-07\"").contains("id=\"month-2025-08\"");
    // Each person once in the year: the five who went in April went again in June.
    assertThat(row(page, "month-total")).containsSubsequence(">15<", ">11<", ">5<");
    assertThat(row(page, "kind-SERVICE")).containsSubsequence("Service", ">15<", ">11<", ">5<");
    assertThat(row(page, "kind-ASSOCIATION"))
        .containsSubsequence("Association or group", ">0<", ">0<", ">[c]<");
    assertThat(page).contains("<svg", "id=\"made-chart\"", "community-use.csv?team=" + team);
    assertThat(page).doesNotContain("Flow Fixture"); // no one's name

    String csv = analyst.get("/insight/community-use.csv?team=" + team).body();
    assertThat(csv)
        .startsWith("month,kind,introductions_made,accepted,people_connected\r\n")
        .contains("2026-06,all,7,6,5\r\n")
        .contains("2026-05,all,[c],0,0\r\n")
        .contains("2026-06,ASSOCIATION,0,0,[c]\r\n")
        .contains("2025-08 to 2026-07,SERVICE,15,11,5\r\n")
        .contains("2025-08 to 2026-07,all,15,11,5\r\n");
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit_entry WHERE section = 'community-use'"
                        + " AND username = 'analyst' AND action IN ('view', 'download')"
                        + " AND detail LIKE :team")
                .param("team", "%" + team + "%")
                .query(Long.class)
                .single())
        .isEqualTo(2);
  }

  @Test
  void theGapsRecordedMetAndOpenEachMonthAreCountedByHand() {
    WebSession analyst = WebSession.signedIn(port, "analyst", PASSWORD);

    String page = analyst.get("/insight/gaps?area=" + area).body();

    assertThat(row(page, "month-2025-08")).containsSubsequence(">0<", ">0<", ">[c]<");
    assertThat(row(page, "month-2026-01")).containsSubsequence("January 2026", ">6<", ">0<", ">8<");
    assertThat(row(page, "month-2026-02")).containsSubsequence(">0<", ">0<", ">8<");
    assertThat(row(page, "month-2026-03")).containsSubsequence(">[c]<", ">[c]<", ">9<");
    assertThat(row(page, "month-2026-07")).containsSubsequence(">0<", ">0<", ">9<");
    assertThat(row(page, "kind-ASSOCIATION")).containsSubsequence(">6<", ">[c]<", ">[c]<");
    assertThat(row(page, "kind-UNKNOWN")).containsSubsequence("Not given", ">[c]<", ">0<", ">[c]<");
    assertThat(row(page, "kind-SERVICE")).containsSubsequence(">0<", ">0<", ">[c]<");
    assertThat(row(page, "area-" + area)).containsSubsequence(">9<", ">[c]<", ">9<");
    assertThat(page)
        .contains("Open now: 9", "id=\"recorded-chart\"", "gaps.csv?kind=&amp;area=" + area);

    String csv = analyst.get("/insight/gaps.csv?area=" + area).body();
    assertThat(csv)
        .startsWith("period,kind,area,recorded,met,open_at_end\r\n")
        .contains("2026-01,all,all,6,0,8\r\n")
        .contains("2026-03,all,all,[c],[c],9\r\n")
        .contains("2025-08 to 2026-07,all," + area + ",9,[c],9\r\n");
  }

  @Test
  void aManagerMarksTheNeedsOfAnAreaAsMetAndTheyCountAsMetThisMonth() {
    WebSession manager = WebSession.signedIn(port, "manager", PASSWORD);
    manager.get("/community/gaps");

    HttpResponse<String> met =
        manager.post("/community/gaps/met", java.util.Map.of("area", area, "kind", ""));

    assertThat(met.statusCode()).isEqualTo(302);
    assertThat(manager.get("/community/gaps").body()).contains("3 needs marked as met");
    String page = manager.get("/insight/gaps?area=" + area).body();
    assertThat(row(page, "month-2026-07")).containsSubsequence(">0<", ">[c]<", ">6<");
  }

  @Test
  void theAnalystsHomeShowsEachAreaWithItsHeadlineFigures() {
    HttpResponse<String> home = WebSession.signedIn(port, "analyst", PASSWORD).get("/insight");

    assertThat(home.statusCode()).isEqualTo(200);
    assertThat(home.body())
        .contains(
            "Figures about the service",
            "href=\"/insight/flow\"",
            "href=\"/insight/cohorts\"",
            "href=\"/insight/cld\"",
            "href=\"/insight/measures\"",
            "href=\"/insight/community-use\"",
            "href=\"/insight/gaps\"",
            "id=\"headline-made\"",
            "id=\"headline-gaps-open\"");
  }

  @Test
  void aTeamManagerSeesTheirOwnTeamsUseWhicheverTeamTheAddressAsksFor() {
    UUID own = accounts.loadUserByUsername("manager").teamId();
    WebSession manager = WebSession.signedIn(port, "manager", PASSWORD);

    String page = manager.get("/insight/community-use?team=" + team).body();

    assertThat(page).contains("id=\"own-team\"", "team=" + own).doesNotContain("team=" + team);
    assertThat(manager.get("/insight").statusCode()).isEqualTo(403);
  }

  @Test
  void practitionersAndAnyoneNotSignedInAreRefused() throws Exception {
    WebSession practitioner = WebSession.signedIn(port, "practitioner", PASSWORD);
    for (String path :
        List.of(
            "/insight",
            "/insight/community-use",
            "/insight/community-use.csv",
            "/insight/gaps",
            "/insight/gaps.csv")) {
      assertThat(practitioner.get(path).statusCode()).as(path).isEqualTo(403);
      HttpResponse<String> anonymous =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(anonymous.statusCode()).as(path).isEqualTo(302);
      assertThat(WebSession.location(anonymous)).as(path).endsWith("/sign-in");
    }
    assertThat(
            practitioner
                .post("/community/gaps/met", java.util.Map.of("area", area, "kind", ""))
                .statusCode())
        .isEqualTo(403);
  }

  /** The table row with this id, from its start to its end. */
  private static String row(String page, String id) {
    int start = page.indexOf("id=\"" + id + "\"");
    assertThat(start).as(id).isPositive();
    return page.substring(start, page.indexOf("</tr>", start));
  }

  private UUID connection(UUID person, UUID asset, String method, String status, LocalDate on) {
    UUID id = UUID.randomUUID();
    boolean shares = !method.equals("INFORMATION_GIVEN");
    jdbc.sql(
            """
            INSERT INTO connection (id, person_id, asset_id, asset_name, method, lawful_basis,
              provides_care, consent_date, consent_scope, status, decline_reason, sent_at,
              sent_by_id, sent_by_name, created_at, created_by, updated_at, updated_by)
            VALUES (:id, :person, :asset, 'Fixture asset', :method, :basis, false, :consentDate,
              :scope, :status, :reason, :at, :by, 'Fixture Worker', :at, 'test', :at, 'test')
            """)
        .param("id", id)
        .param("person", person)
        .param("asset", asset)
        .param("method", method)
        .param("basis", shares ? "EXPLICIT_CONSENT" : "NOTHING_SHARED")
        .param("consentDate", shares ? on : null)
        .param("scope", shares ? "Fixture" : null)
        .param("status", status)
        .param("reason", status.equals("DECLINED") ? "Full" : null)
        .param("at", on.atTime(LocalTime.NOON).atZone(LONDON).toOffsetDateTime())
        .param("by", UUID.randomUUID())
        .update();
    if (!status.equals("SENT") && !status.equals("INFORMATION_GIVEN")) {
      statusChange(id, status, on.plusDays(3));
    }
    return id;
  }

  private void statusChange(UUID connection, String status, LocalDate on) {
    jdbc.sql(
            """
            INSERT INTO connection_status_change (connection_id, status, changed_at, changed_by,
              changed_by_name, by_partner)
            VALUES (:id, :status, :at, 'test', 'Fixture', false)
            """)
        .param("id", connection)
        .param("status", status)
        .param("at", on.atTime(LocalTime.NOON).atZone(LONDON).toOffsetDateTime())
        .update();
  }

  private void gap(String kind, LocalDate recorded, LocalDate closed) {
    jdbc.sql(
            """
            INSERT INTO community_gap (id, need, kind, area, who, created_at, created_by,
              closed_at, closed_by)
            VALUES (:id, 'Fixture need', :kind, :area, null, :at, 'test', :closedAt, :closedBy)
            """)
        .param("id", UUID.randomUUID())
        .param("kind", kind)
        .param("area", area)
        .param("at", recorded.atTime(LocalTime.NOON).atZone(LONDON).toOffsetDateTime())
        .param(
            "closedAt",
            closed == null ? null : closed.atTime(LocalTime.NOON).atZone(LONDON).toOffsetDateTime())
        .param("closedBy", closed == null ? null : "test")
        .update();
  }
}
