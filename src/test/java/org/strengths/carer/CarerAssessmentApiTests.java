package org.strengths.carer;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.strengths.testing.ApiClient;
import org.strengths.testing.TestClock;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The carers' assessments API over real HTTP with bearer tokens. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CarerAssessmentApiTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort int port;

  private ApiClient api;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void callTheApiOnThisPort() {
    api = new ApiClient(port, jdbc);
  }

  @Test
  void recordsACarersAssessmentAndReadsItBackWithTheViewsAudited() throws Exception {
    String token = api.tokenFor("practitioner");
    UUID carer = CarerTestPeople.person(jdbc, "practitioner");

    HttpResponse<String> created =
        api.send(
            token, "POST", "/api/v1/people/" + carer + "/carer-assessments", body("Time to rest"));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonNode saved = JSON.readTree(created.body());
    String id = saved.get("id").asText();
    assertThat(created.headers().firstValue("Location"))
        .hasValue("/api/v1/carer-assessments/" + id);
    assertThat(saved.get("eligibility").get("suggestion").asText()).isEqualTo("NOT_YET_CLEAR");

    JsonNode read =
        JSON.readTree(api.send(token, "GET", "/api/v1/carer-assessments/" + id, null).body());
    assertThat(read.get("conversation").get("whatMatters").asText()).isEqualTo("Time to rest");
    assertThat(read.get("conversation").get("quotes").get(0).get("saidBy").asText())
        .isEqualTo("the carer");
    assertThat(read.get("conversation").get("wellbeing").get("HEALTH").asText()).isEqualTo("Tired");

    JsonNode list =
        JSON.readTree(
            api.send(token, "GET", "/api/v1/people/" + carer + "/carer-assessments", null).body());
    assertThat(list.get("carerAssessments").findValuesAsString("id")).containsExactly(id);
    assertThat(auditActions(carer)).contains("carer-assessment/create", "carer-assessment/view");
  }

  @Test
  void explainsEachInvalidFieldAndSavesNothing() throws Exception {
    UUID carer = CarerTestPeople.person(jdbc, "practitioner");
    String tooLong = "x".repeat(10_001);

    HttpResponse<String> response =
        api.send(
            api.tokenFor("practitioner"),
            "POST",
            "/api/v1/people/" + carer + "/carer-assessments",
            body(tooLong).replace("\"YES\"", "\"MAYBE\""));

    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode errors = JSON.readTree(response.body()).get("errors");
    assertThat(errors.findValuesAsString("field")).contains("whatMatters", "ableNow");
    assertThat(count(carer)).isZero();
  }

  @Test
  void answersABadDateWithAProblemNotAServerError() throws Exception {
    UUID carer = CarerTestPeople.person(jdbc, "practitioner");

    HttpResponse<String> response =
        api.send(
            api.tokenFor("practitioner"),
            "POST",
            "/api/v1/people/" + carer + "/carer-assessments",
            "{\"conversationDate\":\"31-02-2025\",\"whatMatters\":\"x\"}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(count(carer)).isZero();
  }

  @Test
  void refusesWithoutAWorkingRelationshipAndRefusesAnalysts() throws Exception {
    UUID carer = CarerTestPeople.person(jdbc, "practitioner");
    String id =
        idOf(
            api.send(
                api.tokenFor("practitioner"),
                "POST",
                "/api/v1/people/" + carer + "/carer-assessments",
                body("Rest")));

    HttpResponse<String> stranger =
        api.send(api.tokenFor("practitioner2"), "GET", "/api/v1/carer-assessments/" + id, null);
    assertThat(stranger.statusCode()).isEqualTo(403);
    assertThat(JSON.readTree(stranger.body()).get("type").asText())
        .isEqualTo("urn:strengths:problem:no-working-relationship");
    assertThat(
            api.send(
                    api.tokenFor("analyst"),
                    "GET",
                    "/api/v1/people/" + carer + "/carer-assessments",
                    null)
                .statusCode())
        .isEqualTo(403);
    assertThat(
            api.send(
                    api.tokenFor("practitioner2"),
                    "POST",
                    "/api/v1/people/" + carer + "/carer-assessments",
                    body("Rest"))
                .statusCode())
        .isEqualTo(403);
  }

  @Test
  void answersUnknownIdsWithNotFound() throws Exception {
    String token = api.tokenFor("practitioner");

    assertThat(api.send(token, "GET", "/api/v1/carer-assessments/not-an-id", null).statusCode())
        .isEqualTo(404);
    assertThat(
            api.send(token, "GET", "/api/v1/carer-assessments/" + UUID.randomUUID(), null)
                .statusCode())
        .isEqualTo(404);
    assertThat(
            api.send(
                    token,
                    "GET",
                    "/api/v1/people/" + UUID.randomUUID() + "/carer-assessments",
                    null)
                .statusCode())
        .isEqualTo(404);
  }

  private static String idOf(HttpResponse<String> response) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return JSON.readTree(response.body()).get("id").asText();
  }

  private static String body(String whatMatters) {
    return """
        {"conversationDate":"%s","whatMatters":"%s","ableNow":"YES",
         "quotes":[{"quote":"I need a break","saidBy":"the carer"}, null],
         "wellbeing":{"HEALTH":"Tired","DIGNITY":null}}
        """
        .formatted(TestClock.today().minusDays(2), whatMatters);
  }

  private long count(UUID carer) {
    return jdbc.sql("SELECT count(*) FROM carer_assessment WHERE carer_id = :c")
        .param("c", carer)
        .query(Long.class)
        .single();
  }

  private List<String> auditActions(UUID personId) {
    return jdbc.sql(
            "SELECT section || '/' || action FROM audit_entry WHERE person_id = :id ORDER BY seq")
        .param("id", personId)
        .query(String.class)
        .list();
  }
}
