package org.strengths.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.strengths.access.StaffAccounts;
import org.strengths.person.People;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The conversations API over real HTTP with bearer tokens. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ConversationApiTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final HttpClient http = HttpClient.newHttpClient();

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired People people;
  @Autowired StaffAccounts accounts;

  @Test
  void createsAConversationAndReadsItBackWithTheViewsAudited() throws Exception {
    UUID person =
        ConversationTestData.personOf(people, ConversationTestData.staff(accounts, "practitioner"));
    String token = tokenFor("practitioner");

    HttpResponse<String> created =
        send(
            token,
            "POST",
            "/api/v1/people/" + person + "/conversations",
            conversation("2026-01-05"));

    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonNode body = JSON.readTree(created.body());
    String id = body.get("id").asText();
    assertThat(body.get("number").asInt()).isEqualTo(1);
    assertThat(body.get("spending").get(0).get("amountPence").asLong()).isEqualTo(1250);
    assertThat(send(token, "GET", "/api/v1/conversations/" + id, null).statusCode()).isEqualTo(200);
    HttpResponse<String> list =
        send(token, "GET", "/api/v1/people/" + person + "/conversations", null);
    assertThat(JSON.readTree(list.body()).get("conversations").findValuesAsString("id"))
        .contains(id);
    assertThat(audit(person)).contains("conversation/create", "conversation/view");
  }

  @Test
  void explainsEachInvalidFieldWithAPointer() throws Exception {
    UUID person =
        ConversationTestData.personOf(people, ConversationTestData.staff(accounts, "practitioner"));
    String body =
        """
        {"heldOn":"2026-01-05","stage":"nonsense","analysis":"%s",
         "strengths":[{"kind":"magic","description":"Sings"}],
         "spending":[{"amount":"1.234","whatFor":"Bus"}]}
        """
            .formatted("x".repeat(10_001));

    HttpResponse<String> response =
        send(tokenFor("practitioner"), "POST", "/api/v1/people/" + person + "/conversations", body);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("json");
    List<String> pointers =
        JSON.readTree(response.body()).get("errors").findValuesAsString("pointer");
    assertThat(pointers)
        .contains(
            "#/stage", "#/analysis", "#/strengths/0/kind", "#/spending/0/amount", "#/outcome");
  }

  @Test
  void answersAWrongDateFormatWithAProblem() throws Exception {
    UUID person =
        ConversationTestData.personOf(people, ConversationTestData.staff(accounts, "practitioner"));

    HttpResponse<String> response =
        send(
            tokenFor("practitioner"),
            "POST",
            "/api/v1/people/" + person + "/conversations",
            conversation("05/01/2026"));

    assertThat(response.statusCode()).isEqualTo(400);
  }

  @Test
  void refusesWithoutAWorkingRelationshipAndForOtherRoles() throws Exception {
    UUID person =
        ConversationTestData.personOf(people, ConversationTestData.staff(accounts, "practitioner"));
    String path = "/api/v1/people/" + person + "/conversations";

    HttpResponse<String> stranger = send(tokenFor("practitioner2"), "GET", path, null);
    assertThat(stranger.statusCode()).isEqualTo(403);
    assertThat(JSON.readTree(stranger.body()).get("type").asText())
        .isEqualTo("urn:strengths:problem:no-working-relationship");
    assertThat(send(tokenFor("analyst"), "GET", path, null).statusCode()).isEqualTo(403);
    assertThat(
            send(tokenFor("practitioner"), "GET", "/api/v1/conversations/not-an-id", null)
                .statusCode())
        .isEqualTo(404);
  }

  private static String conversation(String heldOn) {
    return """
        {"heldOn":"%s","stage":"crisis","channel":"home",
         "whatMatters":[{"words":"Keeping warm","attribution":"person"}],
         "strengths":[{"kind":"relationship","description":"Neighbour Pat","identifiedBy":"person"}],
         "actions":[{"what":"Fix the boiler","who":"practitioner","byWhen":"2026-01-12"}],
         "spending":[{"amount":"12.50","whatFor":"Heater"}],
         "outcome":"Progress to Assessment"}
        """
        .formatted(heldOn);
  }

  private List<String> audit(UUID person) {
    return jdbc.sql(
            "SELECT section || '/' || action FROM audit_entry WHERE person_id = :p ORDER BY seq")
        .param("p", person)
        .query(String.class)
        .list();
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
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
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
            VALUES (:id, :staff, 'test', :hash, now(), :staff)
            """)
        .param("id", UUID.randomUUID())
        .param("staff", staffId)
        .param(
            "hash",
            HexFormat.of()
                .formatHex(
                    MessageDigest.getInstance("SHA-256")
                        .digest(secret.getBytes(StandardCharsets.UTF_8))))
        .update();
    return secret;
  }
}
