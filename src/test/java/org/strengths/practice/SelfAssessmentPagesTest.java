package org.strengths.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
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
import org.strengths.person.People;
import org.strengths.testing.RecordFixtures;
import org.strengths.testing.WebSession;

/**
 * Self-assessment, learning and the capability heatmap over real HTTP on the test clock (15 July
 * 2026): a team of its own with a manager, the worker, a colleague, a manager of another team and a
 * principal social worker.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SelfAssessmentPagesTest {

  static final String PASSWORD = "strengths-demo";
  static final UUID PERSON_CENTRED = UUID.fromString("5a1e0000-0000-4000-8000-000000000002");
  static final UUID SKILLS = UUID.fromString("5a1e0000-0000-4000-8000-000000000105");
  static final String GOAL = "Lead a family group conference by the autumn";

  @LocalServerPort int port;
  @Autowired Teams teams;
  @Autowired StaffAccounts staff;
  @Autowired People people;
  @Autowired JdbcClient jdbc;

  String suffix;
  UUID team;
  StaffMember manager;
  StaffMember worker;
  StaffMember colleague;
  StaffMember otherManager;
  StaffMember psw;
  RecordFixtures.Person dora;
  UUID conversation;

  @BeforeAll
  void team() {
    suffix = String.valueOf(ThreadLocalRandom.current().nextInt(1_000_000));
    team = teams.add("Development team " + suffix);
    UUID other = teams.add("Other development team " + suffix);
    manager = account("dev-manager", "Nadia Karim", Role.MANAGER, team);
    worker = account("dev-worker", "Leo Banks", Role.PRACTITIONER, team);
    colleague = account("dev-colleague", "Ivy Moss", Role.PRACTITIONER, team);
    otherManager = account("dev-other", "Ben Frost", Role.MANAGER, other);
    psw = account("dev-psw", "Ruth Dale", Role.PRINCIPAL_SOCIAL_WORKER, null);
    RecordFixtures fixtures = new RecordFixtures(jdbc, people);
    dora = fixtures.person("Dora", worker);
    conversation =
        fixtures.conversation(
            dora.id(),
            1,
            LocalDate.of(2026, 7, 2),
            List.of("I want to keep my garden"),
            null,
            List.of(),
            List.of(),
            null);
    jdbc.sql("UPDATE conversation SET worker_id = :worker WHERE id = :id")
        .param("worker", worker.id())
        .param("id", conversation)
        .update();
  }

  private StaffMember account(String username, String name, Role role, UUID team) {
    staff.addDemoAccount(username + suffix, name, role, team, null);
    return staff.loadUserByUsername(username + suffix);
  }

  private WebSession as(StaffMember member) {
    return WebSession.signedIn(port, member.getUsername(), PASSWORD);
  }

  private static Map<String, String> assessment(String day, String... extra) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("assessedOnDay", day);
    fields.put("assessedOnMonth", "7");
    fields.put("assessedOnYear", "2026");
    for (int i = 0; i + 1 < extra.length; i += 2) {
      fields.put(extra[i], extra[i + 1]);
    }
    return fields;
  }

  private UUID assessed(Map<String, String> fields) {
    WebSession browser = as(worker);
    String path = "/development/workers/" + worker.id() + "/self-assessments/new";
    assertThat(browser.get(path).statusCode()).isEqualTo(200);
    HttpResponse<String> saved = browser.post(path, fields);
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
    String location = WebSession.location(saved);
    assertThat(location).startsWith("/development/self-assessments/");
    return UUID.fromString(location.substring("/development/self-assessments/".length()));
  }

  private long audited(StaffMember who, String action, String detail) {
    return jdbc.sql(
            "SELECT count(*) FROM audit_entry WHERE username = :u AND section = 'development'"
                + " AND action = :a AND detail = :d")
        .param("u", who.getUsername())
        .param("a", action)
        .param("d", detail)
        .query(Long.class)
        .single();
  }

  @Test
  void aSelfAssessmentWithEvidenceIsReadByTheWorkerTheirManagerAndThePswAndRefusedToOthers() {
    UUID id =
        assessed(
            assessment(
                "10",
                "ratings[" + PERSON_CENTRED + "]",
                "3",
                "ratings[" + SKILLS + "]",
                "2",
                "evidence",
                PERSON_CENTRED + "/CONVERSATION:" + conversation,
                "goals[0].goal",
                GOAL,
                "goals[0].actions",
                "Shadow Nadia at two conferences",
                "goals[0].byDay",
                "30",
                "goals[0].byMonth",
                "10",
                "goals[0].byYear",
                "2026"));
    String path = "/development/self-assessments/" + id;
    String detail = "self-assessment " + id;

    for (StaffMember allowed : List.of(worker, manager, psw)) {
      HttpResponse<String> page = as(allowed).get(path);
      assertThat(page.statusCode()).as(allowed.displayName()).isEqualTo(200);
      assertThat(page.body())
          .contains(
              "Self-assessment: Leo Banks, 10 July 2026",
              "Confident",
              "Developing",
              "Conversation 1 with " + dora.displayName() + ", 2 July 2026",
              "/people/" + dora.id() + "/conversations/" + conversation,
              GOAL,
              "30 October 2026");
      assertThat(audited(allowed, "view-self-assessment", detail))
          .as(allowed.displayName())
          .isEqualTo(1);
    }
    for (StaffMember refused : List.of(colleague, otherManager)) {
      HttpResponse<String> page = as(refused).get(path);
      assertThat(page.statusCode()).as(refused.displayName()).isEqualTo(403);
      assertThat(page.body()).contains("This development record is private").doesNotContain(GOAL);
      assertThat(audited(refused, "view-self-assessment", detail)).isZero();
      assertThat(audited(refused, "refused-view-self-assessment", detail)).isEqualTo(1);
    }
    HttpResponse<String> admin = WebSession.signedIn(port, "admin", PASSWORD).get(path);
    assertThat(admin.statusCode()).isEqualTo(403);
    assertThat(admin.body()).doesNotContain(GOAL);
  }

  @Test
  void onlyTheWorkerAddsToTheirRecordAndEvidenceFromSomeoneElsesWorkIsRefused() {
    String path = "/development/workers/" + worker.id() + "/self-assessments/new";
    assertThat(as(manager).get(path).statusCode()).isEqualTo(403);
    assertThat(as(psw).get(path).statusCode()).isEqualTo(403);
    assertThat(
            as(colleague)
                .post(path, assessment("9", "ratings[" + PERSON_CENTRED + "]", "3"))
                .statusCode())
        .isEqualTo(403);
    assertThat(as(colleague).get("/development/workers/" + worker.id()).statusCode())
        .isEqualTo(403);

    WebSession colleague = as(this.colleague);
    String theirs = "/development/workers/" + this.colleague.id() + "/self-assessments/new";
    colleague.get(theirs);
    HttpResponse<String> borrowed =
        colleague.post(
            theirs,
            assessment(
                "9",
                "ratings[" + PERSON_CENTRED + "]",
                "3",
                "evidence",
                PERSON_CENTRED + "/CONVERSATION:" + conversation));
    assertThat(borrowed.statusCode()).isEqualTo(200);
    assertThat(borrowed.body())
        .contains("There is a problem", "Choose evidence only from the lists of your own work");
  }

  @Test
  void badInputGetsClearMessagesAndKeepsWhatWasTypedAndOneAssessmentPerDate() {
    WebSession browser = as(worker);
    String path = "/development/workers/" + worker.id() + "/self-assessments/new";
    browser.get(path);

    HttpResponse<String> empty =
        browser.post(
            path, assessment("", "goals[0].goal", "Something I typed", "assessedOnMonth", ""));
    assertThat(empty.statusCode()).isEqualTo(200);
    assertThat(empty.body())
        .contains(
            "There is a problem",
            "Date of this self-assessment must include a day",
            "Rate yourself against at least one statement",
            "Enter what you will do",
            "Something I typed");

    assessed(assessment("11", "ratings[" + SKILLS + "]", "4"));
    HttpResponse<String> again =
        browser.post(path, assessment("11", "ratings[" + SKILLS + "]", "4"));
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(again.body())
        .contains("You already have a self-assessment dated 11 July 2026: choose another date");
  }

  @Test
  void learningIsRecordedAndOfferedAsEvidenceAndTheHeatmapShowsTheTeamInWordsAndAsCsv() {
    WebSession browser = as(colleague);
    String learning = "/development/workers/" + colleague.id() + "/learning/new";
    assertThat(browser.get(learning).statusCode()).isEqualTo(200);
    HttpResponse<String> refused = browser.post(learning, Map.of("title", "Half typed"));
    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body()).contains("Choose the kind of learning", "Half typed");
    Map<String, String> course = new LinkedHashMap<>();
    course.put("kind", "COURSE");
    course.put("title", "Strengths-based conversations");
    course.put("heldOnDay", "1");
    course.put("heldOnMonth", "7");
    course.put("heldOnYear", "2026");
    course.put("hours", "6.5");
    course.put("learned", "Asking about a good day first");
    course.put("statements", SKILLS.toString());
    HttpResponse<String> saved = browser.post(learning, course);
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
    HttpResponse<String> page = browser.get("/development/workers/" + colleague.id());
    assertThat(page.body())
        .contains("Strengths-based conversations", "6.5 hours", "KcVETS S Skills");
    assertThat(
            browser.get("/development/workers/" + colleague.id() + "/self-assessments/new").body())
        .contains("Strengths-based conversations, 1 July 2026");
    browser.post(
        "/development/workers/" + colleague.id() + "/self-assessments/new",
        assessment("12", "ratings[" + SKILLS + "]", "1"));

    WebSession manager = as(this.manager);
    HttpResponse<String> heatmap = manager.get("/development/capability");
    assertThat(heatmap.statusCode()).isEqualTo(200);
    assertThat(heatmap.body())
        .contains("Team capability: Development team " + suffix, "Leo Banks", "Ivy Moss")
        .contains("1 Not yet confident");
    assertThat(audited(this.manager, "view-capability", "team " + team)).isPositive();

    HttpResponse<byte[]> csv = manager.getBytes("/development/capability.csv?team=" + team);
    assertThat(csv.statusCode()).isEqualTo(200);
    String text = new String(csv.body(), StandardCharsets.UTF_8);
    assertThat(text)
        .startsWith("Statement,Ivy Moss: Self,Ivy Moss: Audit,Leo Banks: Self,Leo Banks: Audit");
    assertThat(text).contains("KcVETS S Skills,1 Not yet confident,");
    assertThat(audited(this.manager, "download-capability", "team " + team)).isEqualTo(1);

    assertThat(as(otherManager).get("/development/capability?team=" + team).statusCode())
        .isEqualTo(403);
    assertThat(audited(otherManager, "refused-view-capability", "team " + team)).isEqualTo(1);
    assertThat(as(psw).get("/development/capability?team=" + team).statusCode()).isEqualTo(200);
    assertThat(as(worker).get("/development/capability").statusCode()).isEqualTo(403);
  }

  @Test
  void feedbackFromACaseFileAuditIsOfferedAsEvidenceAndLinksToTheFeedback() {
    // The demo's closed North audit gave Sam Okafor feedback on one of his records.
    WebSession sam = WebSession.signedIn(port, "practitioner", PASSWORD);
    StaffMember samOkafor = staff.loadUserByUsername("practitioner");
    String path = "/development/workers/" + samOkafor.id() + "/self-assessments/new";
    String form = sam.get(path).body();
    assertThat(form).contains("Feedback from case-file audits of your work", "Case-file audit of");
    java.util.regex.Matcher offered =
        java.util.regex.Pattern.compile(PERSON_CENTRED + "/AUDIT:([0-9a-f-]{36})").matcher(form);
    assertThat(offered.find()).isTrue();
    String auditId = offered.group(1);

    HttpResponse<String> saved =
        sam.post(
            path,
            assessment(
                "4",
                "ratings[" + PERSON_CENTRED + "]",
                "3",
                "evidence",
                PERSON_CENTRED + "/AUDIT:" + auditId));

    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
    String page = sam.get(WebSession.location(saved)).body();
    assertThat(page).contains("href=\"/audits/" + auditId + "/feedback/");
  }

  @Test
  void theStatementsComeAsTitlesAndTheirWordingIsLoadedWithItsLicence() {
    WebSession admin = WebSession.signedIn(port, "admin", PASSWORD);
    HttpResponse<String> list = admin.get("/development/statements");
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body()).contains("Person-centred practice", "Knowledge and Skills Statement");
    String path = "/development/statements/" + SKILLS;
    admin.get(path);

    HttpResponse<String> noLicence =
        admin.post(path, Map.of("wording", "Our council's skills statement", "version", "0"));
    assertThat(noLicence.statusCode()).isEqualTo(200);
    assertThat(noLicence.body())
        .contains("Enter the licence or permission", "Our council&#39;s skills statement");

    WebSession psw = as(this.psw);
    psw.get(path);
    HttpResponse<String> loaded =
        psw.post(
            path,
            Map.of(
                "wording",
                "Our council's skills statement",
                "licence",
                "The council's own text",
                "version",
                "0"));
    assertThat(loaded.statusCode()).isEqualTo(302);
    assertThat(
            as(worker).get("/development/workers/" + worker.id() + "/self-assessments/new").body())
        .contains("Our council&#39;s skills statement");
    assertThat(as(manager).get("/development/statements").statusCode()).isEqualTo(403);
  }
}
