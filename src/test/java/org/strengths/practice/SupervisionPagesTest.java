package org.strengths.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
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
 * Supervision over real HTTP on the test clock (15 July 2026): a team of its own with a manager,
 * the supervisee, a colleague, a manager of another team and a principal social worker.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SupervisionPagesTest {

  static final String PASSWORD = "strengths-demo";
  static final String SECRET = "Sam worries he is out of his depth with the family";

  @LocalServerPort int port;
  @Autowired Teams teams;
  @Autowired StaffAccounts staff;
  @Autowired People people;
  @Autowired JdbcClient jdbc;

  String suffix;
  StaffMember manager;
  StaffMember supervisee;
  StaffMember colleague;
  StaffMember otherManager;
  StaffMember psw;
  StaffMember newcomer;
  RecordFixtures.Person dora;
  RecordFixtures.Person ezra;

  @BeforeAll
  void team() {
    suffix = String.valueOf(ThreadLocalRandom.current().nextInt(1_000_000));
    UUID team = teams.add("Supervision team " + suffix);
    UUID other = teams.add("Other team " + suffix);
    manager = account("sup-manager", "Nadia Karim", Role.MANAGER, team);
    supervisee = account("sup-worker", "Leo Banks", Role.PRACTITIONER, team);
    colleague = account("sup-colleague", "Ivy Moss", Role.PRACTITIONER, team);
    otherManager = account("sup-other", "Ben Frost", Role.MANAGER, other);
    psw = account("sup-psw", "Ruth Dale", Role.PRINCIPAL_SOCIAL_WORKER, null);
    newcomer = account("sup-newcomer", "Kit Lane", Role.PRACTITIONER, team);
    RecordFixtures fixtures = new RecordFixtures(jdbc, people);
    dora = fixtures.person("Dora", supervisee);
    ezra = fixtures.person("Ezra", supervisee);
  }

  private StaffMember account(String username, String name, Role role, UUID team) {
    staff.addDemoAccount(username + suffix, name, role, team, null);
    return staff.loadUserByUsername(username + suffix);
  }

  private WebSession as(StaffMember member) {
    return WebSession.signedIn(port, member.getUsername(), PASSWORD);
  }

  private static Map<String, String> session(String day, String... extra) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("version", "0");
    fields.put("heldOnDay", day);
    fields.put("heldOnMonth", "7");
    fields.put("heldOnYear", "2026");
    for (int i = 0; i + 1 < extra.length; i += 2) {
      fields.put(extra[i], extra[i + 1]);
    }
    return fields;
  }

  /** Records a session with the supervisee as the manager; its id. */
  private UUID recorded(WebSession browser, Map<String, String> fields) {
    return recorded(browser, supervisee, fields);
  }

  private UUID recorded(WebSession browser, StaffMember worker, Map<String, String> fields) {
    String path = "/supervision/workers/" + worker.id() + "/sessions/new";
    browser.get(path);
    HttpResponse<String> saved = browser.post(path, fields);
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
    String location = WebSession.location(saved);
    assertThat(location).startsWith("/supervision/sessions/");
    return UUID.fromString(location.substring("/supervision/sessions/".length()));
  }

  private long audited(StaffMember who, String action, String detail) {
    return jdbc.sql(
            "SELECT count(*) FROM audit_entry WHERE username = :u AND section = 'supervision'"
                + " AND action = :a AND detail = :d")
        .param("u", who.getUsername())
        .param("a", action)
        .param("d", detail)
        .query(Long.class)
        .single();
  }

  @Test
  void thePersonsChronologyShowsTheyWereDiscussedInSupervisionWithoutAnyOfTheText() {
    WebSession manager = as(this.manager);
    UUID id =
        recorded(
            manager,
            session(
                "14",
                "discussed[0]",
                dora.id().toString(),
                "discussed[1]",
                ezra.id().toString(),
                "valuesEthics",
                SECRET,
                "knowledge",
                "Dora's neighbour shops for her"));

    for (RecordFixtures.Person person : List.of(dora, ezra)) {
      HttpResponse<String> chronology = manager.get("/people/" + person.id() + "/chronology");
      assertThat(chronology.statusCode()).isEqualTo(200);
      assertThat(chronology.body())
          .contains("Discussed in supervision on 14 July 2026 with Nadia Karim")
          .doesNotContain(SECRET)
          .doesNotContain("neighbour shops");
    }
    HttpResponse<String> notes = manager.get("/supervision/sessions/" + id);
    assertThat(notes.body()).contains(SECRET, dora.displayName(), ezra.displayName());
  }

  @Test
  void notesAreReadByTheSuperviseeTheSupervisorAndThePrincipalSocialWorkerAndRefusedToOthers() {
    UUID id = recorded(as(manager), session("13", "reflection", SECRET));
    String path = "/supervision/sessions/" + id;
    String detail = "session " + id;

    for (StaffMember allowed : List.of(supervisee, manager, psw)) {
      HttpResponse<String> page = as(allowed).get(path);
      assertThat(page.statusCode()).as(allowed.displayName()).isEqualTo(200);
      assertThat(page.body()).contains(SECRET);
      assertThat(audited(allowed, "view", detail)).as(allowed.displayName()).isEqualTo(1);
    }
    for (StaffMember refused : List.of(colleague, otherManager)) {
      HttpResponse<String> page = as(refused).get(path);
      assertThat(page.statusCode()).as(refused.displayName()).isEqualTo(403);
      assertThat(page.body())
          .contains("These supervision notes are private")
          .doesNotContain(SECRET);
      assertThat(audited(refused, "view", detail)).isZero();
      assertThat(audited(refused, "refused-view", detail)).isEqualTo(1);
    }
    HttpResponse<String> admin = WebSession.signedIn(port, "admin", PASSWORD).get(path);
    assertThat(admin.statusCode()).isEqualTo(403);
    assertThat(admin.body()).doesNotContain(SECRET);
  }

  @Test
  void onlyTheSupervisorChangesTheNotesAndOnlyTheirTeamManagerRecordsSupervision() {
    UUID id = recorded(as(manager), session("12", "skills", "Listening"));

    assertThat(as(supervisee).get("/supervision/sessions/" + id + "/edit").statusCode())
        .isEqualTo(403);
    assertThat(as(psw).get("/supervision/sessions/" + id + "/edit").statusCode()).isEqualTo(403);
    WebSession other = as(otherManager);
    String newSession = "/supervision/workers/" + supervisee.id() + "/sessions/new";
    assertThat(other.get(newSession).statusCode()).isEqualTo(403);
    assertThat(other.post(newSession, session("12", "skills", "Sneaky")).statusCode())
        .isEqualTo(403);
    assertThat(other.get("/supervision/workers/" + supervisee.id()).statusCode()).isEqualTo(403);
    assertThat(as(colleague).get("/supervision/workers/" + supervisee.id()).statusCode())
        .isEqualTo(403);
  }

  @Test
  void badInputGetsClearMessagesAndKeepsEverythingTyped() {
    WebSession manager = as(this.manager);
    String path = "/supervision/workers/" + supervisee.id() + "/sessions/new";
    manager.get(path);

    HttpResponse<String> empty = manager.post(path, Map.of("version", "0"));
    assertThat(empty.statusCode()).isEqualTo(200);
    assertThat(empty.body())
        .contains(
            "There is a problem",
            "Enter the date of the session",
            "Write what you discussed under at least one heading");

    String script = "<script>alert('x')</script> kept words";
    HttpResponse<String> bad =
        manager.post(
            path,
            session(
                "31",
                "heldOnMonth",
                "2",
                "skills",
                script,
                "wellbeing",
                "w".repeat(5001),
                "actions[0].description",
                "Visit the day centre",
                "discussed[0]",
                UUID.randomUUID().toString()));
    assertThat(bad.statusCode()).isEqualTo(200);
    assertThat(bad.body())
        .contains(
            "Date of the session must be a real date",
            "The worker&#39;s own wellbeing must be 5,000 characters or fewer",
            "Choose people from the worker&#39;s caseload",
            "Enter who will do it",
            "Enter the date the action is due",
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; kept words",
            "Visit the day centre")
        .doesNotContain("<script>alert");
  }

  @Test
  void aChangeMadeAfterSomeoneElseSavedIsRefusedWithTheirVersionAndKeepsWhatWasTyped() {
    WebSession manager = as(this.manager);
    UUID id = recorded(manager, session("10", "decisions", "First words"));
    String edit = "/supervision/sessions/" + id + "/edit";
    manager.get(edit);

    assertThat(manager.post(edit, session("10", "decisions", "Second words")).statusCode())
        .isEqualTo(302);
    HttpResponse<String> stale = manager.post(edit, session("10", "decisions", "Third words"));

    assertThat(stale.statusCode()).isEqualTo(200);
    assertThat(stale.body())
        .contains(
            "changed these notes at",
            "Second words",
            "Third words",
            "name=\"version\" value=\"1\"");
    assertThat(manager.get("/supervision/sessions/" + id).body())
        .contains("Second words")
        .doesNotContain("Third words");
  }

  @Test
  void anOpenActionIsShownAtTheNextSessionUntilItIsDone() {
    WebSession manager = as(this.manager);
    String action = "Read the SCIE guide " + suffix;
    recorded(
        manager,
        newcomer,
        session(
            "1",
            "reflection",
            "Start",
            "actions[0].description",
            action,
            "actions[0].owner",
            "Leo",
            "actions[0].dueDay",
            "8",
            "actions[0].dueMonth",
            "7",
            "actions[0].dueYear",
            "2026"));
    UUID actionId =
        jdbc.sql("SELECT id FROM practice_action WHERE description = :d")
            .param("d", action)
            .query(UUID.class)
            .single();
    String path = "/supervision/workers/" + newcomer.id() + "/sessions/new";

    assertThat(manager.get(path).body()).contains(action);
    HttpResponse<String> undecided = manager.post(path, session("8", "reflection", "Next"));
    assertThat(undecided.body())
        .contains("Choose whether this action is done or carried to the next session");

    UUID carried =
        recorded(
            manager,
            newcomer,
            session("8", "reflection", "Next", "outcomes[" + actionId + "]", "CARRIED"));
    assertThat(manager.get("/supervision/sessions/" + carried).body())
        .contains(action, "Carried to the next session");
    assertThat(manager.get(path).body()).contains(action);

    UUID done =
        recorded(
            manager,
            newcomer,
            session("9", "reflection", "Then", "outcomes[" + actionId + "]", "DONE"));
    assertThat(manager.get("/supervision/sessions/" + done).body()).contains(action, "Done");
    assertThat(manager.get(path).body()).doesNotContain(action);
  }

  @Test
  void theManagersHomeAndListShowWhoseSupervisionIsOverdue() {
    WebSession manager = as(this.manager);
    String frequency = "/supervision/workers/" + colleague.id() + "/frequency";
    manager.get(frequency);
    assertThat(manager.post(frequency, Map.of("frequency", "nonsense")).body())
        .contains("Choose how often Ivy Moss should be supervised");
    assertThat(manager.post(frequency, Map.of("frequency", "FORTNIGHTLY")).statusCode())
        .isEqualTo(302);

    HttpResponse<String> list = manager.get("/supervision");
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body()).contains("Ivy Moss", "Every 2 weeks", "None recorded");
    assertThat(list.body()).doesNotContain(SECRET);
    HttpResponse<String> home = manager.get("/");
    assertThat(home.body())
        .contains("Workers whose supervision is overdue or not yet recorded:")
        .contains("href=\"/supervision\"");
    assertThat(audited(this.manager, "set-frequency", "worker " + colleague.id())).isEqualTo(1);
  }

  @Test
  void theDemoCouncilsPrincipalSocialWorkerSeesEveryTeamsSupervisionWithOneWorkerOverdue() {
    WebSession psw = WebSession.signedIn(port, "psw", PASSWORD);

    HttpResponse<String> home = psw.get("/");
    assertThat(home.body()).contains("href=\"/supervision\"");
    HttpResponse<String> list = psw.get("/supervision");
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body()).contains("Sam Okafor", "Grace Evans", "Tom Reid", "Overdue");
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit_entry WHERE username = 'psw'"
                        + " AND section = 'supervision' AND action = 'view-list'")
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }
}
