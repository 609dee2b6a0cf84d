package org.strengths.conversation;

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
import org.strengths.access.StaffAccounts;
import org.strengths.person.People;
import org.strengths.testing.ApiClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The conversations API over real HTTP with bearer tokens. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ConversationApiTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort int port;

  private ApiClient api;
  @Autowired JdbcClient jdbc;
  @Autowired People people;
  @Autowired StaffAccounts accounts;

  @BeforeEach
  void callTheApiOnThisPort() {
    api = new ApiClient(port, jdbc);
  }

  @Test
  void createsAConversationAndReadsItBackWithTheViewsAudited() throws Exception {
    UUID person =
        ConversationTestData.personOf(people, ConversationTestData.staff(accounts, "practitioner"));
    String token = api.tokenFor("practitioner");

    HttpResponse<String> created =
        api.send(
            token,
            "POST",
            "/api/v1/people/" + person + "/conversations",
            conversation("2026-01-05"));

    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonNode body = JSON.readTree(created.body());
    String id = body.get("id").asText();
    assertThat(body.get("number").asInt()).isEqualTo(1);
    assertThat(body.get("spending").get(0).get("amountPence").asLong()).isEqualTo(1250);
    assertThat(api.send(token, "GET", "/api/v1/conversations/" + id, null).statusCode())
        .isEqualTo(200);
    HttpResponse<String> list =
        api.send(token, "GET", "/api/v1/people/" + person + "/conversations", null);
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
        api.send(
            api.tokenFor("practitioner"),
            "POST",
            "/api/v1/people/" + person + "/conversations",
            body);

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
        api.send(
            api.tokenFor("practitioner"),
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

    HttpResponse<String> stranger = api.send(api.tokenFor("practitioner2"), "GET", path, null);
    assertThat(stranger.statusCode()).isEqualTo(403);
    assertThat(JSON.readTree(stranger.body()).get("type").asText())
        .isEqualTo("urn:strengths:problem:no-working-relationship");
    assertThat(api.send(api.tokenFor("analyst"), "GET", path, null).statusCode()).isEqualTo(403);
    assertThat(
            api.send(api.tokenFor("practitioner"), "GET", "/api/v1/conversations/not-an-id", null)
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
}
