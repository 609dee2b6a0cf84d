package org.strengths.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.strengths.access.StaffAccounts;
import org.strengths.person.People;
import org.strengths.testing.WebSession;

/** The network pages over real HTTP, signed in as the demo staff. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class NetworkPagesTests {

  private static final ZoneId UK = ZoneId.of("Europe/London");

  @LocalServerPort int port;
  @Autowired People people;
  @Autowired StaffAccounts accounts;
  @Autowired NetworkStore store;
  @Autowired JdbcClient jdbc;

  @Test
  void addsChangesAndEndsARelationshipKeepingEachVersionAsASnapshot() {
    UUID person = NetworkTestPeople.personOf(people, accounts, "practitioner");
    WebSession sam = WebSession.signedIn(port, "practitioner", "strengths-demo");
    String network = "/people/" + person + "/network";

    assertThat(sam.get(network).body()).contains("Relationships and ecomap", "No relationships");
    assertThat(sam.get(network + "/new").body())
        .contains("id=\"kind\"", "id=\"label\"", "You (Sam Okafor) will be recorded");
    HttpResponse<String> added = sam.post(network + "/new", NetworkTestPeople.relationship("Mary"));
    assertThat(added.statusCode()).isEqualTo(302);
    assertThat(WebSession.location(added)).endsWith(network);
    String list = sam.get(network).body();
    assertThat(list)
        .contains("Relationship added", "Mary", "daughter", "Strong", "Recorded by Sam Okafor")
        .contains("Check not finished", "impact on them considered");
    assertThat(list)
        .contains("<svg", "class=\"app-ecomap\"", "The ecomap in words")
        .contains("Mary (family): strong", "/network/" + memberIds(person).get(0) + "/edit")
        .contains("id=\"download-png\"", "id=\"download-pdf\"");
    assertThat(sam.get("/people/" + person).body())
        .contains("id=\"network-link\"", "1 relationship");
    assertThat(sam.get("/people/" + person + "/chronology").body())
        .contains("Relationship added: Mary (daughter)");

    UUID member = memberIds(person).get(0);
    String edit = network + "/" + member + "/edit";
    assertThat(sam.get(edit).body()).contains("value=\"Mary\"", "Added by Sam Okafor");
    Map<String, String> changed = NetworkTestPeople.relationship("Mary");
    changed.put("strength", "TENUOUS");
    changed.put("impactOnThem", "Has two young children");
    changed.put("version", "0");
    assertThat(sam.post(edit, changed).statusCode()).isEqualTo(302);
    assertThat(sam.get(network).body()).contains("Tenuous", "Care may be relied on in a plan");

    sam.get(network + "/" + member + "/remove");
    HttpResponse<String> removed =
        sam.post(network + "/" + member + "/remove", Map.of("version", "1"));
    assertThat(removed.statusCode()).isEqualTo(302);
    assertThat(sam.get(network).body()).contains("Relationship ended", "No relationships");
    assertThat(snapshotCount(person)).isEqualTo(3);
    assertThat(
            jdbc.sql("SELECT ended_at IS NOT NULL FROM network_member WHERE id = :id")
                .param("id", member)
                .query(Boolean.class)
                .single())
        .isTrue();
    assertThat(auditActions(person))
        .contains("network/view", "network/create", "network/change", "network/remove");
  }

  @Test
  void showsBothVersionsAndKeepsTheUsersTextWhenSomeoneElseSavedFirst() {
    UUID person = NetworkTestPeople.personOf(people, accounts, "practitioner");
    WebSession sam = WebSession.signedIn(port, "practitioner", "strengths-demo");
    String network = "/people/" + person + "/network";
    sam.get(network + "/new");
    sam.post(network + "/new", NetworkTestPeople.relationship("Mary"));
    UUID member = memberIds(person).get(0);
    String edit = network + "/" + member + "/edit";
    Map<String, String> first = NetworkTestPeople.relationship("Mary");
    first.put("version", "0");
    first.put("label", "Mary Ann");
    sam.get(edit);
    sam.post(edit, first);

    Map<String, String> stale = NetworkTestPeople.relationship("Mary");
    stale.put("version", "0");
    stale.put("changeWanted", "My own words about visits");
    HttpResponse<String> conflict = sam.post(edit, stale);

    assertThat(conflict.statusCode()).isEqualTo(200);
    assertThat(conflict.body())
        .contains("Sam Okafor changed this relationship on", "Their saved version")
        .contains("Mary Ann", "My own words about visits", "id=\"version\" value=\"1\"");
  }

  @Test
  void showsEveryProblemWithoutLosingWhatWasTyped() {
    UUID person = NetworkTestPeople.personOf(people, accounts, "practitioner");
    WebSession sam = WebSession.signedIn(port, "practitioner", "strengths-demo");
    String path = "/people/" + person + "/network/new";
    sam.get(path);
    Map<String, String> typed = NetworkTestPeople.relationship("");
    typed.put("kind", "COUSIN");
    typed.put("specificTie", "x".repeat(101));
    typed.put("impactOnThem", "Typed text stays");

    HttpResponse<String> page = sam.post(path, typed);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("govuk-error-summary", "href=\"#kind\"", "href=\"#label\"")
        .contains("Select what kind of relationship this is", "Enter a name or description")
        .contains("100 characters or fewer", "Typed text stays", "id=\"label-error\"");
    assertThat(memberIds(person)).isEmpty();
    assertThat(sam.post(path, Map.of()).statusCode()).isEqualTo(200);
  }

  @Test
  void escapesMarkupTypedIntoARelationship() {
    UUID person = NetworkTestPeople.personOf(people, accounts, "practitioner");
    WebSession sam = WebSession.signedIn(port, "practitioner", "strengths-demo");
    String network = "/people/" + person + "/network";
    sam.get(network + "/new");
    sam.post(network + "/new", NetworkTestPeople.relationship("<script>alert('x')</script>"));

    String list = sam.get(network).body();

    assertThat(list).doesNotContain("<script>alert").contains("&lt;script&gt;alert(");
    assertThat(sam.get(network + "/compare?from=2020-01-01&to=2099-01-01").body())
        .doesNotContain("<script>alert")
        .contains("&lt;script&gt;alert(");
  }

  @Test
  void showsTheNetworkAsItWasOnADateAndComparesTwoDates() {
    UUID person = NetworkTestPeople.personOf(people, accounts, "practitioner");
    NetworkStore.Recorder by = new NetworkStore.Recorder("practitioner", "Sam Okafor");
    Tie mary = tie("Mary", TieStrength.ORDINARY, false);
    Tie club = tie("Lunch club", TieStrength.TENUOUS, false);
    store.snapshot(person, List.of(mary), by, noonOn(2025, 1, 10));
    store.snapshot(
        person,
        List.of(
            new Tie(
                mary.id(),
                "Mary",
                TieKind.FAMILY,
                TieStrength.STRONG,
                true,
                SupportDirection.BOTH_WAYS,
                false),
            club),
        by,
        noonOn(2025, 6, 1));
    WebSession sam = WebSession.signedIn(port, "practitioner", "strengths-demo");
    String network = "/people/" + person + "/network";

    assertThat(sam.get(network + "?on=2025-03-01").body())
        .contains("The network as it was on 1 March 2025", "Mary")
        .doesNotContain("Lunch club");
    assertThat(sam.get(network + "?onDay=2&onMonth=6&onYear=2025").body())
        .contains("The network as it was on 2 June 2025", "Lunch club");
    assertThat(sam.get(network + "?on=2024-12-01").body())
        .contains("No relationships had been recorded by 1 December 2024");
    assertThat(sam.get(network + "?onDay=31&onMonth=2&onYear=2025").body())
        .contains("The date must be a real date", "href=\"#on\"");

    String compare =
        sam.get(network + "/compare?fromDay=1&fromMonth=3&fromYear=2025&to=2025-07-01").body();
    assertThat(compare)
        .contains("What changed between 1 March 2025 and 1 July 2025")
        .contains("id=\"changes-added\"", "Lunch club", "id=\"changes-strengthened\"")
        .contains("Mary: Ordinary to Strong", "id=\"changes-became-stressful\"")
        .contains("On 1 March 2025", "On 1 July 2025");
    assertThat(sam.get(network + "/compare?from=2025-03-01&to=").body())
        .contains("Enter the second date to compare");
    assertThat(auditActions(person)).contains("network/view");
  }

  @Test
  void exportsTheEcomapAsPngAndPdfAndAuditsIt() throws Exception {
    UUID person = NetworkTestPeople.personOf(people, accounts, "practitioner");
    WebSession sam = WebSession.signedIn(port, "practitioner", "strengths-demo");
    String network = "/people/" + person + "/network";
    sam.get(network + "/new");
    sam.post(network + "/new", NetworkTestPeople.relationship("Mary"));

    HttpResponse<byte[]> png = sam.getBytes(network + "/ecomap.png");
    HttpResponse<byte[]> pdf = sam.getBytes(network + "/ecomap.pdf?on=2025-01-01");

    assertThat(png.statusCode()).isEqualTo(200);
    assertThat(png.headers().firstValue("Content-Type")).hasValue("image/png");
    assertThat(png.body()).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(new String(pdf.body(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF");
    assertThat(auditActions(person)).contains("network/export");
    WebSession tom = WebSession.signedIn(port, "practitioner2", "strengths-demo");
    assertThat(tom.getBytes(network + "/ecomap.png").statusCode()).isEqualTo(403);
  }

  @Test
  void bringsBackWhatWasTypedWhenTheSessionHadExpired() {
    UUID person = NetworkTestPeople.personOf(people, accounts, "practitioner");
    String path = "/people/" + person + "/network/new";
    WebSession signedOut = new WebSession(port);
    signedOut.get("/sign-in");
    Map<String, String> typed = NetworkTestPeople.relationship("Typed while the session ended");

    HttpResponse<String> expired = signedOut.post(path, typed);
    assertThat(WebSession.location(expired)).contains("/sign-in");
    signedOut.signIn("practitioner", "strengths-demo");

    assertThat(signedOut.get(path).body()).contains("value=\"Typed while the session ended\"");
    assertThat(memberIds(person)).isEmpty();
  }

  @Test
  void offersToBreakTheGlassWithoutAWorkingRelationship() {
    UUID person = NetworkTestPeople.personOf(people, accounts, "practitioner");
    WebSession tom = WebSession.signedIn(port, "practitioner2", "strengths-demo");

    HttpResponse<String> page = tom.get("/people/" + person + "/network");

    assertThat(page.statusCode()).isEqualTo(403);
    assertThat(page.body()).contains("working relationship with this person");
    assertThat(tom.get("/people/" + person + "/network/new").statusCode()).isEqualTo(403);
  }

  @Test
  void refusesAnalystsAndAnswersNotFoundForUnknownIds() {
    UUID person = NetworkTestPeople.personOf(people, accounts, "practitioner");
    WebSession alex = WebSession.signedIn(port, "analyst", "strengths-demo");
    WebSession sam = WebSession.signedIn(port, "practitioner", "strengths-demo");

    assertThat(alex.get("/people/" + person + "/network").statusCode()).isEqualTo(403);
    assertThat(sam.get("/people/not-an-id/network").statusCode()).isEqualTo(404);
    assertThat(sam.get("/people/" + UUID.randomUUID() + "/network").statusCode()).isEqualTo(404);
    assertThat(
            sam.get("/people/" + person + "/network/" + UUID.randomUUID() + "/edit").statusCode())
        .isEqualTo(404);
  }

  @Test
  void linksOnlyARecordTheUserMayOpen() {
    UUID person = NetworkTestPeople.personOf(people, accounts, "practitioner");
    UUID daughter = NetworkTestPeople.personOf(people, accounts, "practitioner");
    UUID stranger = NetworkTestPeople.personOf(people, accounts, "practitioner2");
    WebSession sam = WebSession.signedIn(port, "practitioner", "strengths-demo");
    String path = "/people/" + person + "/network/new";
    sam.get(path);
    Map<String, String> typed = NetworkTestPeople.relationship("Someone");
    typed.put("linkedPerson", stranger.toString());

    assertThat(sam.post(path, typed).body()).contains("Enter the address or id of a record");

    typed.put("linkedPerson", "http://localhost/people/" + daughter);
    assertThat(sam.post(path, typed).statusCode()).isEqualTo(302);
    assertThat(sam.get("/people/" + person + "/network").body())
        .contains("href=\"/people/" + daughter + "\"", "Has a record here");
  }

  private static Tie tie(String label, TieStrength strength, boolean stressful) {
    return new Tie(
        UUID.randomUUID(),
        label,
        TieKind.FAMILY,
        strength,
        stressful,
        SupportDirection.BOTH_WAYS,
        false);
  }

  private static java.time.Instant noonOn(int year, int month, int day) {
    return LocalDate.of(year, month, day).atTime(12, 0).atZone(UK).toInstant();
  }

  private List<UUID> memberIds(UUID person) {
    return jdbc.sql("SELECT id FROM network_member WHERE person_id = :p ORDER BY created_at")
        .param("p", person)
        .query(UUID.class)
        .list();
  }

  private long snapshotCount(UUID person) {
    return jdbc.sql("SELECT count(*) FROM network_snapshot WHERE person_id = :p")
        .param("p", person)
        .query(Long.class)
        .single();
  }

  private List<String> auditActions(UUID person) {
    return jdbc.sql(
            "SELECT section || '/' || action FROM audit_entry WHERE person_id = :id ORDER BY seq")
        .param("id", person)
        .query(String.class)
        .list();
  }
}
