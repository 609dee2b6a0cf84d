package org.strengths.connection;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.strengths.access.StaffAccounts;
import org.strengths.community.CommunityAssets;
import org.strengths.person.People;
import org.strengths.testing.TestClock;

/**
 * A practitioner connects a person to the demo befriending charity; its partner sees only what was
 * shared, responds and records what happened; the practitioner sees it all on the person's side.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ConnectionJourneyTest {

  static final UUID DEMO_ORG = CommunityAssets.DEMO_BEFRIENDING_ORGANISATION_ID;

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired People people;
  @Autowired StaffAccounts accounts;
  @Autowired PasswordEncoder passwords;

  Fixtures fixtures;
  UUID person;
  UUID asset;

  @BeforeEach
  void setUp() {
    fixtures = new Fixtures(jdbc, people, accounts, passwords);
    person = fixtures.person();
    asset = fixtures.asset(DEMO_ORG, "Befriending visits " + Fixtures.letters());
  }

  @Test
  void sendsAnIntroductionWithTheChosenFieldsAndThePartnerSeesOnlyThose() {
    Visitor practitioner = Visitor.signedIn(port, "practitioner");
    HttpResponse<String> form = practitioner.get(newPath());
    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(form.body())
        .containsPattern("value=\"NAME\"\\s+id=\"shareName\"[^>]*checked")
        .containsPattern("value=\"PHONE\"\\s+id=\"sharePhone\"[^>]*checked")
        .doesNotContainPattern("value=\"EMAIL\"\\s+id=\"shareEmail\"[^>]*checked");

    HttpResponse<String> sent =
        practitioner.post(postPath(), introduction("Getting out to see people again"));

    assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);
    String connectionPath = Visitor.location(sent);
    assertThat(connectionPath).matches("/people/" + person + "/connections/[0-9a-f-]{36}");
    UUID connection =
        UUID.fromString(connectionPath.substring(connectionPath.lastIndexOf('/') + 1));
    assertThat(sharedFields(connection)).containsExactly("NAME", "PHONE", "WHAT_MATTERS");
    assertThat(audit("connection", "disclose"))
        .singleElement()
        .satisfies(
            detail ->
                assertThat(detail).contains("Chapeltown Befrienders", "NAME,PHONE,WHAT_MATTERS"));
    assertThat(chronology()).anyMatch(s -> s.startsWith("Warm introduction sent to Chapeltown"));
    assertThat(practitioner.get(connectionPath).body())
        .contains("Connection saved.", "Getting out to see people again", "Explicit consent given");

    // The record changes afterwards: the partner still sees what was sent on the day.
    jdbc.sql("UPDATE person SET phone = '0700 900 999' WHERE id = ?").param(person).update();

    Visitor partner = Visitor.signedIn(port, "partner");
    assertThat(Visitor.location(partner.lastSignIn)).isEqualTo("/partner");
    assertThat(partner.get("/partner").statusCode()).isEqualTo(302);
    String list = partner.get("/partner/connections").body();
    assertThat(list).contains("Margaret", "(known as Peggy)", "Warm introduction");
    String page = partner.get("/partner/connections/" + connection).body();
    assertThat(page)
        .contains("Margaret", "0113 496 0000", "Getting out to see people again")
        .contains("Please call in the mornings")
        .doesNotContain("0700 900 999", "peggy@example.org", "Leeds Road", "1941", "LS7 3AA");
    assertThat(audit("connection", "view")).isNotEmpty();
  }

  @Test
  void partnerOfAnotherOrganisationFindsNothing() {
    UUID connection = sendIntroduction();
    UUID other = fixtures.organisation("Other Charity " + Fixtures.letters());
    Visitor stranger = Visitor.signedIn(port, fixtures.partner(other));

    assertThat(stranger.get("/partner/connections/" + connection).statusCode()).isEqualTo(404);
    assertThat(stranger.get("/partner/connections/" + connection + "/response").statusCode())
        .isEqualTo(404);
    assertThat(
            stranger
                .post(
                    "/partner/connections/" + connection + "/response",
                    fields("decision", "ACCEPTED", "version", "0"))
                .statusCode())
        .isEqualTo(404);
    assertThat(stranger.get("/partner/connections/" + UUID.randomUUID()).statusCode())
        .isEqualTo(404);
    assertThat(stranger.get("/partner/connections/not-an-id").statusCode()).isEqualTo(404);
    assertThat(stranger.get("/partner/connections").body()).doesNotContain(connection.toString());
    assertThat(status(connection)).isEqualTo("SENT");
  }

  @Test
  void keepsPartnersAwayFromEverythingButThePortal() {
    Visitor partner = Visitor.signedIn(port, "partner");

    assertThat(partner.get("/people/" + person).statusCode()).isEqualTo(403);
    assertThat(partner.get("/people").statusCode()).isEqualTo(403);
    assertThat(partner.get("/people/" + person + "/connections").statusCode()).isEqualTo(403);
    assertThat(partner.get(newPath()).statusCode()).isEqualTo(403);
    assertThat(partner.get("/admin/audit-log").statusCode()).isEqualTo(403);
    assertThat(partner.get("/break-glass-reviews").statusCode()).isEqualTo(403);
    assertThat(partner.get("/api/v1/people/" + person + "/connections").statusCode())
        .isEqualTo(401);
    assertThat(Visitor.location(partner.get("/"))).isEqualTo("/partner");
    assertThat(partner.get("/partner/directory").statusCode()).isEqualTo(200);

    Visitor practitioner = Visitor.signedIn(port, "practitioner");
    assertThat(practitioner.get("/partner/connections").statusCode()).isEqualTo(403);
  }

  @Test
  void followsAcceptanceAttendanceAndFeedbackOnBothSides() {
    UUID connection = sendIntroduction();
    Visitor partner = Visitor.signedIn(port, "partner");
    String base = "/partner/connections/" + connection;

    partner.get(base + "/response");
    assertThat(partner.post(base + "/response", fields("decision", "ACCEPTED", "version", "0")))
        .satisfies(r -> assertThat(Visitor.location(r)).isEqualTo(base));
    partner.get(base + "/outcome");
    HttpResponse<String> attended =
        partner.post(
            base + "/outcome",
            fields("status", "ATTENDED", "feedback", "Loved the first visit", "version", "1"));
    assertThat(attended.statusCode()).as(attended.body()).isEqualTo(302);
    partner.get(base);
    assertThat(partner.post(base, fields("reply", "Margaret is matched with Jo")).statusCode())
        .isEqualTo(302);

    Visitor practitioner = Visitor.signedIn(port, "practitioner");
    String page = practitioner.get(personPath(connection)).body();
    assertThat(page)
        .contains("Attended", "Loved the first visit", "Margaret is matched with Jo")
        .contains("Beth Adebayo");
    practitioner.get(personPath(connection) + "/outcome");
    assertThat(
            practitioner
                .post(
                    personPath(connection) + "/outcome",
                    fields("status", "ONGOING", "feedback", "Goes every week now", "version", "2"))
                .statusCode())
        .isEqualTo(302);
    assertThat(status(connection)).isEqualTo("ONGOING");
    assertThat(chronology())
        .contains(
            "Chapeltown Befrienders accepted the connection to " + assetName(),
            "Went to " + assetName(),
            "Still going to " + assetName());
    assertThat(audit("connection", "change")).hasSize(3);
  }

  @Test
  void needsAReasonToDeclineAndShowsItToThePractitioner() {
    UUID connection = sendIntroduction();
    Visitor partner = Visitor.signedIn(port, "partner");
    String path = "/partner/connections/" + connection + "/response";
    partner.get(path);

    HttpResponse<String> noReason =
        partner.post(path, fields("decision", "DECLINED", "declineReason", " ", "version", "0"));
    assertThat(noReason.statusCode()).isEqualTo(200);
    assertThat(noReason.body()).contains("govuk-error-summary", "Enter why you are declining");
    HttpResponse<String> nothing = partner.post(path, fields("version", "0"));
    assertThat(nothing.body()).contains("Select whether you accept or decline");

    HttpResponse<String> declined =
        partner.post(
            path,
            fields(
                "decision", "DECLINED", "declineReason", "No volunteers in LS7", "version", "0"));
    assertThat(declined.statusCode()).isEqualTo(302);

    Visitor practitioner = Visitor.signedIn(port, "practitioner");
    assertThat(practitioner.get(personPath(connection)).body())
        .contains("Declined", "No volunteers in LS7");
    assertThat(practitioner.get(personPath(connection) + "/outcome").body())
        .doesNotContain("name=\"status\"");
  }

  @Test
  void refusesBadInputWithClearMessagesAndKeepsWhatWasTyped() {
    Visitor practitioner = Visitor.signedIn(port, "practitioner");
    practitioner.get(newPath());

    HttpResponse<String> empty = practitioner.post(postPath(), fields("asset", asset.toString()));
    assertThat(empty.statusCode()).isEqualTo(200);
    assertThat(empty.body())
        .contains("govuk-error-summary", "Select how you are connecting the person")
        .contains("href=\"#method\"");

    List<Map.Entry<String, String>> tooLong = introduction("x".repeat(1001));
    tooLong.add(Map.entry("lawfulBasis", "IMPLIED_CONSENT"));
    tooLong.removeIf(
        f -> f.getKey().equals("lawfulBasis") && f.getValue().equals("EXPLICIT_CONSENT"));
    HttpResponse<String> refused = practitioner.post(postPath(), tooLong);
    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body())
        .contains("What matters to the person must be 1,000 characters or fewer")
        .contains("you need the person&#39;s explicit consent")
        .contains("Please call in the mornings");
    assertThat(
            jdbc.sql("SELECT count(*) FROM connection WHERE person_id = ?")
                .param(person)
                .query(Long.class)
                .single())
        .isZero();

    HttpResponse<String> badDate =
        practitioner.post(postPath(), replace(introduction("Company"), "consentDateMonth", "13"));
    assertThat(badDate.body()).contains("must be a real date", "href=\"#consentDateDay\"");
  }

  @Test
  void escapesScriptsEverywhereTheyAreShown() {
    Visitor practitioner = Visitor.signedIn(port, "practitioner");
    practitioner.get(newPath());
    HttpResponse<String> sent =
        practitioner.post(postPath(), introduction("<script>alert('x')</script>"));
    String connectionPath = Visitor.location(sent);
    UUID connection =
        UUID.fromString(connectionPath.substring(connectionPath.lastIndexOf('/') + 1));

    assertThat(practitioner.get(connectionPath).body())
        .contains("&lt;script&gt;")
        .doesNotContain("<script>alert");
    Visitor partner = Visitor.signedIn(port, "partner");
    assertThat(partner.get("/partner/connections/" + connection).body())
        .contains("&lt;script&gt;")
        .doesNotContain("<script>alert");
  }

  @Test
  void showsAConflictWhenSomeoneElseChangedTheConnectionFirst() {
    UUID connection = sendIntroduction();
    Visitor partner = Visitor.signedIn(port, "partner");
    String base = "/partner/connections/" + connection;
    partner.get(base + "/response");
    partner.post(base + "/response", fields("decision", "ACCEPTED", "version", "0"));
    partner.post(base + "/outcome", fields("status", "ATTENDED", "version", "1"));

    Visitor practitioner = Visitor.signedIn(port, "practitioner");
    practitioner.get(personPath(connection) + "/outcome");
    HttpResponse<String> stale =
        practitioner.post(
            personPath(connection) + "/outcome",
            fields("status", "NOT_ATTENDED", "feedback", "My typed feedback", "version", "1"));

    assertThat(stale.statusCode()).isEqualTo(200);
    assertThat(stale.body())
        .contains("Beth Adebayo changed this connection", "it is now &quot;Attended&quot;")
        .contains("Saved version", "What you chose", "My typed feedback")
        .containsPattern("name=\"version\" id=\"version\" value=\"2\"");
    assertThat(status(connection)).isEqualTo("ATTENDED");
  }

  @Test
  void refusesAnIllegalChangeWithAClearMessage() {
    UUID connection = sendIntroduction();
    Visitor partner = Visitor.signedIn(port, "partner");
    partner.get("/partner/connections/" + connection + "/outcome");

    HttpResponse<String> skipped =
        partner.post(
            "/partner/connections/" + connection + "/outcome",
            fields("status", "ATTENDED", "version", "0"));

    assertThat(skipped.statusCode()).isEqualTo(200);
    assertThat(skipped.body()).contains("You cannot record that now");
    assertThat(status(connection)).isEqualTo("SENT");
  }

  @Test
  void recordsInformationGivenWithoutSharingAnythingOrTellingThePartner() {
    Visitor practitioner = Visitor.signedIn(port, "practitioner");
    practitioner.get(newPath());
    HttpResponse<String> sent =
        practitioner.post(
            postPath(),
            fields("asset", asset.toString(), "method", "INFORMATION_GIVEN", "message", "Leaflet"));
    assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);
    String path = Visitor.location(sent);
    UUID connection = UUID.fromString(path.substring(path.lastIndexOf('/') + 1));

    assertThat(sharedFields(connection)).isEmpty();
    assertThat(audit("connection", "disclose")).isEmpty();
    assertThat(audit("connection", "create")).hasSize(1);
    assertThat(
            Visitor.signedIn(port, "partner")
                .get("/partner/connections/" + connection)
                .statusCode())
        .isEqualTo(404);
  }

  @Test
  void listsThePersonsConnectionsAndExplainsHowToChooseAnAsset() {
    UUID connection = sendIntroduction();
    Visitor practitioner = Visitor.signedIn(port, "practitioner");

    assertThat(practitioner.get("/people/" + person).body())
        .contains("id=\"connections-link\"", "Connections to community assets");
    String list = practitioner.get("/people/" + person + "/connections").body();
    assertThat(list).contains(assetName(), "Warm introduction", "Sent", "view-" + connection);
    assertThat(practitioner.get("/people/" + person + "/connections/new").body())
        .contains("Choose a community asset")
        .doesNotContain("unknown-asset");
    assertThat(
            practitioner
                .get("/people/" + person + "/connections/new?asset=" + UUID.randomUUID())
                .body())
        .contains("We could not find that community asset");
    assertThat(practitioner.get("/people/" + UUID.randomUUID() + "/connections").statusCode())
        .isEqualTo(404);
    assertThat(
            practitioner
                .get("/people/" + person + "/connections/" + UUID.randomUUID())
                .statusCode())
        .isEqualTo(404);
    assertThat(audit("connection", "list")).isNotEmpty();

    Visitor otherTeam = Visitor.signedIn(port, "practitioner2");
    assertThat(otherTeam.get("/people/" + person + "/connections").statusCode()).isEqualTo(403);
  }

  @Test
  void showsThePartnerTheirOwnDirectoryEntries() {
    String page = Visitor.signedIn(port, "partner").get("/partner/directory").body();

    assertThat(page).contains("Your directory entries", "Chapeltown Befrienders", assetName());
  }

  @Test
  void theDemoPartnerWorksForTheDemoBefriendingCharity() {
    assertThat(fixtures.staff("partner").organisationId()).isEqualTo(DEMO_ORG);
  }

  // --- helpers

  private UUID sendIntroduction() {
    Visitor practitioner = Visitor.signedIn(port, "practitioner");
    practitioner.get(newPath());
    HttpResponse<String> sent = practitioner.post(postPath(), introduction("Company"));
    assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);
    String path = Visitor.location(sent);
    return UUID.fromString(path.substring(path.lastIndexOf('/') + 1));
  }

  private List<Map.Entry<String, String>> introduction(String whatMatters) {
    LocalDate consented = TestClock.today().minusDays(2);
    return fields(
        "asset", asset.toString(),
        "method", "WARM_INTRODUCTION",
        "providesCare", "no",
        "lawfulBasis", "EXPLICIT_CONSENT",
        "consentDateDay", String.valueOf(consented.getDayOfMonth()),
        "consentDateMonth", String.valueOf(consented.getMonthValue()),
        "consentDateYear", String.valueOf(consented.getYear()),
        "consentScope", "Name and phone, to arrange a first visit",
        "shared", "NAME",
        "shared", "PHONE",
        "shared", "WHAT_MATTERS",
        "whatMatters", whatMatters,
        "message", "Please call in the mornings");
  }

  private static List<Map.Entry<String, String>> fields(String... keysAndValues) {
    List<Map.Entry<String, String>> fields = new ArrayList<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      fields.add(Map.entry(keysAndValues[i], keysAndValues[i + 1]));
    }
    return fields;
  }

  private static List<Map.Entry<String, String>> replace(
      List<Map.Entry<String, String>> fields, String key, String value) {
    List<Map.Entry<String, String>> replaced = new ArrayList<>();
    fields.forEach(f -> replaced.add(f.getKey().equals(key) ? Map.entry(key, value) : f));
    return replaced;
  }

  private String newPath() {
    return "/people/" + person + "/connections/new?asset=" + asset;
  }

  private String postPath() {
    return "/people/" + person + "/connections/new";
  }

  private String personPath(UUID connection) {
    return "/people/" + person + "/connections/" + connection;
  }

  private String assetName() {
    return jdbc.sql("SELECT name FROM community_asset WHERE id = ?")
        .param(asset)
        .query(String.class)
        .single();
  }

  private List<String> sharedFields(UUID connection) {
    return jdbc.sql(
            "SELECT field FROM connection_shared_item WHERE connection_id = ? ORDER BY position")
        .param(connection)
        .query(String.class)
        .list();
  }

  private String status(UUID connection) {
    return jdbc.sql("SELECT status FROM connection WHERE id = ?")
        .param(connection)
        .query(String.class)
        .single();
  }

  private List<String> audit(String section, String action) {
    return jdbc.sql(
            "SELECT coalesce(detail, '') FROM audit_entry WHERE person_id = ? AND section = ?"
                + " AND action = ? ORDER BY seq")
        .params(person, section, action)
        .query(String.class)
        .list();
  }

  private List<String> chronology() {
    return jdbc.sql("SELECT summary FROM person_chronology WHERE person_id = ? ORDER BY id")
        .param(person)
        .query(String.class)
        .list();
  }
}
