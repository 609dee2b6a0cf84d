package org.strengths.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.strengths.access.StaffAccounts;
import org.strengths.access.StaffMember;
import org.strengths.assessment.AssessmentFixtures;
import org.strengths.community.CommunityAssets;
import org.strengths.conversation.WorkFixtures.Action;
import org.strengths.person.People;
import org.strengths.platform.ApplicationClock;
import org.strengths.testing.RecordFixtures;
import org.strengths.testing.WebSession;

/**
 * The home pages over real HTTP, on a fixed clock: a team of its own with a practitioner and a
 * manager, whose people's conversations, plans, connections, sign-offs and break-glass events are
 * made through each module's own services; and people of another team who must not show.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(HomePagesTest.FixedClock.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HomePagesTest {

  static final String PASSWORD = "strengths-demo";
  static final ZoneId LONDON = ZoneId.of("Europe/London");
  static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

  /**
   * The council's clock, stopped at 9:30 on 15 June 2026 except where a test moves it on a minute
   * so that one thing visibly happens after another.
   */
  static final class StoppedClock extends Clock {
    private final AtomicReference<Instant> now =
        new AtomicReference<>(Instant.parse("2026-06-15T08:30:00Z"));

    void tick() {
      now.updateAndGet(at -> at.plusSeconds(60));
    }

    @Override
    public ZoneId getZone() {
      return LONDON;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return Clock.fixed(now.get(), zone);
    }

    @Override
    public Instant instant() {
      return now.get();
    }
  }

  @TestConfiguration(proxyBeanMethods = false)
  static class FixedClock {
    @Bean
    StoppedClock stoppedClock() {
      return new StoppedClock();
    }

    @Bean
    @Primary
    Clock applicationClock(StoppedClock stopped) {
      return ApplicationClock.over(stopped);
    }
  }

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired People people;
  @Autowired StaffAccounts accounts;
  @Autowired CommunityAssets assets;
  @Autowired JdbcClient jdbc;
  @Autowired PasswordEncoder passwords;
  @Autowired StoppedClock clock;

  String suffix;
  String practitionerName;
  String managerName;
  StaffMember practitioner;
  StaffMember manager;
  UUID ada;
  UUID bea;
  UUID cal;
  UUID dan;
  UUID eve;
  UUID fay;
  UUID gus;
  UUID hal;
  UUID ivy;
  UUID olly;
  UUID calDraft;
  UUID eveConnection;
  UUID gusAssessment;
  UUID halAssessment;
  UUID ollyAssessment;

  @BeforeAll
  void makeATeamWithWork() {
    suffix = letters();
    UUID team = UUID.randomUUID();
    jdbc.sql("INSERT INTO access_team (id, name) VALUES (:id, :name)")
        .param("id", team)
        .param("name", "Home team " + suffix)
        .update();
    practitionerName = "Pat Home" + suffix;
    managerName = "Mo Home" + suffix;
    practitioner = staff("home-p-" + suffix, practitionerName, "PRACTITIONER", team);
    manager = staff("home-m-" + suffix, managerName, "MANAGER", team);
    StaffMember other = accounts.loadUserByUsername("practitioner2");

    ada = person("Ada", practitioner.teamId(), practitioner.id());
    bea = person("Bea", practitioner.teamId(), practitioner.id());
    cal = person("Cal", practitioner.teamId(), practitioner.id());
    dan = person("Dan", practitioner.teamId(), null);
    eve = person("Eve", practitioner.teamId(), practitioner.id());
    fay = person("Fay", practitioner.teamId(), practitioner.id());
    gus = person("Gus", practitioner.teamId(), practitioner.id());
    hal = person("Hal", practitioner.teamId(), practitioner.id());
    ivy = person("Ivy", practitioner.teamId(), practitioner.id());
    olly = person("Olly", other.teamId(), other.id());

    org.strengths.conversation.WorkFixtures.conversation(
        context,
        ada,
        practitioner,
        TODAY.minusDays(20),
        TODAY.plusDays(40),
        List.of(
            new Action("Ring the allotment society", "practitioner", TODAY.minusDays(3)),
            new Action("Visit the garden with Mia", "person", TODAY.plusDays(5)),
            new Action("Send the bus timetable", "practitioner", TODAY.plusDays(30))));
    org.strengths.conversation.WorkFixtures.conversation(
        context,
        bea,
        practitioner,
        TODAY.minusDays(100),
        null,
        List.of(new Action("Find the old photographs", "practitioner", TODAY.minusDays(90))));
    org.strengths.conversation.WorkFixtures.conversation(
        context,
        bea,
        practitioner,
        TODAY.minusDays(10),
        null,
        List.of(new Action("Book the taxi to the lunch club", "practitioner", TODAY.plusDays(7))));
    calDraft = org.strengths.conversation.WorkFixtures.draft(context, cal, practitioner, TODAY);
    for (UUID person : List.of(eve, fay, ivy)) {
      org.strengths.conversation.WorkFixtures.conversation(
          context, person, practitioner, TODAY.minusDays(30), null, List.of());
    }
    UUID gusConversation =
        org.strengths.conversation.WorkFixtures.conversation(
            context, gus, practitioner, TODAY.minusDays(30), null, List.of());
    UUID halConversation =
        org.strengths.conversation.WorkFixtures.conversation(
            context, hal, practitioner, TODAY.minusDays(30), null, List.of());
    UUID ollyConversation =
        org.strengths.conversation.WorkFixtures.conversation(
            context, olly, other, TODAY.minusDays(30), null, List.of());
    gusAssessment =
        AssessmentFixtures.submittedForSignOff(context, gus, gusConversation, practitioner);
    AssessmentFixtures.returnToPractitioner(context, gusAssessment, manager);
    halAssessment =
        AssessmentFixtures.submittedForSignOff(context, hal, halConversation, practitioner);
    ollyAssessment = AssessmentFixtures.submittedForSignOff(context, olly, ollyConversation, other);

    org.strengths.planning.WorkFixtures.agreedPlan(context, bea, practitioner, TODAY.minusWeeks(7));
    org.strengths.planning.WorkFixtures.agreedPlan(
        context, cal, practitioner, TODAY.minusMonths(14));
    org.strengths.planning.WorkFixtures.budgetBelowIndicative(context, ivy, practitioner, 15_000);

    UUID asset =
        assets.forOrganisation(CommunityAssets.DEMO_BEFRIENDING_ORGANISATION_ID).get(0).id();
    StaffMember partner = accounts.loadUserByUsername("partner");
    eveConnection = org.strengths.connection.WorkFixtures.send(context, eve, asset, practitioner);
    UUID fayConnection =
        org.strengths.connection.WorkFixtures.send(context, fay, asset, practitioner);
    clock.tick();
    org.strengths.connection.WorkFixtures.accept(context, eveConnection, partner);
    org.strengths.connection.WorkFixtures.message(
        context, fayConnection, "Is Tuesday good?", true, partner);
    clock.tick();
    org.strengths.connection.WorkFixtures.message(
        context, fayConnection, "Tuesday is perfect", false, practitioner);

    org.strengths.access.WorkFixtures.breakGlass(
        context, other, ada, "Called by the hospital ward out of hours " + suffix);
  }

  @Test
  void showsAPractitionerWhatTheyAgreedToDoFromEachPersonsLatestConversation() {
    String page = myWork();

    String actions = section(page, "actions");
    assertThat(actions)
        .contains("Ring the allotment society", "12 June 2026", "Overdue")
        .contains("Book the taxi to the lunch club", "22 June 2026", "Due soon")
        .contains(
            "href=\"/people/" + ada + "/conversations/",
            "href=\"/people/" + bea + "/conversations/");
    assertThat(actions)
        .as("not the person's own actions, not beyond two weeks, not superseded")
        .doesNotContain("Visit the garden", "Send the bus timetable", "Find the old photographs");
  }

  @Test
  void listsDraftsReviewsPartnersRepliesAndReturnedDecisionsWithLinksToWhereToAct() {
    String page = myWork();

    assertThat(section(page, "drafts"))
        .contains("Cal Home" + suffix)
        .contains("href=\"/people/" + cal + "/conversations/" + calDraft + "/edit\"");
    String reviews = section(page, "reviews");
    assertThat(reviews)
        .contains("Bea Home" + suffix, "Cal Home" + suffix, "Overdue", "Due")
        .contains("href=\"/people/" + cal + "/plan/reviews/new\"");
    String replies = section(page, "replies");
    assertThat(replies)
        .contains("Eve Home" + suffix, "Accepted", "Chapeltown Befrienders")
        .contains("href=\"/people/" + eve + "/connections/" + eveConnection + "\"")
        .as("the practitioner answered Fay's partner")
        .doesNotContain("Fay Home" + suffix);
    assertThat(section(page, "returned"))
        .contains("Gus Home" + suffix, managerName)
        .contains(
            "href=\"/people/" + gus + "/assessments/" + gusAssessment + "/eligibility/decision\"")
        .doesNotContain("Hal Home" + suffix);
  }

  @Test
  void listsTheTeamsPeopleWaitingForAFirstConversationAndNotOtherTeams() {
    String waiting = section(myWork(), "waiting");

    assertThat(waiting)
        .contains("Cal Home" + suffix, "Dan Home" + suffix)
        .contains("href=\"/people/" + dan + "/conversations/new\"")
        .doesNotContain("Ada Home" + suffix, "Olly Home" + suffix);
  }

  @Test
  void givesEachAllocatedPersonTheNextThingDue() {
    String people = section(myWork(), "people");

    assertThat(row(people, "Ada Home" + suffix))
        .contains("Ring the allotment society", "12 June 2026", "Overdue");
    assertThat(row(people, "Cal Home" + suffix)).contains("Review of the plan");
    assertThat(row(people, "Eve Home" + suffix)).contains("Nothing dated");
    assertThat(people).doesNotContain("Dan Home" + suffix, "Olly Home" + suffix);
  }

  @Test
  void countsWhatNeedsThePractitionersActionInTheNavigation() {
    String page = myWork();

    // 2 actions, 1 draft, 2 reviews, 1 reply, 1 returned decision
    assertThat(page).contains("Things that need your action: 7");
    assertThat(page)
        .containsPattern(
            "My work\\s*(</strong>)?\\s*<span class=\"app-navigation-count\">7</span>");
  }

  @Test
  void showsTheManagerWhatWaitsForTheirSignOffAndReview() {
    String page = teamHome();

    assertThat(section(page, "eligibility"))
        .contains("Hal Home" + suffix, practitionerName)
        .contains(
            "href=\"/people/" + hal + "/assessments/" + halAssessment + "/eligibility/sign-off\"")
        .doesNotContain("Olly Home" + suffix, ollyAssessment.toString());
    assertThat(section(page, "budgets"))
        .contains("Ivy Home" + suffix, "£0.00", "£150.00")
        .contains("href=\"/people/" + ivy + "/plan/budget/sign-off\"");
    String glass = section(page, "break-glass");
    assertThat(glass)
        .contains("Ada Home" + suffix, "Tom Reid", "Called by the hospital ward out of hours")
        .contains("href=\"/break-glass-reviews/");
  }

  @Test
  void showsTheManagerWhoWaitsForAWorkerOverdueReviewsAndWorkload() {
    String page = teamHome();

    assertThat(section(page, "waiting"))
        .contains("Dan Home" + suffix, "Today")
        .contains("href=\"/people/" + dan + "/allocation\"")
        .doesNotContain("Ada Home" + suffix);
    assertThat(row(section(page, "overdue"), practitionerName)).contains(">1<");
    assertThat(row(section(page, "workload"), practitionerName)).contains(">8<");
    assertThat(row(section(page, "workload"), "No worker yet")).contains(">1<");
    assertThat(page).contains("Things that need your decision: 4");
  }

  @Test
  void administratorsSeeNeitherHomeAndAnalystsAndPartnersGoToTheirOwn() {
    String page = WebSession.signedIn(port, "admin", PASSWORD).get("/").body();
    assertThat(page).contains("<h1 class=\"govuk-heading-l\">Home</h1>");
    assertThat(page).doesNotContain("My work", "My team", "Things that need");
    HttpResponse<String> analyst = WebSession.signedIn(port, "analyst", PASSWORD).get("/");
    assertThat(analyst.statusCode()).isEqualTo(302);
    assertThat(WebSession.location(analyst)).endsWith("/insight");
    HttpResponse<String> partner = WebSession.signedIn(port, "partner", PASSWORD).get("/");
    assertThat(partner.statusCode()).isEqualTo(302);
    assertThat(WebSession.location(partner)).endsWith("/partner");
  }

  @Test
  void aPractitionerSeesMyWorkAndAManagerTheTeamsHome() {
    assertThat(myWork()).contains("<h1 class=\"govuk-heading-l\">My work</h1>");
    assertThat(myWork()).doesNotContain("Eligibility decisions to sign off");
    assertThat(teamHome()).contains("<h1 class=\"govuk-heading-l\">My team</h1>");
    assertThat(teamHome()).doesNotContain("What you agreed to do");
  }

  private String myWork() {
    HttpResponse<String> page =
        WebSession.signedIn(port, practitioner.getUsername(), PASSWORD).get("/");
    assertThat(page.statusCode()).isEqualTo(200);
    return page.body();
  }

  private String teamHome() {
    HttpResponse<String> page = WebSession.signedIn(port, manager.getUsername(), PASSWORD).get("/");
    assertThat(page.statusCode()).isEqualTo(200);
    return page.body();
  }

  /** The page from the section's heading to the next one. */
  private static String section(String page, String id) {
    int start = page.indexOf("id=\"" + id + "\"");
    assertThat(start).as("section " + id).isNotNegative();
    int end = page.indexOf("<h2", start);
    return page.substring(start, end < 0 ? page.length() : end);
  }

  /** The table row holding the text. */
  private static String row(String section, String text) {
    int at = section.indexOf(text);
    assertThat(at).as("row with " + text).isNotNegative();
    int start = section.lastIndexOf("<tr", at);
    int end = section.indexOf("</tr>", at);
    return section.substring(start, end);
  }

  private static String letters() {
    StringBuilder text = new StringBuilder();
    var random = java.util.concurrent.ThreadLocalRandom.current();
    for (int i = 0; i < 8; i++) {
      text.append((char) ('a' + random.nextInt(26)));
    }
    return text.toString();
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

  private UUID person(String firstName, UUID team, UUID worker) {
    StaffMember by = worker == null ? manager : practitioner;
    var created =
        people.create(
            RecordFixtures.allocated(
                firstName, "Home" + suffix, LocalDate.of(1950, 1, 1), team, worker),
            by);
    return created.personId().orElseThrow(() -> new AssertionError(created.errors()));
  }
}
