package org.strengths.network;

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
import org.strengths.testing.WebSession;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The network API over real HTTP, with bearer tokens as an integration would use. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class NetworkApiTests {

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
  void givesTheMembersAndSummaryWithTheViewAudited() throws Exception {
    UUID person = NetworkTestPeople.personOf(people, accounts, "practitioner");
    WebSession sam = WebSession.signedIn(port, "practitioner", "strengths-demo");
    sam.get("/people/" + person + "/network/new");
    sam.post("/people/" + person + "/network/new", NetworkTestPeople.relationship("Mary"));

    HttpResponse<String> response =
        api.get(api.tokenFor("practitioner"), "/api/v1/people/" + person + "/network");

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
        api.get(api.tokenFor("practitioner2"), "/api/v1/people/" + person + "/network");

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(JSON.readTree(response.body()).get("type").asText())
        .isEqualTo("urn:strengths:problem:no-working-relationship");
  }

  @Test
  void refusesAnalystsCallersWithoutATokenAndUnknownIds() throws Exception {
    UUID person = NetworkTestPeople.personOf(people, accounts, "practitioner");

    assertThat(
            api.get(api.tokenFor("analyst"), "/api/v1/people/" + person + "/network").statusCode())
        .isEqualTo(403);
    assertThat(api.get(null, "/api/v1/people/" + person + "/network").statusCode()).isEqualTo(401);
    HttpResponse<String> unknown =
        api.get(api.tokenFor("practitioner"), "/api/v1/people/nope/network");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
  }

  private List<String> auditEntries(UUID person) {
    return jdbc.sql(
            "SELECT section || '/' || action || '/' || coalesce(detail, '') FROM audit_entry"
                + " WHERE person_id = :id ORDER BY seq")
        .param("id", person)
        .query(String.class)
        .list();
  }
}
