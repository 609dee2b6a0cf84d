package org.strengths.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.strengths.testing.ApiClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The people API over real HTTP, authenticated with bearer tokens as an integration would be. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PeopleApiTests {

  /**
   * Many tests add people born on the same day, so a random surname can sound like another test's;
   * the duplicate warning has its own test, and these tests are about adding and reading.
   */
  private static final String ADD_CHECKED = "/api/v1/people?duplicatesChecked=true";

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort int port;

  private ApiClient api;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void callTheApiOnThisPort() {
    api = new ApiClient(port, jdbc);
  }

  @Test
  void refusesCallsWithoutATokenWithAProblem() throws Exception {
    HttpResponse<String> response =
        api.send(null, "GET", "/api/v1/people/" + UUID.randomUUID(), null);

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
  }

  @Test
  void addsAPersonAndReadsThemBackWithTheViewAudited() throws Exception {
    String token = api.tokenFor("practitioner");
    String lastName = TestPeople.name();

    HttpResponse<String> created =
        api.send(token, "POST", ADD_CHECKED, person("Ada", lastName, TestPeople.nhsNumber()));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String id = JSON.readTree(created.body()).get("id").asText();
    assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/people/" + id);

    HttpResponse<String> read = api.send(token, "GET", "/api/v1/people/" + id, null);
    assertThat(read.statusCode()).isEqualTo(200);
    JsonNode body = JSON.readTree(read.body());
    assertThat(body.get("lastName").asText()).isEqualTo(lastName);
    assertThat(body.get("dateOfBirth").asText()).isEqualTo("1948-03-12");
    assertThat(auditActions(UUID.fromString(id))).contains("record/create", "record/view");
  }

  @Test
  void searchesWithTypos() throws Exception {
    String token = api.tokenFor("practitioner");
    String lastName = "Wolstenholme" + TestPeople.name().substring(1, 4);
    String id = createdId(token, lastName, TestPeople.nhsNumber());

    HttpResponse<String> found =
        api.send(token, "GET", "/api/v1/people?q=Aad+" + lastName.replace("ol", "lo"), null);

    assertThat(found.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(found.body()).get("people").findValuesAsString("id")).contains(id);
    assertThat(api.send(token, "GET", "/api/v1/people?q=", null).statusCode()).isEqualTo(400);
  }

  @Test
  void refusesARecordWithoutAWorkingRelationship() throws Exception {
    String id = createdId(api.tokenFor("practitioner"), TestPeople.name(), TestPeople.nhsNumber());

    HttpResponse<String> response =
        api.send(api.tokenFor("practitioner2"), "GET", "/api/v1/people/" + id, null);

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(JSON.readTree(response.body()).get("type").asText())
        .isEqualTo("urn:strengths:problem:no-working-relationship");
  }

  @Test
  void refusesAnalystsAndUnknownIds() throws Exception {
    assertThat(
            api.send(api.tokenFor("analyst"), "GET", "/api/v1/people/" + UUID.randomUUID(), null)
                .statusCode())
        .isEqualTo(403);
    assertThat(
            api.send(api.tokenFor("practitioner"), "GET", "/api/v1/people/not-an-id", null)
                .statusCode())
        .isEqualTo(404);
  }

  @Test
  void explainsEachInvalidFieldAndSavesNothing() throws Exception {
    String lastName = TestPeople.name();
    HttpResponse<String> response =
        api.send(
            api.tokenFor("practitioner"),
            "POST",
            "/api/v1/people",
            person("", lastName, "9434765918"));

    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode errors = JSON.readTree(response.body()).get("errors");
    assertThat(errors.findValuesAsString("pointer")).contains("#/firstName", "#/nhsNumber");
    assertThat(
            jdbc.sql("SELECT count(*) FROM person WHERE last_name = :name")
                .param("name", lastName)
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void warnsOfALikelyDuplicateUntilTheCallerConfirms() throws Exception {
    String token = api.tokenFor("practitioner");
    String nhsNumber = TestPeople.nhsNumber();
    String existing = createdId(token, TestPeople.name(), nhsNumber);

    String again = person("Ada", TestPeople.name(), nhsNumber);
    HttpResponse<String> warned = api.send(token, "POST", "/api/v1/people", again);
    assertThat(warned.statusCode()).isEqualTo(409);
    assertThat(JSON.readTree(warned.body()).get("duplicates").findValuesAsString("id"))
        .contains(existing);

    assertThat(api.send(token, "POST", "/api/v1/people?duplicatesChecked=true", again).statusCode())
        .isEqualTo(201);
  }

  @Test
  void answersMalformedJsonWithAProblemNotAServerError() throws Exception {
    HttpResponse<String> response =
        api.send(api.tokenFor("practitioner"), "POST", "/api/v1/people", "{\"firstName\": ");

    assertThat(response.statusCode()).isEqualTo(400);
  }

  @Test
  void servesAnOpenApiDescription() throws Exception {
    HttpResponse<String> response =
        api.send(api.tokenFor("practitioner"), "GET", "/api/v1/openapi", null);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(response.body()).get("paths").has("/api/v1/people/{id}")).isTrue();
  }

  private String createdId(String token, String lastName, String nhsNumber) throws Exception {
    HttpResponse<String> created =
        api.send(token, "POST", ADD_CHECKED, person("Ada", lastName, nhsNumber));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return JSON.readTree(created.body()).get("id").asText();
  }

  private static String person(String firstName, String lastName, String nhsNumber) {
    return """
        {"firstName":"%s","lastName":"%s","dateOfBirth":"1948-03-12","nhsNumber":"%s",
         "postcode":"ls1 4ap"}
        """
        .formatted(firstName, lastName, nhsNumber);
  }

  private java.util.List<String> auditActions(UUID personId) {
    return jdbc.sql(
            "SELECT section || '/' || action FROM audit_entry WHERE person_id = :id ORDER BY seq")
        .param("id", personId)
        .query(String.class)
        .list();
  }
}
