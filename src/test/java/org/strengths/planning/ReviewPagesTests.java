package org.strengths.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
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

/** Reviews, the caseload of reviews due, and progress over time, over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ReviewPagesTests {

  @LocalServerPort int port;
  @Autowired People people;
  @Autowired StaffAccounts accounts;
  @Autowired JdbcClient jdbc;

  private final LocalDate today = TestClock.today();

  /** A person with an agreed plan holding one outcome with GAS levels (weight 2). */
  private record Agreed(UUID person, String plan, String outcome, WebSession browser) {}

  private Agreed agreedPlan() {
    return agreedPlan(false);
  }

  private Agreed agreedPlan(boolean sevenWeeksAgo) {
    WebSession browser = WebSession.signedIn(port, "practitioner", PlanPagesTests.PASSWORD);
    UUID person =
        PlanningTestPeople.allocatedTo(people, PlanningTestPeople.staff(accounts, "practitioner"));
    String plan = "/people/" + person + "/plan";
    browser.get(plan);
    browser.post(plan, Map.of("action", "start"));
    String outcome = PlanFixtures.complete(browser, plan, person, jdbc);
    browser.get(plan);
    HttpResponse<String> agreed =
        browser.post(
            plan, Map.of("action", "agree", "version", PlanFixtures.version(person, jdbc)));
    assertThat(agreed.statusCode()).isEqualTo(302);
    if (!sevenWeeksAgo) {
      return new Agreed(person, plan, outcome, browser);
    }
    // As if agreed seven weeks ago, so a review today falls in the 6-8 week window.
    jdbc.sql(
            "UPDATE planning_plan SET started_on = :then, agreed_on = :then, last_changed_on = NULL"
                + " WHERE person_id = :p")
        .param("then", today.minusWeeks(7))
        .param("p", person)
        .update();
    return new Agreed(person, plan, outcome, browser);
  }

  private Map<String, String> review(Agreed agreed) {
    Map<String, String> typed = new LinkedHashMap<>();
    typed.put("working", "Goes to bowling most weeks with Jack");
    typed.put("notWorking", "Mornings are still hard");
    typed.put("rating[" + agreed.outcome() + "]", "PARTLY");
    typed.put("words[" + agreed.outcome() + "]", "I love being back with the lads");
    typed.put("gas[" + agreed.outcome() + "]", "1");
    typed.put("ons4[lifeSatisfaction]", "7");
    typed.put("ons4[worthwhile]", "8");
    typed.put("ons4[happy]", "6");
    typed.put("ons4[anxious]", "3");
    typed.put("heldDay", String.valueOf(today.getDayOfMonth()));
    typed.put("heldMonth", String.valueOf(today.getMonthValue()));
    typed.put("heldYear", String.valueOf(today.getYear()));
    typed.put("reason", "PLANNED");
    typed.put("method", "PERSON_AND_CARER");
    typed.put("packageChanged", "no");
    typed.put("version", PlanFixtures.version(agreed.person(), jdbc));
    return typed;
  }

  @Test
  void recordsAReviewAsACldReviewEventWithTheGasTScoreAndOns4() {
    Agreed agreed = agreedPlan(true);
    String form = agreed.browser().get(agreed.plan() + "/reviews/new").body();
    assertThat(form)
        .contains("What is working?", "What is not working?", "Get back to the bowling club")
        .contains("Overall, how satisfied are you with your life nowadays?")
        .contains("+1: Goes every Thursday", "The person and their carer");

    HttpResponse<String> saved =
        agreed.browser().post(agreed.plan() + "/reviews/new", review(agreed));

    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
    Map<String, Object> row =
        jdbc.sql(
                "SELECT review_reason, review_method, event_outcome, gas_t_score"
                    + " FROM planning_review WHERE person_id = :p")
            .param("p", agreed.person())
            .query()
            .singleRow();
    assertThat(row.get("review_reason")).isEqualTo("Planned");
    assertThat(row.get("review_method")).isEqualTo("Service user and carer");
    assertThat(row.get("event_outcome")).isEqualTo("No change in package");
    // One goal, weight 2, +1: 50 + 10·2/√(0.7·4 + 0.3·4) = 60.0
    assertThat((BigDecimal) row.get("gas_t_score")).isEqualByComparingTo("60.0");
    LocalDate due =
        jdbc.sql("SELECT review_due_on FROM planning_plan WHERE person_id = :p")
            .param("p", agreed.person())
            .query(LocalDate.class)
            .single();
    assertThat(due).isEqualTo(today.plusMonths(12));

    String progress = agreed.browser().get(agreed.plan() + "/progress").body();
    assertThat(progress)
        .contains("The review has been recorded", "<svg", "role=\"img\"")
        .contains("Partly achieved", "60.0", "7 (high)", "3 (low)")
        .contains("<th scope=\"col\" class=\"govuk-table__header\">When</th>");
    assertThat(agreed.browser().get("/people/" + agreed.person() + "/chronology").body())
        .contains("No change in package");
  }

  @Test
  void explainsEveryProblemWithAReviewAndKeepsWhatWasTyped() {
    Agreed agreed = agreedPlan();
    agreed.browser().get(agreed.plan() + "/reviews/new");
    Map<String, String> typed = new LinkedHashMap<>();
    typed.put("notWorking", "<script>alert('x')</script>");
    typed.put("ons4[happy]", "11");
    typed.put("gas[" + agreed.outcome() + "]", "7");
    typed.put("heldDay", "30");
    typed.put("heldMonth", "2");
    typed.put("heldYear", "2026");
    typed.put("reason", "UNPLANNED");
    typed.put("version", "0");

    HttpResponse<String> page = agreed.browser().post(agreed.plan() + "/reviews/new", typed);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("Enter what is working", "The date of the review must be a real date")
        .contains("Enter why the review was unplanned", "Select who took part in the review")
        .contains("Select how the person rates", "Select a level from -2 to +2")
        .contains("Enter a whole number from 0 to 10", "Select yes if the support needs to change")
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
        .doesNotContain("<script>alert");
  }

  @Test
  void anUnplannedRequestPutsThePersonOnTheCaseloadAsDue() {
    Agreed agreed = agreedPlan();
    String name =
        jdbc.sql("SELECT last_name FROM person WHERE id = :p")
            .param("p", agreed.person())
            .query(String.class)
            .single();
    assertThat(agreed.browser().get("/reviews").body()).doesNotContain(name);
    agreed.browser().get(agreed.plan() + "/reviews/request");
    String refused =
        agreed.browser().post(agreed.plan() + "/reviews/request", Map.of("reason", "")).body();
    assertThat(refused).contains("Enter why a review is needed", "Enter the date the review");

    HttpResponse<String> asked =
        agreed
            .browser()
            .post(
                agreed.plan() + "/reviews/request",
                Map.of(
                    "day", String.valueOf(today.getDayOfMonth()),
                    "month", String.valueOf(today.getMonthValue()),
                    "year", String.valueOf(today.getYear()),
                    "reason", "Fell at home on Sunday"));

    assertThat(asked.statusCode()).isEqualTo(302);
    String mine = agreed.browser().get("/reviews").body();
    assertThat(mine).contains(name, "Unplanned review asked for", "Due");
    WebSession manager = WebSession.signedIn(port, "manager", PlanPagesTests.PASSWORD);
    assertThat(manager.get("/reviews").body()).contains(name);
    WebSession otherTeam = WebSession.signedIn(port, "manager2", PlanPagesTests.PASSWORD);
    assertThat(otherTeam.get("/reviews").body()).doesNotContain(name);
    assertThat(auditActions(agreed.person())).contains("plan/review-request");
  }

  @Test
  void showsAnOverdueReviewAsOverdue() {
    Agreed agreed = agreedPlan();
    jdbc.sql(
            "UPDATE planning_plan SET review_opens_on = :opens, review_due_on = :due"
                + " WHERE person_id = :p")
        .param("opens", today.minusWeeks(4))
        .param("due", today.minusDays(1))
        .param("p", agreed.person())
        .update();

    String page = agreed.browser().get("/reviews").body();

    assertThat(page).containsPattern("govuk-tag--red\">Overdue");
  }

  @Test
  void keepsAnalystsAwayFromTheCaseload() {
    WebSession analyst = WebSession.signedIn(port, "analyst", PlanPagesTests.PASSWORD);

    assertThat(analyst.get("/reviews").statusCode()).isEqualTo(403);
  }

  @Test
  void recordsOns4AtThePlansStartAsABaselineAndRefusesAnswersOutOfRange() {
    Agreed agreed = agreedPlan();
    agreed.browser().get(agreed.plan() + "/wellbeing");
    Map<String, String> typed = new LinkedHashMap<>();
    typed.put("day", String.valueOf(today.getDayOfMonth()));
    typed.put("month", String.valueOf(today.getMonthValue()));
    typed.put("year", String.valueOf(today.getYear()));
    typed.put("answers[happy]", "eleven");

    String refused = agreed.browser().post(agreed.plan() + "/wellbeing", typed).body();
    assertThat(refused).contains("Enter a whole number from 0 to 10", "value=\"eleven\"");

    typed.put("answers[happy]", "4");
    typed.put("answers[anxious]", "8");
    assertThat(agreed.browser().post(agreed.plan() + "/wellbeing", typed).statusCode())
        .isEqualTo(302);
    assertThat(agreed.browser().get(agreed.plan() + "/progress").body())
        .contains("4 (low)", "8 (high)", "Not answered");
    assertThat(auditActions(agreed.person())).contains("plan/change");
  }

  private List<String> auditActions(UUID person) {
    return jdbc.sql(
            "SELECT section || '/' || action FROM audit_entry WHERE person_id = :p ORDER BY seq")
        .param("p", person)
        .query(String.class)
        .list();
  }
}
