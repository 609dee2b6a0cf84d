package org.strengths.connection;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.strengths.community.CommunityAssets;
import org.strengths.community.OwnedEntry;
import org.strengths.testing.TestClock;
import org.strengths.testing.WebSession;

/** A partner keeps its own directory entries current, over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PartnerDirectoryTest {

  private static final String PASSWORD = "strengths-demo";

  @LocalServerPort int port;
  @Autowired CommunityAssets assets;
  @Autowired JdbcClient jdbc;

  private WebSession partner;
  private UUID ours;

  @BeforeEach
  void anEntryOfThePartnersOwnThatHasNotBeenCheckedForAYear() {
    ours = newAsset(CommunityAssets.DEMO_BEFRIENDING_ORGANISATION_ID);
    jdbc.sql("UPDATE community_asset SET last_verified_on = ? WHERE id = ?")
        .params(TestClock.today().minusYears(1), ours)
        .update();
    partner = WebSession.signedIn(port, "partner", PASSWORD);
  }

  @Test
  void thePartnerSeesItsEntriesWithTheNeedsCheckingTag() {
    HttpResponse<String> page = partner.get("/partner/directory");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("/partner/directory/" + ours, "needs-checking-" + ours);
  }

  @Test
  void markingAnEntryCheckedRecordsTodayAndWho() {
    partner.get("/partner/directory/" + ours);
    HttpResponse<String> marked = partner.post("/partner/directory/" + ours + "/checked", Map.of());

    assertThat(marked.statusCode()).isEqualTo(302);
    OwnedEntry entry = entry();
    assertThat(entry.lastVerifiedOn()).isEqualTo(TestClock.today());
    assertThat(entry.lastVerifiedBy()).contains("Chapeltown Befrienders");
    assertThat(entry.needsChecking()).isFalse();
    assertThat(partner.get(WebSession.location(marked)).body())
        .contains("Entry marked as checked today.")
        .doesNotContain("id=\"needs-checking\"");
  }

  @Test
  void aChangeShowsOnTheStaffPageAndInTheOpenReferralApi() {
    partner.get("/partner/directory/" + ours + "/edit");
    Map<String, String> form = form(entry().version());
    form.put("status", "PAUSED");
    form.put("days", "FR");
    form.put("opensAt", "14:00");
    form.put("closesAt", "16:30");
    form.put("scheduleNotes", "Not in August");
    form.put("contactName", "Rosa Parkin");
    form.put("email", "rosa@befrienders.example.org");
    form.put("phone", "0113 496 0123");

    HttpResponse<String> saved = partner.post("/partner/directory/" + ours + "/edit", form);

    assertThat(saved.statusCode()).isEqualTo(302);
    assertThat(partner.get(WebSession.location(saved)).body())
        .contains("Your changes have been saved", "Not in August", "0113 496 0123");
    assertThat(entry().lastVerifiedOn()).isEqualTo(TestClock.today());
    WebSession staff = WebSession.signedIn(port, "practitioner", PASSWORD);
    assertThat(staff.get("/community/assets/" + ours).body())
        .contains("Not in August", "0113 496 0123", "Rosa Parkin");
    String oruk = new WebSession(port).getJson("/oruk/services/" + ours).body();
    assertThat(oruk)
        .contains("\"status\":\"temporarily closed\"")
        .contains("\"byday\":\"FR\"", "\"opens_at\":\"14:00:00\"", "\"closes_at\":\"16:30:00\"")
        .contains("rosa@befrienders.example.org", "Rosa Parkin");
  }

  @Test
  void anotherOrganisationsEntryOrAnUnknownOneIsNotFound() {
    UUID theirs = newAsset(null);

    assertThat(partner.get("/partner/directory/" + theirs).statusCode()).isEqualTo(404);
    assertThat(partner.get("/partner/directory/" + theirs + "/edit").statusCode()).isEqualTo(404);
    assertThat(partner.get("/partner/directory/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
    assertThat(partner.get("/partner/directory/not-an-id").statusCode()).isEqualTo(404);
    partner.get("/partner/directory");
    assertThat(partner.post("/partner/directory/" + theirs + "/checked", Map.of()).statusCode())
        .isEqualTo(404);
    assertThat(partner.post("/partner/directory/" + theirs + "/edit", form(0)).statusCode())
        .isEqualTo(404);
  }

  @Test
  void badInputIsRefusedWithClearMessagesAndScriptIsShownAsText() {
    partner.get("/partner/directory/" + ours + "/edit");
    int version = entry().version();
    Map<String, String> form = form(version);
    form.put("offers", "<script>alert(1)</script>" + "x".repeat(4001));
    form.put("email", "not an email");
    form.put("opensAt", "25:99");
    form.put("phone", "1".repeat(201));
    form.put("scheduleNotes", "<script>alert(2)</script>");
    form.put("status", "GONE");

    HttpResponse<String> page = partner.post("/partner/directory/" + ours + "/edit", form);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("There is a problem")
        .contains("This must be 4,000 characters or fewer")
        .contains("Enter an email address like name@example.org")
        .contains("Enter a time such as 14:00")
        .contains("This must be 200 characters or fewer")
        .contains("Choose a status")
        .contains("&lt;script&gt;alert(2)&lt;/script&gt;")
        .doesNotContain("<script>alert(");
    assertThat(entry().version()).isEqualTo(version);
  }

  @Test
  void aStaleSaveIsAConflictThatKeepsWhatWasTyped() {
    partner.get("/partner/directory/" + ours + "/edit");
    int opened = entry().version();
    WebSession colleague = WebSession.signedIn(port, "partner", PASSWORD);
    colleague.get("/partner/directory/" + ours);
    colleague.post("/partner/directory/" + ours + "/checked", Map.of());

    Map<String, String> form = form(opened);
    form.put("scheduleNotes", "My careful note about Tuesdays");
    HttpResponse<String> page = partner.post("/partner/directory/" + ours + "/edit", form);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("Someone else changed this entry after you opened it")
        .contains("My careful note about Tuesdays")
        .contains("name=\"version\" value=\"" + entry().version() + "\"");
    assertThat(entry().current().scheduleNotes()).isNotEqualTo("My careful note about Tuesdays");
  }

  @Test
  void aPractitionerCannotUseThePartnerDirectory() {
    WebSession practitioner = WebSession.signedIn(port, "practitioner", PASSWORD);

    assertThat(practitioner.get("/partner/directory").statusCode()).isEqualTo(403);
    assertThat(practitioner.get("/partner/directory/" + ours + "/edit").statusCode())
        .isEqualTo(403);
    practitioner.get("/community");
    assertThat(practitioner.post("/partner/directory/" + ours + "/checked", Map.of()).statusCode())
        .isEqualTo(403);
  }

  private OwnedEntry entry() {
    return assets.owned(ours, CommunityAssets.DEMO_BEFRIENDING_ORGANISATION_ID).orElseThrow();
  }

  /** Every field as the edit page would send it, from what is stored now. */
  private Map<String, String> form(int version) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("version", String.valueOf(version));
    form.put("status", "ACTIVE");
    form.put("offers", "Weekly visits and phone calls");
    form.put("description", "Volunteers who visit");
    form.put("days", "TU");
    form.put("opensAt", "10:00");
    form.put("closesAt", "12:00");
    form.put("scheduleNotes", "");
    form.put("cost", "FREE");
    form.put("costDetails", "");
    form.put("contactName", "Sam");
    form.put("email", "sam@befrienders.example.org");
    form.put("phone", "0113 496 0000");
    form.put("website", "");
    form.put("howToConnect", "INTRODUCTION");
    return form;
  }

  /** An entry made by council staff through their own form; its name sorts after the demo ones. */
  private UUID newAsset(UUID organisationId) {
    WebSession staff = WebSession.signedIn(port, "practitioner", PASSWORD);
    staff.get("/community/assets/new");
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("kind", "ASSOCIATION");
    fields.put("name", "Zz partner test " + UUID.randomUUID());
    fields.put("offers", "Company");
    fields.put("organisationId", organisationId == null ? "" : organisationId.toString());
    fields.put("cost", "FREE");
    fields.put("howToConnect", "TURN_UP");
    fields.put("status", "ACTIVE");
    HttpResponse<String> created = staff.post("/community/assets/new", fields);
    assertThat(created.statusCode()).isEqualTo(302);
    String location = WebSession.location(created);
    return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
  }
}
