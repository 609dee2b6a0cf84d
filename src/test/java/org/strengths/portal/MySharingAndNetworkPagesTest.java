package org.strengths.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.strengths.access.Role;
import org.strengths.access.StaffAccounts;
import org.strengths.access.StaffMember;
import org.strengths.access.Teams;
import org.strengths.community.CommunityAssets;
import org.strengths.connection.ConnectionRecords;
import org.strengths.person.People;
import org.strengths.testing.PersonSignIns;
import org.strengths.testing.RecordFixtures;
import org.strengths.testing.WebSession;

/**
 * "What is shared" and "Your network" on the person's own pages over real HTTP (issue 13 items 5
 * and 7): the person sees each disclosure and withdraws consent, the partner sees it withdrawn and
 * the council can send nothing more; the person sees their ecomap without third-party details and
 * suggests a relationship that the practitioner confirms or declines. Nobody reaches another
 * person's by changing an id, and staff and anonymous users are refused on these /my/ routes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MySharingAndNetworkPagesTest {

  static final String PASSWORD = "strengths-demo";
  static final List<String> ROUTES =
      List.of("/my/sharing", "/my/network", "/my/network/new", "/my/network/change");

  @LocalServerPort int port;
  @Autowired Teams teams;
  @Autowired StaffAccounts staff;
  @Autowired People people;
  @Autowired JdbcClient jdbc;
  @Autowired ConnectionRecords connections;
  @Autowired CommunityAssets assets;

  String suffix;
  StaffMember worker;
  StaffMember stranger;

  @BeforeAll
  void team() {
    suffix = String.valueOf(ThreadLocalRandom.current().nextInt(1_000_000));
    UUID team = teams.add("Sharing team " + suffix);
    UUID other = teams.add("Other sharing team " + suffix);
    staff.addDemoAccount("sharing-worker" + suffix, "Lena Hart", Role.PRACTITIONER, team, null);
    staff.addDemoAccount("sharing-stranger" + suffix, "Ian Moss", Role.PRACTITIONER, other, null);
    worker = staff.loadUserByUsername("sharing-worker" + suffix);
    stranger = staff.loadUserByUsername("sharing-stranger" + suffix);
  }

  /** A person of the worker's, invited at a unique address, and signed in to their pages. */
  record Signed(RecordFixtures.Person person, WebSession session) {}

  private Signed signedIn(String firstName) {
    RecordFixtures.Person person = new RecordFixtures(jdbc, people).person(firstName, worker);
    jdbc.sql("UPDATE person SET phone = '0113 496 0777' WHERE id = ?").param(person.id()).update();
    String contact =
        firstName.toLowerCase()
            + suffix
            + ThreadLocalRandom.current().nextInt(1_000_000)
            + "@example.com";
    WebSession practitioner = as(worker);
    PersonSignIns.invite(practitioner, person.id(), contact);
    WebSession session = new WebSession(port);
    assertThat(WebSession.location(PersonSignIns.signIn(session, jdbc, contact))).isEqualTo("/my/");
    return new Signed(person, session);
  }

  private WebSession as(StaffMember member) {
    return WebSession.signedIn(port, member.getUsername(), PASSWORD);
  }

  private UUID introduce(UUID personId, int asset) {
    UUID assetId =
        assets.forOrganisation(CommunityAssets.DEMO_BEFRIENDING_ORGANISATION_ID).get(asset).id();
    return connections.send(
        personId,
        assetId,
        new ConnectionRecords.Introduction(
            false,
            LocalDate.of(2026, 7, 10),
            "To share my name and phone with the befrienders",
            "Going to the library on Tuesdays",
            "Afternoons are best"),
        worker);
  }

  private long count(String sql, Object... params) {
    var statement = jdbc.sql(sql);
    for (Object param : params) {
      statement = statement.param(param);
    }
    return statement.query(Long.class).single();
  }

  @Test
  void thePersonSeesEachDisclosureWithdrawsConsentAndThePartnerSeesItWithdrawn() {
    Signed ola = signedIn("Ola");
    UUID connection = introduce(ola.person().id(), 0);

    String page = ola.session().get("/my/sharing").body();
    assertThat(page)
        .contains("What is shared, and your choices", "Chapeltown Befrienders")
        .contains("You said yes on 10 July 2026.")
        .contains("What you agreed to: To share my name and phone with the befrienders")
        .contains("0113 496 0777", "Going to the library on Tuesdays")
        .contains("/my/sharing/" + connection + "/stop");
    assertThat(ola.session().get("/my/sharing/" + connection + "/stop").body())
        .contains("Stop sharing with Chapeltown Befrienders?");

    HttpResponse<String> stopped =
        ola.session().post("/my/sharing/" + connection + "/stop", Map.of());

    assertThat(stopped.statusCode()).isEqualTo(302);
    assertThat(ola.session().get("/my/sharing").body())
        .contains("You have stopped sharing.", "You stopped sharing on 15 July 2026.")
        .contains("0113 496 0777")
        .doesNotContain("/my/sharing/" + connection + "/stop");
    assertThat(
            count(
                "SELECT count(*) FROM connection_shared_item WHERE connection_id = ?", connection))
        .as("past disclosure stays recorded")
        .isEqualTo(3);
    assertThat(
            count(
                "SELECT count(*) FROM audit_entry WHERE person_id = ? AND role = 'PERSON'"
                    + " AND section = 'connection' AND action = 'withdraw-consent'",
                ola.person().id()))
        .isEqualTo(1);
    assertThat(
            count(
                "SELECT count(*) FROM audit_entry WHERE person_id = ? AND role = 'PERSON'"
                    + " AND section = 'my-sharing' AND action = 'view'",
                ola.person().id()))
        .isGreaterThanOrEqualTo(2);

    WebSession partner = WebSession.signedIn(port, "partner", PASSWORD);
    assertThat(partner.get("/partner/connections").body()).contains("withdrawn-" + connection);
    String seen = partner.get("/partner/connections/" + connection).body();
    assertThat(seen)
        .contains("withdrew their consent for sharing on", "Ola")
        .doesNotContain("0113 496 0777", "Going to the library on Tuesdays", "id=\"respond\"");

    WebSession practitioner = as(worker);
    String record =
        practitioner.get("/people/" + ola.person().id() + "/connections/" + connection).body();
    assertThat(record).contains("Consent withdrawn", "nothing more can be sent");
    HttpResponse<String> reply =
        practitioner.post(
            "/people/" + ola.person().id() + "/connections/" + connection,
            Map.of("reply", "Here is her address"));
    assertThat(reply.body()).contains("no more messages can be sent to the organisation");
    assertThat(count("SELECT count(*) FROM connection_message WHERE connection_id = ?", connection))
        .isZero();
  }

  @Test
  void aPersonCannotSeeOrWithdrawAnotherPersonsConsentByChangingTheId() {
    Signed pia = signedIn("Pia");
    RecordFixtures.Person other = new RecordFixtures(jdbc, people).person("Quin", worker);
    jdbc.sql("UPDATE person SET phone = '0113 496 0888' WHERE id = ?").param(other.id()).update();
    UUID theirs = introduce(other.id(), 1);

    assertThat(pia.session().get("/my/sharing").body()).doesNotContain(theirs.toString(), "Quin");
    assertThat(pia.session().get("/my/sharing/" + theirs + "/stop").statusCode()).isEqualTo(404);
    assertThat(pia.session().post("/my/sharing/" + theirs + "/stop", Map.of()).statusCode())
        .isEqualTo(404);
    assertThat(pia.session().get("/my/sharing/not-an-id/stop").statusCode()).isEqualTo(404);
    assertThat(
            count(
                "SELECT count(*) FROM connection WHERE id = ? AND consent_withdrawn_at IS NULL",
                theirs))
        .isEqualTo(1);
  }

  @Test
  void staffAndAnonymousUsersAreSentToThePersonsSignIn() {
    for (WebSession session :
        List.of(new WebSession(port), as(worker), WebSession.signedIn(port, "partner", PASSWORD))) {
      for (String path : ROUTES) {
        HttpResponse<String> response = session.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(302);
        assertThat(WebSession.location(response)).as(path).isEqualTo("/my/sign-in");
      }
    }
  }

  @Test
  void thePersonSeesTheirEcomapWithoutThirdPartyDetails() {
    Signed rae = signedIn("Rae");
    UUID sister =
        new RecordFixtures(jdbc, people).relationship(rae.person().id(), "Amara", "FAMILY", true);
    jdbc.sql(
            "UPDATE network_member SET impact_on_them = 'Her back is bad since the fall',"
                + " change_wanted = 'Less arguing about money' WHERE id = ?")
        .param(sister)
        .update();

    String page = rae.session().get("/my/network").body();

    assertThat(page)
        .contains("Your network", "<svg", "Your map in words", "Amara")
        .doesNotContain("Her back is bad", "Less arguing about money", "/people/");
    assertThat(
            count(
                "SELECT count(*) FROM audit_entry WHERE person_id = ? AND role = 'PERSON'"
                    + " AND section = 'my-network' AND action = 'view'",
                rae.person().id()))
        .isEqualTo(1);
  }

  @Test
  void thePersonSuggestsSomeoneNewAndThePractitionerConfirmsItOntoTheEcomap() {
    Signed sol = signedIn("Sol");
    UUID personId = sol.person().id();
    sol.session().get("/my/network/new");

    HttpResponse<String> refused =
        sol.session().post("/my/network/new", Map.of("label", "Farah", "note", "Every day"));
    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body())
        .contains("There is a problem", "Choose who they are to you", "Choose how close you are")
        .contains("value=\"Farah\"", "Every day");

    HttpResponse<String> sent =
        sol.session()
            .post(
                "/my/network/new",
                Map.of(
                    "label",
                    "Farah",
                    "kind",
                    "FAMILY",
                    "specificTie",
                    "sister",
                    "strength",
                    "STRONG",
                    "note",
                    "She phones every evening"));
    assertThat(sent.statusCode()).isEqualTo(302);
    assertThat(sol.session().get("/my/network").body())
        .contains("Someone new: Farah", "Waiting for your worker");
    UUID suggestion =
        jdbc.sql("SELECT id FROM network_suggestion WHERE person_id = ?")
            .param(personId)
            .query(UUID.class)
            .single();

    WebSession practitioner = as(worker);
    assertThat(practitioner.get("/people/" + personId + "/network").body())
        .contains("Suggested by the person", "Someone new: Farah (sister), Strong");
    String path = "/people/" + personId + "/network/suggestions/" + suggestion;
    assertThat(practitioner.get(path).body()).contains("She phones every evening");
    assertThat(practitioner.post(path, Map.of("version", "0")).body())
        .contains("Choose whether to confirm or decline the suggestion");
    HttpResponse<String> confirmed =
        practitioner.post(path, Map.of("decision", "CONFIRM", "version", "0"));
    assertThat(confirmed.statusCode()).isEqualTo(302);

    assertThat(
            count(
                "SELECT count(*) FROM network_member WHERE person_id = ? AND label = 'Farah'"
                    + " AND kind = 'FAMILY' AND strength = 'STRONG' AND ended_at IS NULL",
                personId))
        .isEqualTo(1);
    assertThat(sol.session().get("/my/network").body())
        .contains("On your map")
        .containsPattern("Farah \\(family\\): strong");
    assertThat(practitioner.post(path, Map.of("decision", "CONFIRM", "version", "0")).statusCode())
        .as("a second decision changes nothing")
        .isEqualTo(302);
    assertThat(count("SELECT count(*) FROM network_member WHERE person_id = ?", personId))
        .isEqualTo(1);
  }

  @Test
  void aDeclinedSuggestionShowsThePersonTheReason() {
    Signed tia = signedIn("Tia");
    UUID personId = tia.person().id();
    UUID friend = new RecordFixtures(jdbc, people).relationship(personId, "Bea", "FRIEND", true);
    tia.session().get("/my/network/change");
    assertThat(
            tia.session()
                .post("/my/network/change", Map.of("member", friend.toString(), "change", "ENDS"))
                .statusCode())
        .isEqualTo(302);
    UUID suggestion =
        jdbc.sql("SELECT id FROM network_suggestion WHERE person_id = ?")
            .param(personId)
            .query(UUID.class)
            .single();

    WebSession practitioner = as(worker);
    String path = "/people/" + personId + "/network/suggestions/" + suggestion;
    practitioner.get(path);
    assertThat(practitioner.post(path, Map.of("decision", "DECLINE", "version", "0")).body())
        .contains("Enter a reason the person can read");
    practitioner.post(
        path,
        Map.of("decision", "DECLINE", "reason", "Let us talk about Bea on Monday", "version", "0"));

    assertThat(tia.session().get("/my/network").body())
        .contains("Bea: no longer part of my life", "Not added")
        .contains("Your worker said: Let us talk about Bea on Monday");
    assertThat(
            count("SELECT count(*) FROM network_member WHERE id = ? AND ended_at IS NULL", friend))
        .isEqualTo(1);
  }

  @Test
  void nobodyReachesAnotherPersonsNetworkByChangingAnId() {
    Signed uma = signedIn("Uma");
    RecordFixtures.Person other = new RecordFixtures(jdbc, people).person("Vic", worker);
    UUID theirs = new RecordFixtures(jdbc, people).relationship(other.id(), "Wes", "FRIEND", true);

    uma.session().get("/my/network/change");
    HttpResponse<String> refused =
        uma.session()
            .post("/my/network/change", Map.of("member", theirs.toString(), "change", "TENUOUS"));
    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body()).contains("Choose who the change is about").doesNotContain("Wes");
    assertThat(uma.session().get("/my/network").body()).doesNotContain("Wes");
    assertThat(
            count("SELECT count(*) FROM network_suggestion WHERE person_id = ?", uma.person().id()))
        .isZero();

    uma.session().get("/my/network/new");
    uma.session()
        .post("/my/network/new", Map.of("label", "Xan", "kind", "FRIEND", "strength", "ORDINARY"));
    UUID suggestion =
        jdbc.sql("SELECT id FROM network_suggestion WHERE person_id = ?")
            .param(uma.person().id())
            .query(UUID.class)
            .single();
    String path = "/people/" + uma.person().id() + "/network/suggestions/" + suggestion;
    assertThat(as(stranger).get(path).statusCode()).as("no working relationship").isEqualTo(403);
    assertThat(
            as(worker)
                .get("/people/" + other.id() + "/network/suggestions/" + suggestion)
                .statusCode())
        .as("another person's suggestion")
        .isEqualTo(404);
  }
}
