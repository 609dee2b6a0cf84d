package org.strengths.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
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
import org.strengths.testing.TestClock;
import org.strengths.testing.WebSession;

/** The plan pages over real HTTP, signed in as the demo staff. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PlanPagesTests {

  static final String PASSWORD = "strengths-demo";

  @LocalServerPort int port;
  @Autowired People people;
  @Autowired StaffAccounts accounts;
  @Autowired JdbcClient jdbc;

  private WebSession signedIn(String username) {
    return WebSession.signedIn(port, username, PASSWORD);
  }

  private UUID personOfPractitioner() {
    return PlanningTestPeople.allocatedTo(
        people, PlanningTestPeople.staff(accounts, "practitioner"));
  }

  private String started(WebSession browser, UUID person) {
    String plan = "/people/" + person + "/plan";
    browser.get(plan);
    HttpResponse<String> started = browser.post(plan, Map.of("action", "start"));
    assertThat(started.statusCode()).isEqualTo(302);
    return plan;
  }

  private String addOutcome(WebSession browser, String plan, String words) {
    browser.get(plan + "/outcomes/new");
    HttpResponse<String> added =
        browser.post(
            plan + "/outcomes/new",
            Map.of("words", words, "areas", "PARTICIPATION", "version", "0"));
    assertThat(added.statusCode()).as(added.body()).isEqualTo(302);
    return jdbc.sql("SELECT id FROM planning_outcome WHERE words = :w")
        .param("w", words)
        .query(String.class)
        .single();
  }

  private List<String> auditActions(UUID person) {
    return jdbc.sql(
            "SELECT section || '/' || action FROM audit_entry WHERE person_id = :p ORDER BY seq")
        .param("p", person)
        .query(String.class)
        .list();
  }

  @Test
  void startsAPlanFromThePersonsRecordAndShowsEveryPartAsATask() {
    WebSession browser = signedIn("practitioner");
    UUID person = personOfPractitioner();

    assertThat(browser.get("/people/" + person).body()).contains("id=\"plan-link\"");
    assertThat(browser.get("/people/" + person + "/plan").body())
        .contains("There is no plan for this person yet", "id=\"start-plan\"");
    String plan = started(browser, person);

    String page = browser.get(plan).body();
    assertThat(page)
        .contains("The plan has been started", "Draft", "id=\"task-list\"")
        .contains("Needs identified", "Whether the needs are eligible")
        .contains("Needs the council will meet, and how", "Wellbeing and outcomes")
        .contains("Who does what", "Personal budget", "Advice to reduce or delay needs")
        .contains("Direct payments", "Who was involved", "Whether the person agrees")
        .contains("If things go wrong", "Next review date", "Copy given to the person");
    assertThat(auditActions(person)).contains("plan/create", "plan/view");
    assertThat(browser.get("/people/" + person + "/chronology").body())
        .contains("Support planning started");
  }

  @Test
  void keepsTheOutcomeInThePersonsWordsAndEscapesMarkup() {
    WebSession browser = signedIn("practitioner");
    UUID person = personOfPractitioner();
    String plan = started(browser, person);

    addOutcome(browser, plan, "Get back to the <script>alert(1)</script> bowling club");

    String list = browser.get(plan + "/outcomes").body();
    assertThat(list)
        .contains("Get back to the &lt;script&gt;alert(1)&lt;/script&gt; bowling club")
        .doesNotContain("<script>alert(1)");
  }

  @Test
  void anOutcomeNamesTheEligibilityOutcomeItRelatesTo() {
    WebSession browser = signedIn("practitioner");
    UUID person = personOfPractitioner();
    String plan = started(browser, person);
    browser.get(plan + "/outcomes/new");

    Map<String, String> wrong = new LinkedHashMap<>();
    wrong.put("words", "Cook my own tea");
    wrong.put("areas", "HEALTH");
    wrong.put("eligibleOutcomes", "NOT_AN_OUTCOME");
    wrong.put("version", "0");
    assertThat(browser.post(plan + "/outcomes/new", wrong).body())
        .contains("Select from the eligibility outcomes shown", "Cook my own tea");

    wrong.put("eligibleOutcomes", "NUTRITION");
    assertThat(browser.post(plan + "/outcomes/new", wrong).statusCode()).isEqualTo(302);
    assertThat(browser.get(plan + "/outcomes").body())
        .contains("Cook my own tea", "Eligibility outcomes:", "Managing and maintaining nutrition");
  }

  @Test
  void showsClearProblemsForABadOutcomeAndKeepsWhatWasTyped() {
    WebSession browser = signedIn("practitioner");
    UUID person = personOfPractitioner();
    String plan = started(browser, person);
    browser.get(plan + "/outcomes/new");

    HttpResponse<String> empty = browser.post(plan + "/outcomes/new", Map.of("version", "0"));
    assertThat(empty.statusCode()).isEqualTo(200);
    assertThat(empty.body())
        .contains("govuk-error-summary", "Enter what the person wants to achieve, in their words")
        .contains("Select at least one area of wellbeing", "href=\"#area-DIGNITY\"");

    Map<String, String> tooLong = new LinkedHashMap<>();
    tooLong.put("words", "x".repeat(501));
    tooLong.put("areas", "NOT_AN_AREA");
    tooLong.put("gas0", "Goes once a month");
    tooLong.put("weight", "9");
    String page = browser.post(plan + "/outcomes/new", tooLong).body();
    assertThat(page)
        .contains("Enter 500 characters or fewer", "Select at least one area of wellbeing")
        .contains("Enter all five levels, or none", "Enter a weight from 1 to 4")
        .contains("Goes once a month");
  }

  @Test
  void savesGoalAttainmentLevelsWithAWeight() {
    WebSession browser = signedIn("practitioner");
    UUID person = personOfPractitioner();
    String plan = started(browser, person);
    browser.get(plan + "/outcomes/new");
    Map<String, String> typed = new LinkedHashMap<>();
    typed.put("words", "Walk to the shop on my own");
    typed.put("areas", "HEALTH");
    typed.put("gasMinus2", "Cannot leave the house");
    typed.put("gasMinus1", "Walks to the gate");
    typed.put("gas0", "Walks to the shop with someone");
    typed.put("gasPlus1", "Walks to the shop alone once a week");
    typed.put("gasPlus2", "Walks to the shop alone most days");
    typed.put("weight", "3");
    typed.put("version", "0");

    assertThat(browser.post(plan + "/outcomes/new", typed).statusCode()).isEqualTo(302);
    assertThat(browser.get(plan + "/outcomes").body())
        .contains("Has goal attainment levels (weight 3)");
  }

  @Test
  void asksThePara664QuestionsForNetworkHelpAndFlagsHelpThatCannotBeReliedOn() {
    WebSession browser = signedIn("practitioner");
    UUID person = personOfPractitioner();
    String plan = started(browser, person);
    String outcome = addOutcome(browser, plan, "See my grandson at weekends");
    browser.get(plan + "/support/new");
    HttpResponse<String> chose = browser.post(plan + "/support/new", Map.of("kind", "network"));
    assertThat(WebSession.location(chose)).endsWith("/plan/support/new/network");
    String form = browser.get(plan + "/support/new/network").body();
    assertThat(form)
        .contains("Are they willing to give this help?", "Are they able to give this help?")
        .contains("What would giving this help mean for them?")
        .contains("Does the person agree to this help from them?");

    Map<String, String> typed = new LinkedHashMap<>();
    typed.put("givenBy", "Jack (grandson)");
    typed.put("help", "Drives me to his football on Saturdays");
    typed.put("outcomeIds", outcome);
    typed.put("willing", "yes");
    typed.put("able", "no");
    typed.put("version", "0");
    assertThat(browser.post(plan + "/support/new/network", typed).statusCode()).isEqualTo(302);

    String list = browser.get(plan + "/support").body();
    assertThat(list).contains("Jack (grandson)", "Cannot be relied on yet", "See my grandson");
    assertThat(browser.get(plan).body())
        .containsPattern("id=\"status-support\">\\s*<strong[^>]*>Not started");
  }

  @Test
  void refusesSupportWithoutAnOutcome() {
    WebSession browser = signedIn("practitioner");
    UUID person = personOfPractitioner();
    String plan = started(browser, person);
    addOutcome(browser, plan, "Cook my own tea");
    browser.get(plan + "/support/new/person");

    String page =
        browser
            .post(plan + "/support/new/person", Map.of("help", "Makes a sandwich", "version", "0"))
            .body();

    assertThat(page)
        .contains("Select at least one outcome this help is for", "href=\"#outcomeIds-first\"")
        .contains("Makes a sandwich");
  }

  @Test
  void addsPaidSupportWithItsCldFieldsAndWorksOutTheBudget() {
    WebSession browser = signedIn("practitioner");
    UUID person = personOfPractitioner();
    String plan = started(browser, person);
    String outcome = addOutcome(browser, plan, "Stay living in my own home");
    browser.get(plan + "/support/new/commissioned");
    Map<String, String> bad = commissioned(outcome);
    bad.put("unitCost", "23.175");
    bad.put("units", "ten");
    bad.put("startDay", "31");
    bad.put("startMonth", "2");
    String problems = browser.post(plan + "/support/new/commissioned", bad).body();
    assertThat(problems)
        .contains("Enter an amount with no more than 2 numbers after the point")
        .contains(
            "Enter the planned units a week as a number", "The start date must be a real date")
        .contains("value=\"23.175\"");

    assertThat(browser.post(plan + "/support/new/commissioned", commissioned(outcome)).statusCode())
        .isEqualTo(302);
    browser.get(plan + "/budget");
    Map<String, String> budget =
        Map.of(
            "indicative", "300",
            "contribution", "62.40",
            "managementOption", "COUNCIL_MANAGED",
            "version", version(person));
    assertThat(browser.post(plan + "/budget", budget).statusCode()).isEqualTo(302);

    String page = browser.get(plan + "/budget").body();
    assertThat(page)
        .contains("£243.29", "£12,651.08", "£62.40", "£180.89")
        .contains("The budget is £56.71 a week below the indicative amount")
        .contains("A manager must agree it is enough");
    assertThat(auditActions(person)).contains("plan/change");
  }

  @Test
  void onlyAManagerSignsOffABudgetBelowTheIndicativeAmountAndMustSayWhy() {
    WebSession practitioner = signedIn("practitioner");
    UUID person = personOfPractitioner();
    String plan = started(practitioner, person);
    String outcome = addOutcome(practitioner, plan, "Get up and dressed by nine");
    practitioner.get(plan + "/support/new/commissioned");
    practitioner.post(plan + "/support/new/commissioned", commissioned(outcome));
    practitioner.get(plan + "/budget");
    practitioner.post(
        plan + "/budget",
        Map.of(
            "indicative",
            "300",
            "contribution",
            "0",
            "managementOption",
            "MIXED",
            "version",
            version(person)));

    assertThat(practitioner.get(plan + "/budget/sign-off").statusCode()).isEqualTo(403);

    WebSession manager = signedIn("manager");
    String form = manager.get(plan + "/budget/sign-off").body();
    assertThat(form).contains("The budget is £243.29 a week; the indicative amount was £300.00");
    String cost = "24329";
    HttpResponse<String> noReason =
        manager.post(
            plan + "/budget/sign-off",
            Map.of("reason", " ", "costPence", cost, "version", version(person)));
    assertThat(noReason.body()).contains("Enter why this budget is enough");

    HttpResponse<String> signed =
        manager.post(
            plan + "/budget/sign-off",
            Map.of(
                "reason",
                "Her son now helps every evening",
                "costPence",
                cost,
                "version",
                version(person)));
    assertThat(signed.statusCode()).isEqualTo(302);
    assertThat(manager.get(plan + "/budget").body())
        .contains("Signed off by Priya Shah: Her son now helps every evening");
    assertThat(auditActions(person)).contains("plan/sign-off");
  }

  @Test
  void showsBothVersionsWhenSomeoneElseSavedASectionFirst() {
    WebSession practitioner = signedIn("practitioner");
    WebSession manager = signedIn("manager");
    UUID person = personOfPractitioner();
    String plan = started(practitioner, person);
    String stale = version(person);
    manager.get(plan + "/contingency");
    assertThat(
            manager
                .post(plan + "/contingency", Map.of("text", "Call Jack first", "version", stale))
                .statusCode())
        .isEqualTo(302);
    practitioner.get(plan + "/contingency");

    HttpResponse<String> conflict =
        practitioner.post(
            plan + "/contingency", Map.of("text", "Ring the duty team", "version", stale));

    assertThat(conflict.statusCode()).isEqualTo(200);
    assertThat(conflict.body())
        .contains("Someone else (manager) saved this part of the plan")
        .contains("Call Jack first", "Ring the duty team", "href=\"#conflict\"");
  }

  @Test
  void refusesToAgreeAnIncompletePlanAndSaysWhatIsMissing() {
    WebSession browser = signedIn("practitioner");
    UUID person = personOfPractitioner();
    String plan = started(browser, person);
    browser.get(plan);

    HttpResponse<String> refused =
        browser.post(plan, Map.of("action", "agree", "version", version(person)));

    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body())
        .contains("Complete &quot;Needs identified&quot; before agreeing the plan")
        .contains("href=\"#section-needs\"")
        .doesNotContain("Complete &quot;Copy given to the person&quot;");
  }

  @Test
  void agreesACompletePlanAndSchedulesTheFirstReviewSixToEightWeeksLater() {
    WebSession browser = signedIn("practitioner");
    UUID person = personOfPractitioner();
    String plan = started(browser, person);
    PlanFixtures.complete(browser, plan, person, jdbc);

    HttpResponse<String> agreed =
        browser.post(plan, Map.of("action", "agree", "version", version(person)));

    assertThat(agreed.statusCode()).as(agreed.body()).isEqualTo(302);
    LocalDate today = TestClock.today();
    String page = browser.get(plan).body();
    assertThat(page).contains("The plan has been agreed", "Agreed on");
    LocalDate due =
        jdbc.sql("SELECT review_due_on FROM planning_plan WHERE person_id = :p")
            .param("p", person)
            .query(LocalDate.class)
            .single();
    assertThat(due).isEqualTo(today.plusWeeks(8));
    assertThat(auditActions(person)).contains("plan/agree");
  }

  @Test
  void showsTheBreakGlassOfferWithoutAWorkingRelationship() {
    WebSession other = signedIn("practitioner2");
    UUID person = personOfPractitioner();

    HttpResponse<String> refused = other.get("/people/" + person + "/plan");

    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains("You don&#39;t have a working relationship");
  }

  @Test
  void refusesRolesThatNeverSeeRecords() {
    WebSession analyst = signedIn("analyst");
    UUID person = personOfPractitioner();

    assertThat(analyst.get("/people/" + person + "/plan").statusCode()).isEqualTo(403);
    assertThat(analyst.get("/people/" + person + "/plan/outcomes/new").statusCode()).isEqualTo(403);
  }

  @Test
  void answersNotFoundForAnUnknownPersonOrSection() {
    WebSession browser = signedIn("practitioner");
    UUID person = personOfPractitioner();
    started(browser, person);

    assertThat(browser.get("/people/not-an-id/plan").statusCode()).isEqualTo(404);
    assertThat(browser.get("/people/" + UUID.randomUUID() + "/plan").statusCode()).isEqualTo(404);
    assertThat(browser.get("/people/" + person + "/plan/nonsense").statusCode()).isEqualTo(404);
    assertThat(
            browser.get("/people/" + person + "/plan/outcomes/" + UUID.randomUUID()).statusCode())
        .isEqualTo(404);
  }

  @Test
  void bringsBackWhatWasTypedInASectionAndAnOutcomeWhenTheSessionHadExpired() {
    WebSession browser = signedIn("practitioner");
    UUID person = personOfPractitioner();
    String plan = started(browser, person);
    WebSession expired = new WebSession(port);
    expired.get("/sign-in");

    HttpResponse<String> kept =
        expired.post(
            plan + "/contingency",
            Map.of("text", "Typed while the session ended", "version", version(person)));
    assertThat(WebSession.location(kept)).endsWith("/sign-in?expired");
    HttpResponse<String> back = expired.signIn("practitioner", PASSWORD);
    assertThat(WebSession.location(back)).endsWith(plan + "/contingency");
    assertThat(expired.get(plan + "/contingency").body())
        .contains(">Typed while the session ended</textarea>", "We kept what you typed");

    WebSession expiredAgain = new WebSession(port);
    expiredAgain.get("/sign-in");
    expiredAgain.post(
        plan + "/outcomes/new",
        Map.of("words", "Swim again", "areas", "HEALTH", "gas0", "Swims monthly", "version", "0"));
    expiredAgain.signIn("practitioner", PASSWORD);
    assertThat(expiredAgain.get(plan + "/outcomes/new").body())
        .contains(">Swim again</textarea>", "value=\"Swims monthly\"")
        .containsPattern("value=\"HEALTH\"\\s+checked");
  }

  @Test
  void startsAnOutcomeOrNetworkSupportFromALinkCarryingTheirDetails() {
    WebSession browser = signedIn("practitioner");
    UUID person = personOfPractitioner();
    String plan = started(browser, person);
    UUID conversation = UUID.randomUUID();
    UUID member = UUID.randomUUID();

    String outcome =
        browser
            .get(plan + "/outcomes/new?words=Dance+again&sourceConversationId=" + conversation)
            .body();
    String network =
        browser.get(plan + "/support/new/network?givenBy=Rita&networkMemberId=" + member).body();

    assertThat(outcome).contains(">Dance again</textarea>", "value=\"" + conversation + "\"");
    assertThat(network).contains("value=\"Rita\"", "value=\"" + member + "\"");
  }

  static Map<String, String> commissioned(String outcome) {
    Map<String, String> typed = new LinkedHashMap<>();
    typed.put("givenBy", "Caring Hands Ltd");
    typed.put("help", "Help to wash and dress each morning");
    typed.put("outcomeIds", outcome);
    typed.put("serviceType", "Long Term Support: Community");
    typed.put("serviceComponent", "Home care");
    typed.put("deliveryMechanism", "CASSR Commissioned Support");
    typed.put("unitCost", "23.17");
    typed.put("costFrequency", "Hourly");
    typed.put("units", "10.5");
    typed.put("startDay", "1");
    typed.put("startMonth", "4");
    typed.put("startYear", "2025");
    typed.put("version", "0");
    return typed;
  }

  private String version(UUID person) {
    return jdbc.sql("SELECT version FROM planning_plan WHERE person_id = :p AND status <> 'ENDED'")
        .param("p", person)
        .query(String.class)
        .single();
  }
}
