package org.strengths.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.strengths.testing.WebSession;

/** Break-glass from the refusal page to the team manager's acknowledgement, over real HTTP. */
@AccessIntegrationTest
class BreakGlassTest {

  private static final String DEMO = "strengths-demo";
  private static final String REASON = "Safeguarding concern raised by the ward at night";

  @LocalServerPort int port;
  @Autowired FakePersonDirectory people;
  @Autowired JdbcClient jdbc;

  @Test
  void offersBreakGlassToAPractitionerWithoutAWorkingRelationship() {
    UUID person = people.add("Ada Lovelace", team("South locality"), null);

    HttpResponse<String> page = practitioner().get("/test-only/people/" + person);

    assertThat(page.statusCode()).isEqualTo(403);
    assertThat(page.body())
        .contains("have a working relationship with this person")
        .contains("action=\"/people/" + person + "/break-glass\"")
        .contains("id=\"reason\"")
        .contains("Use break-glass access")
        .contains("Signed in as Sam Okafor")
        .doesNotContain("Ada Lovelace");
  }

  @Test
  void letsTheTeamSeeTheirOwnPersonWithoutBreakingTheGlass() {
    UUID person = people.add("Grace Hopper", team("North locality"), null);

    HttpResponse<String> page = practitioner().get("/test-only/people/" + person);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("TEAM_MEMBER");
  }

  @Test
  void refusesAReasonShorterThanTenCharactersAndKeepsWhatWasTyped() {
    UUID person = people.add("Alan Turing", team("South locality"), null);
    WebSession sam = practitioner();
    sam.get("/test-only/people/" + person);

    HttpResponse<String> answer =
        sam.post("/people/" + person + "/break-glass", Map.of("reason", "Too short"));

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.body())
        .contains("There is a problem")
        .contains("href=\"#reason\"")
        .contains("id=\"reason-error\"")
        .contains("Reason must be at least 10 characters")
        .contains(">Too short</textarea>");
    assertThat(sam.get("/test-only/people/" + person).statusCode()).isEqualTo(403);
    assertThat(eventsFor(person)).isZero();
  }

  @Test
  void keepsTheTypedReasonWhenTheSessionHadExpired() {
    UUID person = people.add("Ida Wells", team("South locality"), null);
    WebSession expired = new WebSession(port);
    expired.get("/sign-in");

    HttpResponse<String> kept =
        expired.post("/people/" + person + "/break-glass", Map.of("reason", REASON));
    assertThat(WebSession.location(kept)).endsWith("/sign-in?expired");
    HttpResponse<String> signedIn = expired.signIn("practitioner", DEMO);

    assertThat(WebSession.location(signedIn)).endsWith("/people/" + person + "/break-glass");
    assertThat(expired.get("/people/" + person + "/break-glass").body())
        .contains(">" + REASON + "</textarea>");
    assertThat(eventsFor(person)).isZero();
  }

  @Test
  void refusesAMissingReasonAndOneOverAThousandCharacters() {
    UUID person = people.add("Mary Seacole", team("South locality"), null);
    WebSession sam = practitioner();
    sam.get("/people/" + person + "/break-glass");

    String missing = sam.post("/people/" + person + "/break-glass", Map.of("reason", "   ")).body();
    String tooLong =
        sam.post("/people/" + person + "/break-glass", Map.of("reason", "x".repeat(1001))).body();

    assertThat(missing).contains("Enter why you need to see this record");
    assertThat(tooLong).contains("Reason must be 1000 characters or fewer");
    assertThat(eventsFor(person)).isZero();
  }

  @Test
  void keepsScriptsInAReasonAsHarmlessText() {
    UUID person = people.add("Edith Cavell", team("South locality"), null);
    WebSession sam = practitioner();
    sam.get("/people/" + person + "/break-glass");

    String refused =
        sam.post("/people/" + person + "/break-glass", Map.of("reason", "<script>")).body();
    breakGlass(sam, person, "<script>alert('x')</script> ward");
    String reviews = WebSession.signedIn(port, "manager2", DEMO).get("/break-glass-reviews").body();

    assertThat(refused).doesNotContain("<script>").contains("&lt;script&gt;");
    assertThat(reviews).doesNotContain("<script>alert").contains("&lt;script&gt;alert");
  }

  @Test
  void opensTheRecordForTheRestOfTheSessionOnlyWithAValidReason() {
    UUID person = people.add("Florence Nightingale", team("South locality"), null);
    WebSession sam = practitioner();
    sam.get("/test-only/people/" + person);

    HttpResponse<String> answer =
        sam.post("/people/" + person + "/break-glass", Map.of("reason", REASON));

    assertThat(answer.statusCode()).isEqualTo(302);
    assertThat(WebSession.location(answer)).endsWith("/people/" + person);
    HttpResponse<String> record = sam.get("/test-only/people/" + person);
    assertThat(record.statusCode()).isEqualTo(200);
    assertThat(record.body()).contains("BREAK_GLASS");
    assertThat(practitioner().get("/test-only/people/" + person).statusCode())
        .as("a new session")
        .isEqualTo(403);
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit_entry WHERE person_id = :person"
                        + " AND section = 'record' AND action = 'break-glass' AND reason = :reason"
                        + " AND username = 'practitioner' AND role = 'PRACTITIONER'")
                .param("person", person)
                .param("reason", REASON)
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void flagsTheEventToTheManagerOfThePersonsTeamWhoAcknowledgesIt() {
    UUID person = people.add("Rosalind Franklin", team("South locality"), null);
    breakGlass(practitioner(), person);
    UUID event = eventOf(person);
    WebSession southManager = WebSession.signedIn(port, "manager2", DEMO);

    String list = southManager.get("/break-glass-reviews").body();
    assertThat(list)
        .containsPattern("Break-glass reviews: [1-9]\\d* to acknowledge")
        .contains("Rosalind Franklin")
        .contains("Sam Okafor")
        .contains(REASON)
        .contains("href=\"/break-glass-reviews/" + event + "\"");
    HttpResponse<String> review = southManager.get("/break-glass-reviews/" + event);
    assertThat(review.statusCode()).isEqualTo(200);
    assertThat(review.body())
        .contains("id=\"note\"")
        .contains(">Acknowledge</button>")
        .contains("href=\"/people/" + person + "/audit-trail\"");

    HttpResponse<String> acknowledged =
        southManager.post(
            "/break-glass-reviews/" + event, Map.of("note", "Spoke to Sam: the ward called."));

    assertThat(acknowledged.statusCode()).isEqualTo(302);
    assertThat(WebSession.location(acknowledged)).endsWith("/break-glass-reviews");
    assertThat(southManager.get("/break-glass-reviews").body())
        .contains("Break-glass access acknowledged.")
        .contains("Spoke to Sam: the ward called.");
    assertThat(acknowledgedBy(event)).isEqualTo(staffId("manager2"));
  }

  @Test
  void refusesAReviewNoteOverAThousandCharactersAndKeepsIt() {
    UUID person = people.add("Dorothy Hodgkin", team("South locality"), null);
    breakGlass(practitioner(), person);
    UUID event = eventOf(person);
    WebSession southManager = WebSession.signedIn(port, "manager2", DEMO);
    southManager.get("/break-glass-reviews/" + event);

    HttpResponse<String> answer =
        southManager.post("/break-glass-reviews/" + event, Map.of("note", "n".repeat(1001)));

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.body())
        .contains("Note must be 1000 characters or fewer")
        .contains("n".repeat(1001));
    assertThat(acknowledgedBy(event)).isNull();
  }

  @Test
  void doesNotLetAnotherTeamsManagerSeeOrAcknowledgeTheEvent() {
    UUID person = people.add("Lise Meitner", team("South locality"), null);
    breakGlass(practitioner(), person);
    UUID event = eventOf(person);
    WebSession northManager = WebSession.signedIn(port, "manager", DEMO);

    assertThat(northManager.get("/break-glass-reviews").body()).doesNotContain("Lise Meitner");
    assertThat(northManager.get("/break-glass-reviews/" + event).statusCode()).isEqualTo(403);
    assertThat(northManager.post("/break-glass-reviews/" + event, Map.of("note", "")).statusCode())
        .isEqualTo(403);
    assertThat(acknowledgedBy(event)).isNull();
  }

  @Test
  void keepsBreakGlassAndItsReviewsFromAnalystsAndPractitioners() {
    UUID person = people.add("Marie Curie", team("South locality"), null);
    WebSession analyst = WebSession.signedIn(port, "analyst", DEMO);

    assertThat(analyst.get("/people/" + person + "/break-glass").statusCode()).isEqualTo(403);
    assertThat(analyst.get("/test-only/people/" + person).statusCode()).isEqualTo(403);
    assertThat(practitioner().get("/break-glass-reviews").statusCode()).isEqualTo(403);
  }

  @Test
  void showsTheReviewsLinkToManagersOnly() {
    assertThat(WebSession.signedIn(port, "manager", DEMO).get("/break-glass-reviews").body())
        .contains("href=\"/break-glass-reviews\"");
    assertThat(WebSession.signedIn(port, "admin", DEMO).get("/").body())
        .doesNotContain("href=\"/break-glass-reviews\"")
        .contains("href=\"/admin/api-tokens\"")
        .contains("href=\"/admin/audit-log\"");
  }

  private WebSession practitioner() {
    return WebSession.signedIn(port, "practitioner", DEMO);
  }

  private void breakGlass(WebSession browser, UUID person) {
    breakGlass(browser, person, REASON);
  }

  private void breakGlass(WebSession browser, UUID person, String reason) {
    browser.get("/people/" + person + "/break-glass");
    HttpResponse<String> answer =
        browser.post("/people/" + person + "/break-glass", Map.of("reason", reason));
    assertThat(answer.statusCode()).isEqualTo(302);
  }

  private UUID team(String name) {
    return jdbc.sql("SELECT id FROM access_team WHERE name = :name")
        .param("name", name)
        .query(UUID.class)
        .single();
  }

  private UUID staffId(String username) {
    return jdbc.sql("SELECT id FROM access_staff WHERE username = :username")
        .param("username", username)
        .query(UUID.class)
        .single();
  }

  private long eventsFor(UUID person) {
    return jdbc.sql("SELECT count(*) FROM access_break_glass WHERE person_id = :person")
        .param("person", person)
        .query(Long.class)
        .single();
  }

  private UUID eventOf(UUID person) {
    return jdbc.sql("SELECT id FROM access_break_glass WHERE person_id = :person")
        .param("person", person)
        .query(UUID.class)
        .single();
  }

  private UUID acknowledgedBy(UUID event) {
    return jdbc.sql("SELECT acknowledged_by FROM access_break_glass WHERE id = :id")
        .param("id", event)
        .query(UUID.class)
        .optional()
        .orElse(null);
  }
}
