package org.strengths.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.strengths.testing.WebSession;

/** "Who has looked at this record" and the administrator's audit log check, over real HTTP. */
@AccessIntegrationTest
class AuditTrailTest {

  private static final String DEMO = "strengths-demo";

  @LocalServerPort int port;
  @Autowired FakePersonDirectory people;
  @Autowired JdbcClient jdbc;

  @Test
  void showsTheManagerOfThePersonsTeamWhoLookedNewestFirst() {
    UUID person = people.add("Ada Byron", team("North locality"), null);
    WebSession sam = WebSession.signedIn(port, "practitioner", DEMO);
    sam.get("/test-only/people/" + person);
    WebSession manager = WebSession.signedIn(port, "manager", DEMO);

    HttpResponse<String> trail = manager.get("/people/" + person + "/audit-trail");

    assertThat(trail.statusCode()).isEqualTo(200);
    assertThat(trail.body())
        .contains("Who has looked at this record")
        .contains("Audit log for Ada Byron")
        .contains("Sam Okafor (practitioner)")
        .contains("Priya Shah (manager)")
        .contains("audit-trail")
        .contains("Showing 1 to 2 of 2 entries");
    assertThat(trail.body().indexOf("audit-trail</td>"))
        .as("the newest entry, this view, comes first")
        .isLessThan(trail.body().indexOf("Sam Okafor"));
  }

  @Test
  void recordsThatSomeoneLookedAtTheAuditTrail() {
    UUID person = people.add("Charles Babbage", team("North locality"), null);

    WebSession.signedIn(port, "manager", DEMO).get("/people/" + person + "/audit-trail");

    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit_entry WHERE person_id = :person"
                        + " AND section = 'audit-trail' AND action = 'view' AND username = 'manager'")
                .param("person", person)
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void pagesTheTrailFiftyEntriesAtATime() {
    UUID person = people.add("Katherine Johnson", team("North locality"), null);
    WebSession sam = WebSession.signedIn(port, "practitioner", DEMO);
    for (int i = 0; i < 50; i++) {
      sam.get("/test-only/people/" + person);
    }
    WebSession manager = WebSession.signedIn(port, "manager", DEMO);

    String first = manager.get("/people/" + person + "/audit-trail").body();
    String second = manager.get("/people/" + person + "/audit-trail?page=2").body();

    assertThat(first)
        .contains("Showing 1 to 50 of 51 entries")
        .contains("href=\"/people/" + person + "/audit-trail?page=2\"");
    assertThat(second).contains("Showing 51 to 52 of 52 entries").contains("rel=\"prev\"");
    assertThat(manager.get("/people/" + person + "/audit-trail?page=nonsense").statusCode())
        .isEqualTo(200);
  }

  @Test
  void refusesAPractitionerEvenOfThePersonsTeam() {
    UUID person = people.add("Hedy Lamarr", team("North locality"), null);

    HttpResponse<String> trail =
        WebSession.signedIn(port, "practitioner", DEMO).get("/people/" + person + "/audit-trail");

    assertThat(trail.statusCode()).isEqualTo(403);
  }

  @Test
  void refusesTheManagerOfAnotherTeamAndTheAdministrator() {
    UUID person = people.add("Emmy Noether", team("North locality"), null);

    assertThat(
            WebSession.signedIn(port, "manager2", DEMO)
                .get("/people/" + person + "/audit-trail")
                .statusCode())
        .isEqualTo(403);
    assertThat(
            WebSession.signedIn(port, "admin", DEMO)
                .get("/people/" + person + "/audit-trail")
                .statusCode())
        .isEqualTo(403);
  }

  @Test
  void answersNotFoundForAnUnknownPerson() {
    assertThat(
            WebSession.signedIn(port, "manager", DEMO)
                .get("/people/" + UUID.randomUUID() + "/audit-trail")
                .statusCode())
        .isEqualTo(404);
  }

  @Test
  void showsTheAdministratorThatTheChainIsIntact() {
    HttpResponse<String> page = WebSession.signedIn(port, "admin", DEMO).get("/admin/audit-log");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).containsPattern("[\\d,]+ entries checked, chain intact");
  }

  @Test
  void keepsTheAuditLogCheckFromEveryoneButAdministrators() {
    assertThat(WebSession.signedIn(port, "manager", DEMO).get("/admin/audit-log").statusCode())
        .isEqualTo(403);
    assertThat(WebSession.signedIn(port, "analyst", DEMO).get("/admin/audit-log").statusCode())
        .isEqualTo(403);
  }

  private UUID team(String name) {
    return jdbc.sql("SELECT id FROM access_team WHERE name = :name")
        .param("name", name)
        .query(UUID.class)
        .single();
  }
}
