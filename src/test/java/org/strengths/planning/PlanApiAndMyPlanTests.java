package org.strengths.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.strengths.access.StaffAccounts;
import org.strengths.person.People;
import org.strengths.testing.ApiClient;
import org.strengths.testing.TestClock;
import org.strengths.testing.WebSession;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** "My plan" as a page and a PDF, and the plans API with bearer tokens, over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PlanApiAndMyPlanTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final HttpClient http = HttpClient.newHttpClient();
  private final LocalDate today = TestClock.today();

  @LocalServerPort int port;

  private ApiClient api;
  @Autowired People people;
  @Autowired StaffAccounts accounts;
  @Autowired JdbcClient jdbc;

  private record Agreed(UUID person, String plan, String outcome, WebSession browser) {}

  private Agreed agreedPlan() {
    WebSession browser = WebSession.signedIn(port, "practitioner", PlanPagesTests.PASSWORD);
    UUID person =
        PlanningTestPeople.allocatedTo(people, PlanningTestPeople.staff(accounts, "practitioner"));
    String plan = "/people/" + person + "/plan";
    browser.get(plan);
    browser.post(plan, Map.of("action", "start"));
    String outcome = PlanFixtures.complete(browser, plan, person, jdbc);
    browser.get(plan);
    browser.post(plan, Map.of("action", "agree", "version", PlanFixtures.version(person, jdbc)));
    return new Agreed(person, plan, outcome, browser);
  }

  @BeforeEach
  void callTheApiOnThisPort() {
    api = new ApiClient(port, jdbc);
  }

  @Test
  void showsMyPlanInPlainWordsAndAsATaggedPdf() throws Exception {
    Agreed agreed = agreedPlan();

    String page = agreed.browser().get(agreed.plan() + "/my-plan").body();
    assertThat(page)
        .contains("What matters to me", "Get back to the bowling club on Thursdays")
        .contains("Who helps with what", "Me: Practises bowling in the garden")
        .contains("My budget", "When we will next talk", "id=\"download-pdf\"");

    HttpResponse<byte[]> pdf =
        http.send(
            HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + agreed.plan() + "/my-plan.pdf"))
                .header("Cookie", agreed.browser().cookies())
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    try (PDDocument document = Loader.loadPDF(pdf.body())) {
      String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
      assertThat(text).contains("What matters to me", "Get back to the bowling club on Thursdays");
      assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
      assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
    }
    assertThat(auditActions(agreed.person())).contains("plan/download");
  }

  @Test
  void readsThePlanThroughTheApiWithItsCldServiceEvents() throws Exception {
    Agreed agreed = agreedPlan();
    agreed.browser().get(agreed.plan() + "/support/new/commissioned");
    agreed
        .browser()
        .post(
            agreed.plan() + "/support/new/commissioned",
            PlanPagesTests.commissioned(agreed.outcome()));
    String token = api.tokenFor("practitioner");

    HttpResponse<String> read =
        api.send(token, "GET", "/api/v1/people/" + agreed.person() + "/plan", null);

    assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
    JsonNode body = JSON.readTree(read.body());
    assertThat(body.get("status").asText()).isEqualTo("AGREED");
    assertThat(body.get("outcomes").get(0).get("words").asText())
        .isEqualTo("Get back to the bowling club on Thursdays");
    JsonNode service = body.get("support").get(1).get("service");
    assertThat(service.get("serviceType").asText()).isEqualTo("Long Term Support: Community");
    assertThat(service.get("eventOutcome").asText()).isEqualTo("Provision of service");
    assertThat(body.get("budget").get("costWeekly").decimalValue()).isEqualByComparingTo("243.29");
    assertThat(body.get("nextReview").get("kind").asText()).isEqualTo("AFTER_PLAN_STARTED");
    assertThat(auditActions(agreed.person())).contains("plan/view");
  }

  @Test
  void recordsAReviewThroughTheApi() throws Exception {
    Agreed agreed = agreedPlan();
    String token = api.tokenFor("practitioner");
    String path = "/api/v1/people/" + agreed.person() + "/plan/reviews";

    HttpResponse<String> malformed = api.send(token, "POST", path, "{\"heldOn\":\"yesterday\"");
    assertThat(malformed.statusCode()).isEqualTo(400);
    HttpResponse<String> invalid = api.send(token, "POST", path, "{\"working\":\"\"}");
    assertThat(invalid.statusCode()).isEqualTo(400);
    assertThat(invalid.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(JSON.readTree(invalid.body()).get("errors").findValuesAsString("field"))
        .contains("working", "method", "packageChanged");

    String review =
        """
        {"heldOn":"%s","reason":"Unplanned","unplannedReason":"Fell at home","method":"Carer only",
         "working":"Lunch club","notWorking":"Nights","packageChanged":true,
         "ratings":[{"outcomeId":"%s","rating":"ACHIEVED","gasScore":2}],
         "ons4":{"happy":8}}
        """
            .formatted(today, agreed.outcome());
    HttpResponse<String> created = api.send(token, "POST", path, review);

    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonNode event = JSON.readTree(created.body());
    assertThat(event.get("eventType").asText()).isEqualTo("Review");
    assertThat(event.get("reviewReason").asText()).isEqualTo("Unplanned");
    assertThat(event.get("methodOfReview").asText()).isEqualTo("Carer only");
    assertThat(event.get("eventOutcome").asText())
        .isEqualTo("Progress to Support Planning / Services");
    assertThat(auditActions(agreed.person())).contains("plan/review");
  }

  @Test
  void refusesTheApiWithoutARelationshipAndForUnknownPeople() throws Exception {
    Agreed agreed = agreedPlan();

    HttpResponse<String> other =
        api.send(
            api.tokenFor("practitioner2"),
            "GET",
            "/api/v1/people/" + agreed.person() + "/plan",
            null);
    assertThat(other.statusCode()).isEqualTo(403);
    assertThat(JSON.readTree(other.body()).get("type").asText())
        .isEqualTo("urn:strengths:problem:no-working-relationship");
    assertThat(
            api.send(api.tokenFor("practitioner"), "GET", "/api/v1/people/nonsense/plan", null)
                .statusCode())
        .isEqualTo(404);
    assertThat(
            api.send(null, "GET", "/api/v1/people/" + agreed.person() + "/plan", null).statusCode())
        .isEqualTo(401);
  }

  private List<String> auditActions(UUID person) {
    return jdbc.sql(
            "SELECT section || '/' || action FROM audit_entry WHERE person_id = :p ORDER BY seq")
        .param("p", person)
        .query(String.class)
        .list();
  }
}
