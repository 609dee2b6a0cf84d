package org.strengths.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.strengths.access.StaffAccounts;
import org.strengths.access.StaffMember;
import org.strengths.conversation.ConversationTestData;
import org.strengths.person.People;
import org.strengths.testing.ApiClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The assessments API over real HTTP with bearer tokens. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AssessmentApiTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort int port;

  private ApiClient api;
  @Autowired JdbcClient jdbc;
  @Autowired People people;
  @Autowired StaffAccounts accounts;
  @Autowired ApplicationContext context;

  @BeforeEach
  void callTheApiOnThisPort() {
    api = new ApiClient(port, jdbc);
  }

  @Test
  void startsAnAssessmentFromAConversationAndReadsItBackAudited() throws Exception {
    StaffMember worker = ConversationTestData.staff(accounts, "practitioner");
    UUID person = ConversationTestData.personOf(people, worker);
    UUID conversation = conversation(person, worker);
    String token = api.tokenFor("practitioner");

    HttpResponse<String> created =
        api.send(
            token,
            "POST",
            "/api/v1/people/" + person + "/assessments",
            "{\"conversationId\":\"" + conversation + "\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonNode body = JSON.readTree(created.body());
    String id = body.get("id").asText();
    assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/assessments/" + id);
    assertThat(body.get("answers").get("whoWasInvolved").asText())
        .isEqualTo("Ada and her daughter Mia");
    assertThat(body.get("sections").get("wellbeing").asText()).isEqualTo("NOT_STARTED");
    assertThat(body.get("narrativeComplete").asBoolean()).isFalse();

    HttpResponse<String> read = api.send(token, "GET", "/api/v1/assessments/" + id, null);
    assertThat(read.statusCode()).isEqualTo(200);
    HttpResponse<String> list =
        api.send(token, "GET", "/api/v1/people/" + person + "/assessments", null);
    assertThat(JSON.readTree(list.body()).findValuesAsString("id")).contains(id);
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit_entry WHERE person_id = :p AND section = 'assessment'"
                        + " AND detail LIKE 'api%'")
                .param("p", person)
                .query(Long.class)
                .single())
        .isEqualTo(2);
  }

  @Test
  void refusesAnUnknownConversationWithAProblem() throws Exception {
    StaffMember worker = ConversationTestData.staff(accounts, "practitioner");
    UUID person = ConversationTestData.personOf(people, worker);

    HttpResponse<String> refused =
        api.send(
            api.tokenFor("practitioner"),
            "POST",
            "/api/v1/people/" + person + "/assessments",
            "{\"conversationId\":\"" + UUID.randomUUID() + "\"}");

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(refused.body()).get("errors").findValuesAsString("pointer"))
        .contains("#/conversationId");
    assertThat(
            api.send(
                    api.tokenFor("practitioner"),
                    "POST",
                    "/api/v1/people/" + person + "/assessments",
                    "{")
                .statusCode())
        .isEqualTo(400);
  }

  @Test
  void refusesAnalystsOtherTeamsAndUnknownIds() throws Exception {
    StaffMember worker = ConversationTestData.staff(accounts, "practitioner");
    UUID person = ConversationTestData.personOf(people, worker);

    assertThat(
            api.send(
                    api.tokenFor("analyst"),
                    "GET",
                    "/api/v1/people/" + person + "/assessments",
                    null)
                .statusCode())
        .isEqualTo(403);
    assertThat(
            api.send(
                    api.tokenFor("practitioner2"),
                    "GET",
                    "/api/v1/people/" + person + "/assessments",
                    null)
                .statusCode())
        .isEqualTo(403);
    assertThat(
            api.send(
                    api.tokenFor("practitioner"),
                    "GET",
                    "/api/v1/assessments/" + UUID.randomUUID(),
                    null)
                .statusCode())
        .isEqualTo(404);
    assertThat(
            api.send(api.tokenFor("practitioner"), "GET", "/api/v1/assessments/not-an-id", null)
                .statusCode())
        .isEqualTo(404);
  }

  private UUID conversation(UUID person, StaffMember worker) {
    return ConversationTestData.completed(
        context, person, worker, LocalDate.of(2025, 4, 1), "Progress to Assessment");
  }
}
