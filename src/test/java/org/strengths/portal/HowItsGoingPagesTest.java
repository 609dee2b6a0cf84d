package org.strengths.portal;

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
import org.strengths.testing.PersonSignIns;
import org.strengths.testing.RecordFixtures;
import org.strengths.testing.TestClock;
import org.strengths.testing.WebSession;

/**
 * "How it's going" and asking for a review over real HTTP: the person rates their own plan's
 * outcomes and only theirs, bad input keeps what was typed, the review page starts from what they
 * said with their name, and a review they ask for reaches the worker's and the manager's lists and
 * gets a reply the person reads. Every view and change is audited.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HowItsGoingPagesTest {

  static final String PASSWORD = "strengths-demo";
  static final String OUTCOME = "Getting to the lunch club on Tuesdays";

  @LocalServerPort int port;
  @Autowired Teams teams;
  @Autowired StaffAccounts staff;
  @Autowired People people;
  @Autowired JdbcClient jdbc;

  String suffix;
  StaffMember worker;
  StaffMember manager;
  StaffMember stranger;

  @BeforeAll
  void team() {
    suffix = String.valueOf(ThreadLocalRandom.current().nextInt(1_000_000));
    UUID team = teams.add("How it's going team " + suffix);
    UUID other = teams.add("Other how it's going team " + suffix);
    worker = account("hig-worker", "Asha Patel", Role.PRACTITIONER, team);
    manager = account("hig-manager", "Mo Reed", Role.MANAGER, team);
    stranger = account("hig-stranger", "Tim Cole", Role.PRACTITIONER, other);
  }

  private StaffMember account(String username, String name, Role role, UUID team) {
    staff.addDemoAccount(username + suffix, name, role, team, null);
    return staff.loadUserByUsername(username + suffix);
  }

  private WebSession as(StaffMember member) {
    return WebSession.signedIn(port, member.getUsername(), PASSWORD);
  }

  /** A person of the worker's with an agreed plan (one outcome), invited and signed in. */
  private record Invited(UUID id, UUID outcome, WebSession session) {}

  private Invited invitedWithAPlan(String firstName) {
    RecordFixtures fixtures = new RecordFixtures(jdbc, people);
    RecordFixtures.Person person = fixtures.person(firstName, worker);
    UUID plan =
        fixtures.agreedPlan(
            person.id(),
            OUTCOME,
            TestClock.today().minusMonths(6),
            "PARTLY",
            "Nearly",
            TestClock.today().minusWeeks(2),
            TestClock.today().plusWeeks(2));
    UUID outcome =
        jdbc.sql("SELECT id FROM planning_outcome WHERE plan_id = :plan")
            .param("plan", plan)
            .query(UUID.class)
            .single();
    String contact =
        firstName.toLowerCase()
            + suffix
            + "-"
            + ThreadLocalRandom.current().nextInt(1_000_000)
            + "@example.com";
    WebSession practitioner = as(worker);
    PersonSignIns.invite(practitioner, person.id(), contact);
    WebSession session = new WebSession(port);
    assertThat(WebSession.location(PersonSignIns.signIn(session, jdbc, contact))).isEqualTo("/my/");
    return new Invited(person.id(), outcome, session);
  }

  private String version(UUID person) {
    return String.valueOf(
        jdbc.sql("SELECT version FROM planning_plan WHERE person_id = :p")
            .param("p", person)
            .query(Integer.class)
            .single());
  }

  private Map<String, String> typed(Invited invited) {
    Map<String, String> typed = new LinkedHashMap<>();
    typed.put("version", version(invited.id()));
    typed.put("rating[" + invited.outcome() + "]", "PARTLY");
    typed.put("working", "I go to the lunch club most weeks now");
    typed.put("notWorking", "The bus is often late");
    typed.put("ons4[lifeSatisfaction]", "7");
    typed.put("ons4[worthwhile]", "8");
    typed.put("ons4[happy]", "6");
    typed.put("ons4[anxious]", "3");
    return typed;
  }

  private long audited(UUID person, String section, String action) {
    return jdbc.sql(
            "SELECT count(*) FROM audit_entry WHERE person_id = :p AND role = 'PERSON'"
                + " AND section = :s AND action = :a AND staff_id IS NULL")
        .param("p", person)
        .param("s", section)
        .param("a", action)
        .query(Long.class)
        .single();
  }

  private long checkIns(UUID person) {
    return jdbc.sql("SELECT count(*) FROM planning_checkin WHERE person_id = :p")
        .param("p", person)
        .query(Long.class)
        .single();
  }

  @Test
  void thePersonRatesTheirOutcomesAndTheReviewPageStartsFromItWithTheirName() {
    Invited olu = invitedWithAPlan("Olu");
    HttpResponse<String> page = olu.session().get("/my/how-its-going");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains(OUTCOME, "Overall, how happy did you feel yesterday?");

    HttpResponse<String> sent = olu.session().post("/my/how-its-going", typed(olu));

    assertThat(sent.statusCode()).isEqualTo(302);
    assertThat(WebSession.location(sent)).isEqualTo("/my/how-its-going");
    assertThat(olu.session().get("/my/how-its-going").body())
        .contains("Your worker can now see what you said", "You last told us on");
    assertThat(audited(olu.id(), "how-its-going", "view")).isEqualTo(2);
    assertThat(audited(olu.id(), "how-its-going", "create")).isEqualTo(1);

    String review = as(worker).get("/people/" + olu.id() + "/plan/reviews/new").body();
    assertThat(review)
        .contains("Olu said this on their own pages on")
        .contains("I go to the lunch club most weeks now", "The bus is often late")
        .contains("value=\"6\"")
        .containsPattern("value=\"PARTLY\"\\s+checked=\"checked\"");
  }

  @Test
  void anEmptyFormIsRefusedWithClearMessagesAndWebCodeIsKeptAsTyped() {
    Invited pat = invitedWithAPlan("Pat");
    pat.session().get("/my/how-its-going");
    Map<String, String> typed = new LinkedHashMap<>();
    typed.put("version", version(pat.id()));
    typed.put("working", "<b>better</b>");
    typed.put("ons4[happy]", "12");

    HttpResponse<String> refused = pat.session().post("/my/how-its-going", typed);

    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body())
        .contains("There is a problem")
        .contains("Choose how it is going for: " + OUTCOME)
        .contains("Take out the &lt; and &gt; signs")
        .contains("Give a whole number from 0 to 10")
        .contains("&lt;b&gt;better&lt;/b&gt;")
        .contains("value=\"12\"");
    assertThat(checkIns(pat.id())).isZero();
    assertThat(audited(pat.id(), "how-its-going", "refused")).isEqualTo(1);
  }

  @Test
  void aPlanChangedWhileThePersonWroteIsStaleAndWhatTheyTypedIsKept() {
    Invited quin = invitedWithAPlan("Quin");
    quin.session().get("/my/how-its-going");
    Map<String, String> typed = typed(quin);
    jdbc.sql("UPDATE planning_plan SET version = version + 1 WHERE person_id = :p")
        .param("p", quin.id())
        .update();

    HttpResponse<String> refused = quin.session().post("/my/how-its-going", typed);

    assertThat(refused.body())
        .contains("Your plan changed while you were writing")
        .contains("The bus is often late")
        .contains("name=\"version\" id=\"version\" value=\"" + version(quin.id()) + "\"");
    assertThat(checkIns(quin.id())).isZero();
  }

  @Test
  void aPersonCannotRateAnotherPersonsOutcomeByChangingTheId() {
    Invited rae = invitedWithAPlan("Rae");
    Invited sol = invitedWithAPlan("Sol");
    rae.session().get("/my/how-its-going");
    Map<String, String> typed = typed(rae);
    typed.put("rating[" + sol.outcome() + "]", "NO_LONGER_WANTED");

    HttpResponse<String> refused = rae.session().post("/my/how-its-going", typed);

    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body()).contains("Your plan changed while you were writing");
    assertThat(checkIns(rae.id())).isZero();
    assertThat(checkIns(sol.id())).isZero();
    assertThat(
            jdbc.sql("SELECT count(*) FROM planning_checkin_rating WHERE outcome_id = :o")
                .param("o", sol.outcome())
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void staffAndAnonymousVisitorsAreSentToThePersonsSignIn() {
    for (String path : List.of("/my/how-its-going", "/my/ask-for-a-review")) {
      HttpResponse<String> anonymous = new WebSession(port).get(path);
      assertThat(anonymous.statusCode()).as(path).isEqualTo(302);
      assertThat(WebSession.location(anonymous)).as(path).isEqualTo("/my/sign-in");
      for (StaffMember member : List.of(worker, manager)) {
        HttpResponse<String> staffVisit = as(member).get(path);
        assertThat(staffVisit.statusCode()).as(path).isEqualTo(302);
        assertThat(WebSession.location(staffVisit)).as(path).isEqualTo("/my/sign-in");
      }
    }
    WebSession anonymous = new WebSession(port);
    anonymous.get("/my/sign-in");
    assertThat(anonymous.post("/my/ask-for-a-review", Map.of("reason", "Let me in")).statusCode())
        .isIn(302, 403);
  }

  @Test
  void aReviewThePersonAsksForReachesTheWorkerAndManagerAndTheReplyReachesThePerson() {
    Invited tess = invitedWithAPlan("Tess");
    tess.session().get("/my/ask-for-a-review");
    HttpResponse<String> empty =
        tess.session().post("/my/ask-for-a-review", Map.of("reason", "  "));
    assertThat(empty.body()).contains("Tell us why you would like a review");

    HttpResponse<String> asked =
        tess.session().post("/my/ask-for-a-review", Map.of("reason", "My daughter has moved away"));
    assertThat(WebSession.location(asked)).isEqualTo("/my/how-its-going");
    assertThat(audited(tess.id(), "ask-for-a-review", "create")).isEqualTo(1);
    assertThat(
            jdbc.sql(
                    "SELECT recorded_by FROM person_chronology WHERE person_id = :p"
                        + " AND kind = 'review-asked-by-person'")
                .param("p", tess.id())
                .query(String.class)
                .single())
        .as("the record's timeline names the person, not the system")
        .endsWith("(their own pages)")
        .startsWith("Tess ");
    assertThat(tess.session().get("/my/ask-for-a-review").body())
        .contains("You asked for a review on");

    UUID askedId =
        jdbc.sql("SELECT id FROM planning_review_asked WHERE person_id = :p")
            .param("p", tess.id())
            .query(UUID.class)
            .single();
    String link = "/people/" + tess.id() + "/plan/reviews/asked/" + askedId;
    assertThat(as(worker).get("/").body()).contains("Reviews people asked for", link);
    assertThat(as(manager).get("/").body()).contains("Reviews people asked for", link);
    assertThat(as(stranger).get(link).statusCode()).isEqualTo(403);

    WebSession practitioner = as(worker);
    assertThat(practitioner.get(link).body()).contains("My daughter has moved away");
    HttpResponse<String> noReason =
        practitioner.post(link, Map.of("decision", "DECLINED", "reply", ""));
    assertThat(noReason.body()).contains("Write a reply giving the reasons");
    HttpResponse<String> agreed =
        practitioner.post(
            link, Map.of("decision", "AGREED", "reply", "Yes. I will ring you on Monday."));
    assertThat(agreed.statusCode()).isEqualTo(302);

    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM planning_review_request r JOIN planning_plan p"
                        + " ON p.id = r.plan_id WHERE p.person_id = :p"
                        + " AND r.reason = 'My daughter has moved away'")
                .param("p", tess.id())
                .query(Long.class)
                .single())
        .isEqualTo(1);
    assertThat(tess.session().get("/my/how-its-going").body())
        .contains("Asha Patel said yes on", "Yes. I will ring you on Monday.");
    assertThat(as(worker).get("/").body()).doesNotContain(link);
  }

  @Test
  void theDemoCouncilHasNusratsRatingsBeforeHerReviewAndARequestWaitingForSam() {
    UUID nusrat =
        jdbc.sql("SELECT person_id FROM portal_invitation WHERE contact = :c AND status = 'ACTIVE'")
            .param("c", HowItsGoingDemo.NUSRAT)
            .query(UUID.class)
            .single();
    assertThat(checkIns(nusrat)).isEqualTo(1);
    assertThat(WebSession.signedIn(port, "practitioner", PASSWORD).get("/").body())
        .contains("id=\"reviews-asked-table\"");
    assertThat(
            WebSession.signedIn(port, "practitioner", PASSWORD)
                .get("/people/" + nusrat + "/plan/reviews/new")
                .body())
        .contains("Nusrat said this on their own pages on");
  }
}
