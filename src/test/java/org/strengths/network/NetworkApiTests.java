package org.strengths.network;

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
import org.strengths.testing.TestClock;
import org.strengths.testing.WebSession;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The network API over real HTTP, with bearer tokens as an integration would use. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class NetworkApiTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final HttpClient http = HttpClient.newHttpClient();

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired People people;
  @Autowired StaffAccounts accounts;

  @Test
  void givesTheMembersAndSummaryWithTheViewAudited() throws Exception {
    UUID person = NetworkTestPeople.personOf(people, accounts, "practitioner");
    WebSession sam = WebSession.signedIn(port, "practitioner", "strengths-demo");
    sam.get("/people/" + person + "/network/new");
    sam.post("/people/" + person + "/network/new", NetworkTestPeople.relationship("Mary"));

    HttpResponse<String> response =
        get(tokenFor("practitioner"), "/api/v1/people/" + person + "/network");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode body = JSON.readTree(response.body());
    assertThat(body.get("members").get(0).get("label").asText()).isEqualTo("Mary");
    assertThat(body.get("members").get(0).get("carerCheck").get("mayBeReliedOn").asBoolean())
        .isFalse();
    assertThat(body.get("members").get(0).get("carerCheck").get("missing").get(0).asText())
        .isEqualTo("IMPACT_CONSIDERED");
    assertThat(body.get("summary").get("total").asInt()).isEqualTo(1);
    assertThat(body.get("summary").get("givingCare").asInt()).isEqualTo(1);
    assertThat(auditEntries(person)).contains("network/view/api");
  }

  @Test
  void refusesANetworkWithoutAWorkingRelationship() throws Exception {
    UUID person = NetworkTestPeople.personOf(people, accounts, "practitioner");

    HttpResponse<String> response =
        get(tokenFor("practitioner2"), "/api/v1/people/" + person + "/network");

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(JSON.readTree(response.body()).get("type").asText())
        .isEqualTo("urn:strengths:problem:no-working-relationship");
  }

  @Test
  void refusesAnalystsCallersWithoutATokenAndUnknownIds() throws Exception {
    UUID person = NetworkTestPeople.personOf(people, accounts, "practitioner");

    assertThat(get(tokenFor("analyst"), "/api/v1/people/" + person + "/network").statusCode())
        .isEqualTo(403);
    assertThat(get(null, "/api/v1/people/" + person + "/network").statusCode()).isEqualTo(401);
    HttpResponse<String> unknown = get(tokenFor("practitioner"), "/api/v1/people/nope/network");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
  }

  private HttpResponse<String> get(String token, String path) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Accept", "application/json, application/problem+json")
            .GET();
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Issues a token the way the admin page does: only its SHA-256 hash is stored. */
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

  private List<String> auditEntries(UUID person) {
    return jdbc.sql(
            "SELECT section || '/' || action || '/' || coalesce(detail, '') FROM audit_entry"
                + " WHERE person_id = :id")
        .param("id", person)
        .query(String.class)
        .list();
  }
}
