package org.strengths.connection;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.strengths.access.StaffAccounts;
import org.strengths.access.StaffMember;
import org.strengths.community.CommunityAssets;
import org.strengths.person.People;
import org.strengths.testing.ApiClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The connections API over real HTTP with bearer tokens, and the event announced when a connection
 * is made.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@RecordApplicationEvents
class ConnectionsApiTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort int port;

  private ApiClient api;
  @Autowired JdbcClient jdbc;
  @Autowired People people;
  @Autowired StaffAccounts accounts;
  @Autowired PasswordEncoder passwords;
  @Autowired CommunityAssets assets;
  @Autowired Connections connections;
  @Autowired ApplicationEvents events;

  Fixtures fixtures;
  UUID person;
  UUID asset;
  UUID connection;

  @BeforeEach
  void callTheApiOnThisPort() {
    api = new ApiClient(port, jdbc);
  }

  @BeforeEach
  void sendAConnection() {
    fixtures = new Fixtures(jdbc, people, accounts, passwords);
    person = fixtures.person();
    asset =
        fixtures.asset(
            CommunityAssets.DEMO_BEFRIENDING_ORGANISATION_ID,
            "Phone friends " + Fixtures.letters());
    StaffMember practitioner = fixtures.staff("practitioner");
    SecurityContextHolder.getContext()
        .setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(
                practitioner, null, practitioner.getAuthorities()));
    Connections.Sending sent =
        connections.send(
            people.find(person).orElseThrow(),
            assets.find(asset).orElseThrow(),
            new SharingChoice(
                ConnectionMethod.FORMAL_REFERRAL,
                true,
                LawfulBasis.IMPLIED_CONSENT,
                null,
                null,
                null,
                EnumSet.of(SharedField.NAME, SharedField.EMAIL),
                null,
                null,
                "Weekly call please"),
            practitioner);
    connection = ((Connections.Made) sent).id();
  }

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  @Test
  void announcesTheConnectionForTheEcomap() {
    assertThat(events.stream(ConnectionMade.class))
        .singleElement()
        .satisfies(
            made -> {
              assertThat(made.connectionId()).isEqualTo(connection);
              assertThat(made.personId()).isEqualTo(person);
              assertThat(made.assetId()).isEqualTo(asset);
              assertThat(made.assetName()).startsWith("Phone friends");
            });
  }

  @Test
  void listsAPersonsConnectionsWithWhatWasSharedAndAuditsTheView() throws Exception {
    HttpResponse<String> response =
        api.get(api.tokenFor("practitioner"), "/api/v1/people/" + person + "/connections");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode first = JSON.readTree(response.body()).get("connections").get(0);
    assertThat(first.get("id").asText()).isEqualTo(connection.toString());
    assertThat(first.get("method").asText()).isEqualTo("FORMAL_REFERRAL");
    assertThat(first.get("lawfulBasis").asText()).isEqualTo("IMPLIED_CONSENT");
    assertThat(first.get("status").asText()).isEqualTo("SENT");
    assertThat(first.get("organisationName").asText()).isEqualTo("Chapeltown Befrienders");
    assertThat(first.get("shared").findValuesAsString("field")).containsExactly("NAME", "EMAIL");
    assertThat(first.get("shared").findValuesAsString("value")).contains("peggy@example.org");
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit_entry WHERE person_id = ? AND section = 'connection'"
                        + " AND action = 'list' AND detail = 'api'")
                .param(person)
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void refusesWithoutAWorkingRelationshipAndAnswersProblems() throws Exception {
    String path = "/api/v1/people/" + person + "/connections";

    assertThat(api.get(null, path).statusCode()).isEqualTo(401);
    HttpResponse<String> otherTeam = api.get(api.tokenFor("practitioner2"), path);
    assertThat(otherTeam.statusCode()).isEqualTo(403);
    assertThat(JSON.readTree(otherTeam.body()).get("type").asText())
        .isEqualTo("urn:strengths:problem:no-working-relationship");
    assertThat(api.get(api.tokenFor("analyst"), path).statusCode()).isEqualTo(403);
    HttpResponse<String> unknown =
        api.get(
            api.tokenFor("practitioner"), "/api/v1/people/" + UUID.randomUUID() + "/connections");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(
            api.get(api.tokenFor("practitioner"), "/api/v1/people/nonsense/connections")
                .statusCode())
        .isEqualTo(404);
  }

  @Test
  void neverLetsAPartnerUseTheApi() throws Exception {
    HttpResponse<String> response =
        api.get(api.tokenFor("partner"), "/api/v1/people/" + person + "/connections");

    assertThat(response.statusCode()).isIn(401, 403);
  }

  @Test
  void keepsTheSnapshotWhenTheRecordChanges() {
    jdbc.sql("UPDATE person SET email = 'new@example.org' WHERE id = ?").param(person).update();

    assertThat(
            new ConnectionStore(jdbc)
                .items(connection).stream().map(DisclosureSnapshot.Item::value).toList())
        .contains("peggy@example.org")
        .doesNotContain("new@example.org");
  }
}
