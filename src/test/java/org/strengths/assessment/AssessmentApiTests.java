package org.strengths.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.UUID;
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
import org.strengths.testing.TestClock;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The assessments API over real HTTP with bearer tokens. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AssessmentApiTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final HttpClient http = HttpClient.newHttpClient();

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired People people;
  @Autowired StaffAccounts accounts;
  @Autowired ApplicationContext context;

  @Test
  void startsAnAssessmentFromAConversationAndReadsItBackAudited() throws Exception {
    StaffMember worker = ConversationTestData.staff(accounts, "practitioner");
    UUID person = ConversationTestData.personOf(people, worker);
    UUID conversation = conversation(person, worker);
    String token = tokenFor("practitioner");

    HttpResponse<String> created =
        send(
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

    HttpResponse<String> read = send(token, "GET", "/api/v1/assessments/" + id, null);
    assertThat(read.statusCode()).isEqualTo(200);
    HttpResponse<String> list =
        send(token, "GET", "/api/v1/people/" + person + "/assessments", null);
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
        send(
            tokenFor("practitioner"),
            "POST",
            "/api/v1/people/" + person + "/assessments",
            "{\"conversationId\":\"" + UUID.randomUUID() + "\"}");

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(refused.body()).get("errors").findValuesAsString("pointer"))
        .contains("#/conversationId");
    assertThat(
            send(tokenFor("practitioner"), "POST", "/api/v1/people/" + person + "/assessments", "{")
                .statusCode())
        .isEqualTo(400);
  }

  @Test
  void refusesAnalystsOtherTeamsAndUnknownIds() throws Exception {
    StaffMember worker = ConversationTestData.staff(accounts, "practitioner");
    UUID person = ConversationTestData.personOf(people, worker);

    assertThat(
            send(tokenFor("analyst"), "GET", "/api/v1/people/" + person + "/assessments", null)
                .statusCode())
        .isEqualTo(403);
    assertThat(
            send(
                    tokenFor("practitioner2"),
                    "GET",
                    "/api/v1/people/" + person + "/assessments",
                    null)
                .statusCode())
        .isEqualTo(403);
    assertThat(
            send(tokenFor("practitioner"), "GET", "/api/v1/assessments/" + UUID.randomUUID(), null)
                .statusCode())
        .isEqualTo(404);
    assertThat(
            send(tokenFor("practitioner"), "GET", "/api/v1/assessments/not-an-id", null)
                .statusCode())
        .isEqualTo(404);
  }

  private UUID conversation(UUID person, StaffMember worker) {
    return ConversationTestData.completed(
        context, person, worker, LocalDate.of(2025, 4, 1), "Progress to Assessment");
  }

  private HttpResponse<String> send(String token, String method, String path, String body)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Accept", "application/json, application/problem+json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    request.header("Authorization", "Bearer " + token);
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private String tokenFor(String username) throws Exception {
    String secret = "stk_test_" + UUID.randomUUID();
    UUID staffId =
        jdbc.sql("SELECT id FROM access_staff WHERE username = :u")
            .param("u", username)
            .query(UUID.class)
            .single();
    jdbc.sql(
            """
            INSERT INTO access_api_token (id, staff_id, label, token_hash, created_at, created_by)
            VALUES (:id, :staff, 'test', :hash, :now, :staff)
            """)
        .param("id", UUID.randomUUID())
        .param("staff", staffId)
        .param(
            "hash",
            HexFormat.of()
                .formatHex(
                    MessageDigest.getInstance("SHA-256")
                        .digest(secret.getBytes(StandardCharsets.UTF_8))))
        .param("now", TestClock.offsetNow())
        .update();
    return secret;
  }
}
