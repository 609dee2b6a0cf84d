package org.strengths.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.strengths.access.StaffAccounts;
import org.strengths.access.StaffMember;
import org.strengths.person.People;
import org.strengths.testing.RecordFixtures;
import org.strengths.testing.TestClock;
import org.strengths.testing.WebSession;

/**
 * Waiting well over real HTTP on the test clock (15 July 2026): a team of its own with a
 * practitioner and a manager, people waiting for a first conversation and for a needs assessment,
 * and the escalation job; people of other teams and other roles refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WaitingWellPagesTest {

  static final String PASSWORD = "strengths-demo";
  static final LocalDate TODAY = TestClock.today();

  @LocalServerPort int port;
  @Autowired People people;
  @Autowired StaffAccounts accounts;
  @Autowired JdbcClient jdbc;
  @Autowired PasswordEncoder passwords;
  @Autowired WaitingEscalations escalations;
  @Autowired WaitingStore store;

  RecordFixtures fixtures;
  StaffMember practitioner;
  StaffMember manager;
  RecordFixtures.Person ada;
  RecordFixtures.Person bea;
  RecordFixtures.Person cal;
  RecordFixtures.Person dot;
  RecordFixtures.Person eli;

  @BeforeAll
  void makeATeamWithPeopleWaiting() {
    fixtures = new RecordFixtures(jdbc, people);
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    UUID team = UUID.randomUUID();
    jdbc.sql("INSERT INTO access_team (id, name) VALUES (:id, :name)")
        .param("id", team)
        .param("name", "Waiting team " + suffix)
        .update();
    practitioner = staff("wait-p-" + suffix, "Pat Wait", "PRACTITIONER", team);
    manager = staff("wait-m-" + suffix, "Mo Wait", "MANAGER", team);
    ada = fixtures.person("Ada", practitioner);
    bea = fixtures.person("Bea", practitioner);
    UUID talked =
        fixtures.conversation(
            bea.id(), 1, TODAY.minusDays(10), List.of(), null, List.of(), List.of(), null);
    jdbc.sql("UPDATE conversation SET outcome = 'Progress to Assessment' WHERE id = :id")
        .param("id", talked)
        .update();
    cal = fixtures.person("Cal", practitioner);
    fixtures.conversation(
        cal.id(), 1, TODAY.minusDays(10), List.of(), null, List.of(), List.of(), null);
    dot = fixtures.person("Dot", practitioner);
    eli = fixtures.person("Eli", practitioner);
  }

  @Test
  void theListShowsEveryoneWaitingForAFirstConversationOrAnAssessmentAndNobodyElse() {
    WebSession session = signedIn(manager);
    HttpResponse<String> page = session.get("/waiting");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains(ada.displayName(), bea.displayName());
    assertThat(page.body()).doesNotContain(cal.displayName());
    assertThat(row(page.body(), bea.id())).contains("Needs assessment", "10 days");
    assertThat(row(page.body(), ada.id())).contains("First conversation", "Not triaged yet");
    assertThat(page.body()).contains("What the triage levels mean", "Keep in touch every 7 days");
  }

  @Test
  void aManagerTriagesAPersonWithAReasonAndTheHistoryKeepsWhoAndWhen() {
    WebSession session = signedIn(manager);
    session.get("/people/" + bea.id() + "/waiting");
    HttpResponse<String> saved =
        session.post(
            "/people/" + bea.id() + "/waiting/triage",
            Map.of("level", "SOON", "reason", "Her daughter is away for a month", "version", ""));
    assertThat(saved.statusCode()).isEqualTo(302);
    HttpResponse<String> page = session.get("/people/" + bea.id() + "/waiting");
    assertThat(page.body())
        .contains("Triage saved", "Soon", "Her daughter is away for a month", "29 July 2026");
    assertThat(page.body()).contains("Mo Wait");

    session.post(
        "/people/" + bea.id() + "/waiting/triage",
        Map.of("level", "URGENT", "reason", "She fell at home", "everyDays", "3", "version", "0"));
    String history = session.get("/people/" + bea.id() + "/waiting").body();
    assertThat(history).contains("18 July 2026", "Every 3 days");
    assertThat(history.indexOf("She fell at home"))
        .isLessThan(history.lastIndexOf("Her daughter is away for a month"));
  }

  @Test
  void aWorkerLogsAContactAndTheNextDateMovesOn() {
    triage(eli, "ROUTINE", "Managing with her neighbour");
    WebSession session = signedIn(practitioner);
    session.get("/people/" + eli.id() + "/waiting");
    HttpResponse<String> saved =
        session.post(
            "/people/" + eli.id() + "/waiting/contacts",
            contact(
                TODAY.minusDays(1), "PHONE", "Still managing, neighbour calls daily", "no", "0"));
    assertThat(saved.statusCode()).isEqualTo(302);
    String page = session.get("/people/" + eli.id() + "/waiting").body();
    assertThat(page).contains("Contact saved", "Still managing, neighbour calls daily", "Pat Wait");
    assertThat(page).contains("11 August 2026"); // 14 July + 28 days
  }

  @Test
  void aContactSayingSomethingChangedAsksForTheTriageToBeChecked() {
    triage(dot, "ROUTINE", "Safe at home");
    WebSession session = signedIn(practitioner);
    session.get("/people/" + dot.id() + "/waiting");
    HttpResponse<String> saved =
        session.post(
            "/people/" + dot.id() + "/waiting/contacts",
            contact(TODAY, "VISIT", "Her carer has gone into hospital", "yes", "0"));
    assertThat(WebSession.location(saved)).endsWith("/waiting#triage");
    assertThat(session.get("/people/" + dot.id() + "/waiting").body())
        .contains("You said something has changed");
  }

  @Test
  void anOverdueContactIsEscalatedOnceAndShownToTheManagerAndTheWorker() {
    RecordFixtures.Person fay = fixtures.person("Fay", practitioner);
    triage(fay, "URGENT", "Lives alone, had a fall");
    WebSession worker = signedIn(practitioner);
    worker.get("/people/" + fay.id() + "/waiting");
    worker.post(
        "/people/" + fay.id() + "/waiting/contacts",
        contact(TODAY.minusDays(20), "LETTER", "Sent our number", "no", "0"));
    LocalDate due = TODAY.minusDays(13);

    escalations.run();
    escalations.run();
    assertThat(store.escalationsFor(fay.id(), due)).isEqualTo(1);

    String list = signedIn(manager).get("/waiting").body();
    assertThat(row(list, fay.id())).contains("13 days overdue", "Escalated");
    String team = signedIn(manager).get("/").body();
    assertThat(team).contains("Keep-in-touch contacts overdue", fay.displayName());
    String myWork = signedIn(practitioner).get("/").body();
    assertThat(myWork).contains("Keep-in-touch contacts overdue", fay.displayName());

    worker.get("/people/" + fay.id() + "/waiting");
    worker.post(
        "/people/" + fay.id() + "/waiting/contacts",
        contact(TODAY, "PHONE", "Spoke to her, she is safe", "no", "1"));
    assertThat(signedIn(manager).get("/").body()).doesNotContain(fay.displayName());
  }

  @Test
  void aContactLateOnlyByTheGraceDaysIsNotEscalated() {
    RecordFixtures.Person gil = fixtures.person("Gil", practitioner);
    triage(gil, "ROUTINE", "Safe with family");
    WebSession worker = signedIn(practitioner);
    worker.get("/people/" + gil.id() + "/waiting");
    worker.post(
        "/people/" + gil.id() + "/waiting/contacts",
        contact(TODAY.minusDays(30), "EMAIL", "All well", "no", "0"));
    escalations.run();
    assertThat(store.escalationsFor(gil.id(), TODAY.minusDays(2))).isZero();
    assertThat(row(signedIn(manager).get("/waiting").body(), gil.id()))
        .contains("2 days overdue")
        .doesNotContain("Escalated");
  }

  @Test
  void anotherTeamsPractitionerIsRefused() {
    WebSession other = WebSession.signedIn(port, "practitioner2", PASSWORD);
    assertThat(other.get("/people/" + ada.id() + "/waiting").statusCode()).isEqualTo(403);
    other.get("/waiting");
    assertThat(
            other
                .post(
                    "/people/" + ada.id() + "/waiting/triage",
                    Map.of("level", "URGENT", "reason", "x", "version", ""))
                .statusCode())
        .isEqualTo(403);
    assertThat(other.get("/waiting").body()).doesNotContain(ada.displayName());
  }

  @Test
  void anAnalystIsRefused() {
    WebSession analyst = WebSession.signedIn(port, "analyst", PASSWORD);
    assertThat(analyst.get("/waiting").statusCode()).isEqualTo(403);
    assertThat(analyst.get("/people/" + ada.id() + "/waiting").statusCode()).isEqualTo(403);
  }

  @Test
  void someoneNotSignedInIsSentToSignIn() {
    HttpResponse<String> page = new WebSession(port).get("/waiting");
    assertThat(page.statusCode()).isEqualTo(302);
    assertThat(WebSession.location(page)).contains("/sign-in");
  }

  @Test
  void anEmptyReasonIsRefusedWithAGovukErrorAndWhatWasTypedIsKept() {
    WebSession session = signedIn(manager);
    session.get("/people/" + ada.id() + "/waiting");
    HttpResponse<String> page =
        session.post(
            "/people/" + ada.id() + "/waiting/triage",
            Map.of("level", "URGENT", "reason", "   ", "everyDays", "5", "version", ""));
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("There is a problem", "href=\"#reason\"", "Enter why");
    assertThat(page.body()).contains("value=\"5\"");
    assertThat(page.body()).containsPattern("value=\"URGENT\"\\s+checked");
  }

  @Test
  void webCodeAndTooLongTextAreRefusedAndShownBackSafely() {
    WebSession session = signedIn(manager);
    session.get("/people/" + ada.id() + "/waiting");
    String html =
        session
            .post(
                "/people/" + ada.id() + "/waiting/triage",
                Map.of("level", "SOON", "reason", "<script>alert(1)</script>", "version", ""))
            .body();
    assertThat(html).contains("web code cannot be saved here", "&lt;script&gt;alert(1)");
    assertThat(html).doesNotContain("<script>alert(1)");
    String tooLong =
        session
            .post(
                "/people/" + ada.id() + "/waiting/triage",
                Map.of("level", "SOON", "reason", "a".repeat(1001), "version", ""))
            .body();
    assertThat(tooLong).contains("Why must be 1,000 characters or fewer");
  }

  @Test
  void aContactDatedInTheFutureOrTooLongAgoIsRefusedKeepingWhatWasSaid() {
    RecordFixtures.Person hal = fixtures.person("Hal", practitioner);
    triage(hal, "SOON", "Carer is tired");
    WebSession session = signedIn(practitioner);
    session.get("/people/" + hal.id() + "/waiting");
    String future =
        session
            .post(
                "/people/" + hal.id() + "/waiting/contacts",
                contact(TODAY.plusDays(1), "PHONE", "Talked about respite", "no", "0"))
            .body();
    assertThat(future).contains("must be today or in the past", "href=\"#contactedOnDay\"");
    assertThat(future).contains("Talked about respite");
    String old =
        session
            .post(
                "/people/" + hal.id() + "/waiting/contacts",
                contact(TODAY.minusDays(91), "PHONE", "Talked about respite", "no", "0"))
            .body();
    assertThat(old).contains("must be in the last 90 days");
    Map<String, String> noMonth = contact(TODAY, "PHONE", "Talked about respite", "no", "0");
    noMonth.put("contactedOnMonth", "");
    assertThat(session.post("/people/" + hal.id() + "/waiting/contacts", noMonth).body())
        .contains("The date of the contact must include a month");
  }

  @Test
  void aChangeMadeMeanwhileBySomeoneElseIsNotOverwritten() {
    RecordFixtures.Person ivy = fixtures.person("Ivy", practitioner);
    triage(ivy, "ROUTINE", "Fine for now");
    WebSession session = signedIn(practitioner);
    session.get("/people/" + ivy.id() + "/waiting");
    triage(ivy, "URGENT", "Her son rang: she is not eating"); // the manager, meanwhile (version 1)
    HttpResponse<String> page =
        session.post(
            "/people/" + ivy.id() + "/waiting/triage",
            Map.of("level", "SOON", "reason", "A bit worse", "version", "0"));
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("changed " + ivy.displayName().replace("'", "&#39;"));
    assertThat(page.body()).contains("A bit worse");
    assertThat(store.schedule(ivy.id()).orElseThrow().level()).isEqualTo(TriageLevel.URGENT);
    HttpResponse<String> staleContact =
        session.post(
            "/people/" + ivy.id() + "/waiting/contacts",
            contact(TODAY, "PHONE", "Rang her", "no", "0"));
    assertThat(staleContact.body()).contains("while you were typing", "Rang her");
  }

  private void triage(RecordFixtures.Person person, String level, String reason) {
    WebSession session = signedIn(manager);
    String version = store.schedule(person.id()).map(s -> String.valueOf(s.version())).orElse("");
    session.get("/people/" + person.id() + "/waiting");
    HttpResponse<String> saved =
        session.post(
            "/people/" + person.id() + "/waiting/triage",
            Map.of("level", level, "reason", reason, "version", version));
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
  }

  private static Map<String, String> contact(
      LocalDate on, String how, String said, String changed, String version) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("contactedOnDay", String.valueOf(on.getDayOfMonth()));
    fields.put("contactedOnMonth", String.valueOf(on.getMonthValue()));
    fields.put("contactedOnYear", String.valueOf(on.getYear()));
    fields.put("how", how);
    fields.put("said", said);
    fields.put("changed", changed);
    fields.put("version", version);
    return fields;
  }

  /** The table row of one person in the list. */
  private static String row(String html, UUID personId) {
    int at = html.indexOf("data-person=\"" + personId + "\"");
    assertThat(at).as("row of " + personId).isNotNegative();
    return html.substring(at, html.indexOf("</tr>", at));
  }

  private WebSession signedIn(StaffMember member) {
    return WebSession.signedIn(port, member.getUsername(), PASSWORD);
  }

  private StaffMember staff(String username, String name, String role, UUID team) {
    jdbc.sql(
            """
            INSERT INTO access_staff (id, username, display_name, password_hash, role, team_id)
            VALUES (:id, :username, :name, :hash, :role, :team)
            """)
        .param("id", UUID.randomUUID())
        .param("username", username)
        .param("name", name)
        .param("hash", passwords.encode(PASSWORD))
        .param("role", role)
        .param("team", team)
        .update();
    return accounts.loadUserByUsername(username);
  }
}
