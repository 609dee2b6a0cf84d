package org.strengths.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.strengths.testing.PersonSignIns;
import org.strengths.testing.RecordFixtures;
import org.strengths.testing.WebSession;

/**
 * Co-writing over real HTTP (issue 13 item 3): the person writes in their own words on /my/, every
 * change is kept and audited, a change to the agreed plan waits for a practitioner working with
 * them, and nobody else reaches it: not staff or anonymous visitors on /my/, not another person by
 * changing an id, not a practitioner from another team.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CoWritingPagesTest {

  static final String PASSWORD = "strengths-demo";

  @LocalServerPort int port;
  @Autowired Teams teams;
  @Autowired StaffAccounts staff;
  @Autowired People people;
  @Autowired JdbcClient jdbc;

  String suffix;
  StaffMember worker;
  StaffMember stranger;
  StaffMember admin;

  @BeforeAll
  void team() {
    suffix = String.valueOf(ThreadLocalRandom.current().nextInt(1_000_000));
    UUID team = teams.add("Co-writing team " + suffix);
    UUID other = teams.add("Other co-writing team " + suffix);
    worker = account("cw-worker", "Asha Patel", Role.PRACTITIONER, team);
    stranger = account("cw-stranger", "Tim Cole", Role.PRACTITIONER, other);
    admin = account("cw-admin", "Ada Lee", Role.ADMIN, null);
  }

  private StaffMember account(String username, String name, Role role, UUID team) {
    staff.addDemoAccount(username + suffix, name, role, team, null);
    return staff.loadUserByUsername(username + suffix);
  }

  private WebSession as(StaffMember member) {
    return WebSession.signedIn(port, member.getUsername(), PASSWORD);
  }

  record Invited(RecordFixtures.Person person, String contact, UUID outcome) {}

  /** A person of the worker's with an agreed plan of one outcome, invited to their own pages. */
  private Invited invited(String firstName) {
    String contact =
        firstName.toLowerCase()
            + suffix
            + "-"
            + ThreadLocalRandom.current().nextInt(1_000_000)
            + "@example.com";
    RecordFixtures fixtures = new RecordFixtures(jdbc, people);
    RecordFixtures.Person person = fixtures.person(firstName, worker);
    fixtures.agreedPlan(
        person.id(),
        "Go to the mosque on Fridays",
        LocalDate.of(2026, 6, 1),
        "PARTLY",
        "Most Fridays now",
        LocalDate.of(2026, 11, 1),
        LocalDate.of(2026, 11, 30));
    UUID outcome =
        jdbc.sql("SELECT id FROM planning_outcome WHERE person_id = :p")
            .param("p", person.id())
            .query(UUID.class)
            .single();
    WebSession practitioner = as(worker);
    PersonSignIns.invite(practitioner, person.id(), contact);
    return new Invited(person, contact, outcome);
  }

  private WebSession signedIn(Invited invited) {
    WebSession person = new WebSession(port);
    HttpResponse<String> in = PersonSignIns.signIn(person, jdbc, invited.contact());
    assertThat(WebSession.location(in)).isEqualTo("/my/");
    return person;
  }

  private static String version(String page) {
    Matcher m = Pattern.compile("name=\"version\" value=\"([^\"]*)\"").matcher(page);
    assertThat(m.find()).as("the page carries the plan's version").isTrue();
    return m.group(1);
  }

  private long audited(UUID person, String role, String section, String action) {
    return jdbc.sql(
            "SELECT count(*) FROM audit_entry WHERE person_id = :p AND role = :role"
                + " AND section = :section AND action = :action")
        .param("p", person)
        .param("role", role)
        .param("section", section)
        .param("action", action)
        .query(Long.class)
        .single();
  }

  private UUID waitingEntry(UUID person) {
    return jdbc.sql(
            "SELECT id FROM planning_own_words WHERE person_id = :p AND status = 'PROPOSED'")
        .param("p", person)
        .query(UUID.class)
        .single();
  }

  private String outcomeWords(UUID outcome) {
    return jdbc.sql("SELECT words FROM planning_outcome WHERE id = :id")
        .param("id", outcome)
        .query(String.class)
        .single();
  }

  @Test
  void whatMattersWrittenByThePersonGoesIntoThePlanOnlyWhenThePractitionerAcceptsIt() {
    Invited ida = invited("Ida");
    WebSession person = signedIn(ida);

    String form = person.get("/my/own-words/what-matters").body();
    HttpResponse<String> sent =
        person.post(
            "/my/own-words/what-matters",
            Map.of("words", "My cat, Biscuit. Tea with my sister.", "version", version(form)));
    assertThat(WebSession.location(sent)).isEqualTo("/my/own-words");
    assertThat(person.get("/my/own-words").body())
        .contains("My cat, Biscuit. Tea with my sister.", "They have not replied yet.");

    WebSession practitioner = as(worker);
    String plan = practitioner.get("/people/" + ida.person().id() + "/plan").body();
    assertThat(plan).doesNotContain("My cat, Biscuit.");
    String record = practitioner.get("/people/" + ida.person().id()).body();
    assertThat(record).contains("1 change to the plan waits for your reply");
    String list = practitioner.get("/people/" + ida.person().id() + "/own-words").body();
    assertThat(list).contains("My cat, Biscuit. Tea with my sister.", "Ida wrote on ");

    UUID entry = waitingEntry(ida.person().id());
    HttpResponse<String> accepted =
        practitioner.post(
            "/people/" + ida.person().id() + "/own-words/" + entry + "/accept", Map.of());
    assertThat(accepted.statusCode()).isEqualTo(302);

    assertThat(practitioner.get("/people/" + ida.person().id() + "/plan").body())
        .contains("My cat, Biscuit. Tea with my sister.", "accepted into the plan by Asha Patel");
    assertThat(person.get("/my/own-words").body()).contains("Your worker put this in your plan.");
    assertThat(audited(ida.person().id(), "PERSON", "my-own-words", "view")).isGreaterThan(0);
    assertThat(audited(ida.person().id(), "PERSON", "my-own-words", "change")).isEqualTo(1);
    assertThat(audited(ida.person().id(), "PRACTITIONER", "own-words", "view")).isEqualTo(1);
    assertThat(audited(ida.person().id(), "PRACTITIONER", "plan", "change")).isEqualTo(1);
  }

  @Test
  void aChangeToAnOutcomeNeverOverwritesThePlanAndADeclineShowsThePersonTheReason() {
    Invited joe = invited("Joe");
    WebSession person = signedIn(joe);
    String path = "/my/own-words/outcomes/" + joe.outcome();
    String form = person.get(path).body();
    assertThat(form).contains("Go to the mosque on Fridays");

    person.post(
        path, Map.of("words", "Go to Friday prayers with my son", "version", version(form)));

    assertThat(outcomeWords(joe.outcome())).isEqualTo("Go to the mosque on Fridays");
    WebSession practitioner = as(worker);
    UUID entry = waitingEntry(joe.person().id());
    String declinePath = "/people/" + joe.person().id() + "/own-words/" + entry + "/decline";
    practitioner.get(declinePath);
    HttpResponse<String> blank = practitioner.post(declinePath, Map.of("reason", " "));
    assertThat(blank.statusCode()).isEqualTo(200);
    assertThat(blank.body()).contains("There is a problem", "Write why you are declining it");
    HttpResponse<String> declined =
        practitioner.post(declinePath, Map.of("reason", "Your son said he works on Fridays."));
    assertThat(declined.statusCode()).isEqualTo(302);

    assertThat(outcomeWords(joe.outcome())).isEqualTo("Go to the mosque on Fridays");
    assertThat(person.get("/my/own-words").body())
        .contains("your worker did not put this in your plan", "he works on Fridays");
    assertThat(audited(joe.person().id(), "PRACTITIONER", "own-words", "decline")).isEqualTo(1);
  }

  @Test
  void acceptingAnOutcomeChangesItsWordsInThePlan() {
    Invited kay = invited("Kay");
    WebSession person = signedIn(kay);
    String path = "/my/own-words/outcomes/" + kay.outcome();
    person.post(
        path,
        Map.of(
            "words",
            "Pray at the mosque every Friday",
            "version",
            version(person.get(path).body())));

    WebSession practitioner = as(worker);
    UUID entry = waitingEntry(kay.person().id());
    practitioner.get("/people/" + kay.person().id() + "/own-words");
    practitioner.post("/people/" + kay.person().id() + "/own-words/" + entry + "/accept", Map.of());

    assertThat(outcomeWords(kay.outcome())).isEqualTo("Pray at the mosque every Friday");
  }

  @Test
  void badWordsGetAClearMessageAndKeepWhatWasTypedNeverAnError() {
    Invited lia = invited("Lia");
    WebSession person = signedIn(lia);
    String version = version(person.get("/my/own-words/about-me").body());

    HttpResponse<String> empty =
        person.post("/my/own-words/about-me", Map.of("words", "  ", "version", version));
    assertThat(empty.statusCode()).isEqualTo(200);
    assertThat(empty.body()).contains("There is a problem", "Write something in the box");

    String tooLong = "I like walking. ".repeat(130);
    HttpResponse<String> long_ =
        person.post("/my/own-words/about-me", Map.of("words", tooLong, "version", version));
    assertThat(long_.statusCode()).isEqualTo(200);
    assertThat(long_.body()).contains("Use 2,000 characters or fewer", tooLong.strip());

    HttpResponse<String> script =
        person.post(
            "/my/own-words/about-me",
            Map.of("words", "Hello <script>alert(1)</script>", "version", version));
    assertThat(script.statusCode()).isEqualTo(200);
    assertThat(script.body())
        .contains("Take out the code in angle brackets")
        .contains("Hello &lt;script&gt;alert(1)&lt;/script&gt;")
        .doesNotContain("<script>alert(1)</script>");

    HttpResponse<String> noVersion =
        person.post("/my/own-words/about-me", Map.of("words", "Hello"));
    assertThat(noVersion.statusCode()).isEqualTo(200);

    assertThat(
            jdbc.sql("SELECT count(*) FROM planning_own_words WHERE person_id = :p")
                .param("p", lia.person().id())
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void whenThePlanChangedSinceThePageWasOpenedThePersonIsToldAndKeepsWhatTheyTyped() {
    Invited max = invited("Max");
    WebSession person = signedIn(max);
    String opened = version(person.get("/my/own-words/good-life").body());
    jdbc.sql("UPDATE planning_plan SET version = version + 1 WHERE person_id = :p")
        .param("p", max.person().id())
        .update();

    HttpResponse<String> stale =
        person.post(
            "/my/own-words/good-life",
            Map.of("words", "Fishing at Roundhay with my brother", "version", opened));

    assertThat(stale.statusCode()).isEqualTo(200);
    assertThat(stale.body())
        .contains("Your plan changed after you opened this page")
        .contains("Fishing at Roundhay with my brother");
    String fresh = version(stale.body());
    assertThat(fresh).isNotEqualTo(opened);
    assertThat(
            WebSession.location(
                person.post(
                    "/my/own-words/good-life",
                    Map.of("words", "Fishing at Roundhay with my brother", "version", fresh))))
        .isEqualTo("/my/own-words");
  }

  @Test
  void staffAndAnonymousVisitorsAreSentToThePersonsSignIn() {
    Invited ned = invited("Ned");
    List<String> paths =
        List.of(
            "/my/own-words",
            "/my/own-words/what-matters",
            "/my/own-words/outcomes/" + ned.outcome());
    for (String path : paths) {
      for (WebSession visitor : List.of(new WebSession(port), as(worker), as(admin))) {
        HttpResponse<String> response = visitor.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(302);
        assertThat(WebSession.location(response)).as(path).isEqualTo("/my/sign-in");
      }
    }
  }

  @Test
  void aPersonCannotReachAnotherPersonsOutcomeOrProposalByChangingAnId() {
    Invited ola = invited("Ola");
    Invited pat = invited("Pat");
    WebSession patSession = signedIn(pat);
    String path = "/my/own-words/outcomes/" + pat.outcome();
    patSession.post(
        path, Map.of("words", "Walk to the park", "version", version(patSession.get(path).body())));
    UUID patsProposal = waitingEntry(pat.person().id());

    WebSession olaSession = signedIn(ola);
    String olas = olaSession.get("/my/own-words").body();
    assertThat(olas).doesNotContain("Walk to the park");
    assertThat(olaSession.get("/my/own-words/outcomes/" + pat.outcome()).statusCode())
        .isEqualTo(404);
    assertThat(
            olaSession
                .post(
                    "/my/own-words/outcomes/" + pat.outcome(),
                    Map.of("words", "Taken over", "version", "1"))
                .statusCode())
        .isEqualTo(404);
    assertThat(olaSession.get("/my/own-words/outcomes/not-an-id").statusCode()).isEqualTo(404);
    HttpResponse<String> staffRoute =
        olaSession.post(
            "/people/" + pat.person().id() + "/own-words/" + patsProposal + "/accept", Map.of());
    assertThat(staffRoute.statusCode()).isEqualTo(302);
    assertThat(WebSession.location(staffRoute)).startsWith("/sign-in");
    assertThat(outcomeWords(pat.outcome())).isEqualTo("Go to the mosque on Fridays");

    // A proposal id from another person's record is not found on this one.
    WebSession practitioner = as(worker);
    practitioner.get("/people/" + ola.person().id() + "/own-words");
    assertThat(
            practitioner
                .post(
                    "/people/" + ola.person().id() + "/own-words/" + patsProposal + "/accept",
                    Map.of())
                .statusCode())
        .isEqualTo(404);
  }

  @Test
  void onlyAPractitionerWorkingWithThePersonCanAcceptTheirProposal() {
    Invited rae = invited("Rae");
    WebSession person = signedIn(rae);
    String form = person.get("/my/own-words/what-matters").body();
    person.post("/my/own-words/what-matters", Map.of("words", "Music", "version", version(form)));
    UUID entry = waitingEntry(rae.person().id());
    String accept = "/people/" + rae.person().id() + "/own-words/" + entry + "/accept";

    WebSession other = as(stranger);
    assertThat(other.get("/people/" + rae.person().id() + "/own-words").statusCode())
        .isEqualTo(403);
    assertThat(other.post(accept, Map.of()).statusCode()).isIn(302, 403);
    WebSession administrator = as(admin);
    administrator.get("/");
    assertThat(administrator.post(accept, Map.of()).statusCode()).isIn(302, 403);
    assertThat(
            jdbc.sql("SELECT status FROM planning_own_words WHERE id = :id")
                .param("id", entry)
                .query(String.class)
                .single())
        .isEqualTo("PROPOSED");
  }

  @Test
  void theDemoCouncilShowsNusratsWhatMattersInHerPlanAndHerChangeToAnOutcomeWaiting() {
    List<String> parts =
        jdbc.sql(
                """
                SELECT w.part || ' ' || w.status || ' ' || w.written_by_name
                  || coalesce(' ' || w.replied_by_name, '')
                FROM planning_own_words w
                JOIN portal_invitation i ON i.person_id = w.person_id AND i.status = 'ACTIVE'
                WHERE i.contact = 'nusrat.raza@example.com' ORDER BY w.written_at
                """)
            .query(String.class)
            .list();

    assertThat(parts)
        .containsExactly("WHAT_MATTERS ACCEPTED Nusrat Sam Okafor", "OUTCOME PROPOSED Nusrat");
  }
}
