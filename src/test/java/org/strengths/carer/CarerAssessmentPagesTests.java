package org.strengths.carer;

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
import org.strengths.testing.TestClock;
import org.strengths.testing.WebSession;

/** The carers' pages over real HTTP, signed in as the demo staff. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CarerAssessmentPagesTests {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  @Test
  void linksACarerWithConsentAndRecordsTheirAssessmentOnTheCarersRecord() {
    WebSession browser = signedIn("practitioner");
    UUID caredFor = CarerTestPeople.person(jdbc, "practitioner");
    UUID carer = CarerTestPeople.person(jdbc, "practitioner");
    String carerName = CarerTestPeople.lastName(jdbc, carer);

    assertThat(browser.get("/people/" + caredFor + "/carers").body())
        .contains("No carers are linked to this record yet", "Add a carer&#39;s assessment");
    assertThat(browser.get("/people/" + caredFor + "/carers/new?q=" + carerName).body())
        .contains("/people/" + caredFor + "/carers/new?carer=" + carer);
    assertThat(browser.get("/people/" + caredFor + "/carers/new?carer=" + carer).body())
        .contains("id=\"relationship\"", "id=\"consentGiven\"", "id=\"consentDateDay\"");

    HttpResponse<String> linked =
        browser.post("/people/" + caredFor + "/carers/new", link(carer, "yes"));

    assertThat(linked.statusCode()).isEqualTo(302);
    String newAssessment = WebSession.location(linked);
    assertThat(newAssessment).startsWith("/people/" + carer + "/carer-assessments/new?link=");
    assertThat(browser.get(newAssessment).body())
        .contains("The carer is linked", "About caring for Carertest", "id=\"whatMatters\"");

    String linkId = newAssessment.substring(newAssessment.indexOf("link=") + 5);
    HttpResponse<String> saved =
        browser.post("/people/" + carer + "/carer-assessments/new", assessment(linkId));

    assertThat(saved.statusCode()).isEqualTo(302);
    String view = WebSession.location(saved);
    assertThat(view).matches("/people/" + carer + "/carer-assessments/[0-9a-f-]{36}");
    assertThat(browser.get(view).body())
        .contains("Time for my allotment", "I love him but I am so tired", "– the carer")
        .contains("Sleeping badly", "Yes, with support", "The carer&#39;s conversation is saved");
    assertThat(browser.get("/people/" + caredFor + "/carers").body())
        .contains(carerName, "Husband", "Given by The carer and Ada");
    assertThat(chronology(carer)).contains("Carer&#39;s assessment recorded".replace("&#39;", "'"));
    assertThat(chronology(caredFor))
        .contains(
            "Carer's assessment recorded for their carer",
            "A carer was linked to this record, with consent");
    assertThat(String.join(" ", chronology(caredFor))).doesNotContain(carerName);
    assertThat(auditActions(carer))
        .contains("carers/create", "carer-assessment/create", "carer-assessment/view");
    assertThat(auditActions(caredFor)).contains("carers/view", "carers/create");
  }

  @Test
  void refusesToLinkWithoutConsentAndOffersAnAssessmentOnTheCarersOwnRecord() {
    WebSession browser = signedIn("practitioner");
    UUID caredFor = CarerTestPeople.person(jdbc, "practitioner");
    UUID carer = CarerTestPeople.person(jdbc, "practitioner");
    browser.get("/people/" + caredFor + "/carers/new?carer=" + carer);

    HttpResponse<String> refused =
        browser.post("/people/" + caredFor + "/carers/new", link(carer, "no"));

    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body())
        .contains("govuk-error-summary", "The records can only be linked with consent")
        .contains("/people/" + carer + "/carer-assessments/new", "value=\"Husband\"");
    assertThat(links(carer)).isZero();
  }

  @Test
  void suggestsEligibilityAndNeedsAReasonToDecideOtherwise() {
    WebSession browser = signedIn("practitioner");
    UUID carer = CarerTestPeople.person(jdbc, "practitioner");
    String view = recorded(browser, carer);
    String eligibility = view + "/eligibility";
    assertThat(browser.get(eligibility).body())
        .contains("Suggested result: Not clear yet", "id=\"outcome-recreation\"");

    Map<String, String> answers = eligibilityAnswers("0");
    answers.put("check", "true");
    String checked = browser.post(eligibility, answers).body();
    assertThat(checked)
        .contains("Suggested result: Eligible")
        .contains("unable to achieve: engaging in recreational activities");
    assertThat(version(view)).isZero();

    answers.remove("check");
    answers.put("decision", "not-eligible");
    HttpResponse<String> noReason = browser.post(eligibility, answers);
    assertThat(noReason.statusCode()).isEqualTo(200);
    assertThat(noReason.body())
        .contains("Give your reason for deciding differently from the suggestion")
        .contains("href=\"#decisionReason\"");

    answers.put("decisionReason", "The carer has arranged a sitter and says they are fine.");
    HttpResponse<String> decided = browser.post(eligibility, answers);
    assertThat(decided.statusCode()).isEqualTo(302);
    assertThat(browser.get(view).body())
        .contains("Not eligible, decided by Sam Okafor")
        .contains("This differs from the suggestion (Eligible)", "arranged a sitter");
    assertThat(browser.get(view + "/summary").body())
        .contains("Your carer&#39;s assessment", "do not meet the national eligibility criteria");
    assertThat(auditDetails(carer)).contains("eligibility-decision");
  }

  @Test
  void followsTheSuggestionWithoutAReasonAndExplainsItInTheSummary() {
    WebSession browser = signedIn("practitioner");
    UUID carer = CarerTestPeople.person(jdbc, "practitioner");
    String view = recorded(browser, carer);
    browser.get(view + "/eligibility");
    Map<String, String> answers = eligibilityAnswers("0");
    answers.put("decision", "eligible");

    assertThat(browser.post(view + "/eligibility", answers).statusCode()).isEqualTo(302);

    assertThat(browser.get(view).body()).contains("This follows the suggestion");
    assertThat(browser.get(view + "/summary").body())
        .contains("meet the national eligibility criteria", "engaging in recreational activities");
  }

  @Test
  void anOutcomeMarkedUnableNeedsAReason() {
    WebSession browser = signedIn("practitioner");
    UUID carer = CarerTestPeople.person(jdbc, "practitioner");
    String view = recorded(browser, carer);
    browser.get(view + "/eligibility");
    Map<String, String> answers = eligibilityAnswers("0");
    answers.remove("reasons");

    String page = browser.post(view + "/eligibility", answers).body();

    assertThat(page)
        .contains("Choose at least one reason why the carer is unable to achieve this")
        .contains("href=\"#outcome-recreation\"");
  }

  @Test
  void explainsEveryProblemWithWhatWasTypedAndKeepsTheText() {
    WebSession browser = signedIn("practitioner");
    UUID carer = CarerTestPeople.person(jdbc, "practitioner");
    browser.get("/people/" + carer + "/carer-assessments/new");
    Map<String, String> typed = assessment("");
    typed.put("whatMatters", "");
    typed.put("conversationDateDay", "31");
    typed.put("conversationDateMonth", "2");
    typed.put("activitiesNow", "x".repeat(10_001));
    typed.put("peopleInvolved", "y".repeat(201));
    typed.put("carerOutcomes", "<script>alert('x')</script> keep me");
    typed.put("quotes[1].saidBy", "Their son");

    HttpResponse<String> response =
        browser.post("/people/" + carer + "/carer-assessments/new", typed);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .contains("govuk-error-summary", "href=\"#conversationDateDay\"")
        .contains("The date of the conversation must be a real date")
        .contains("Enter what matters to the carer")
        .contains("Work, learning and free time now must be 10,000 characters or fewer")
        .contains("Who took part must be 200 characters or fewer")
        .contains("Enter the words said, or clear who said them")
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; keep me")
        .doesNotContain("<script>alert");
    assertThat(count(carer)).isZero();
  }

  @Test
  void escapesMarkupInWhatWasSaved() {
    WebSession browser = signedIn("practitioner");
    UUID carer = CarerTestPeople.person(jdbc, "practitioner");
    browser.get("/people/" + carer + "/carer-assessments/new");
    Map<String, String> typed = assessment("");
    typed.put("whatMatters", "<script>alert('x')</script>");

    String view =
        WebSession.location(browser.post("/people/" + carer + "/carer-assessments/new", typed));

    assertThat(browser.get(view).body())
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
        .doesNotContain("<script>alert");
  }

  @Test
  void showsBothVersionsWhenSomeoneElseSavedFirstAndKeepsTheUsersText() {
    WebSession practitioner = signedIn("practitioner");
    WebSession manager = signedIn("manager");
    UUID carer = CarerTestPeople.person(jdbc, "practitioner");
    String view = recorded(practitioner, carer);
    manager.get(view + "/edit");
    Map<String, String> managers = assessment("");
    managers.put("whatMatters", "The manager's version of what matters");
    assertThat(manager.post(view + "/edit", managers).statusCode()).isEqualTo(302);

    practitioner.get(view + "/edit");
    Map<String, String> mine = assessment("");
    mine.put("version", "0");
    mine.put("whatMatters", "The practitioner typed this");
    HttpResponse<String> conflict = practitioner.post(view + "/edit", mine);

    assertThat(conflict.statusCode()).isEqualTo(200);
    assertThat(conflict.body())
        .contains("was changed by Priya Shah", "Their saved version", "What you typed")
        .contains("The manager&#39;s version of what matters", "The practitioner typed this")
        .contains("name=\"version\" id=\"version\" value=\"1\"");
    assertThat(
            jdbc.sql("SELECT what_matters FROM carer_assessment WHERE carer_id = :c")
                .param("c", carer)
                .query(String.class)
                .single())
        .isEqualTo("The manager's version of what matters");
  }

  @Test
  void refusesAnalystsAndOffersBreakGlassWithoutAWorkingRelationship() {
    WebSession practitioner = signedIn("practitioner");
    UUID carer = CarerTestPeople.person(jdbc, "practitioner");
    String view = recorded(practitioner, carer);

    assertThat(signedIn("analyst").get(view).statusCode()).isEqualTo(403);
    assertThat(signedIn("analyst").get("/people/" + carer + "/carers").statusCode()).isEqualTo(403);
    HttpResponse<String> stranger = signedIn("practitioner2").get(view);
    assertThat(stranger.statusCode()).isEqualTo(403);
    assertThat(stranger.body()).contains("working relationship with this person");
    assertThat(signedIn("practitioner2").get("/people/" + carer + "/carers").body())
        .contains("working relationship with this person");
  }

  @Test
  void answersAnUnknownAssessmentWithNotFound() {
    WebSession browser = signedIn("practitioner");
    UUID carer = CarerTestPeople.person(jdbc, "practitioner");

    assertThat(
            browser
                .get("/people/" + carer + "/carer-assessments/" + UUID.randomUUID())
                .statusCode())
        .isEqualTo(404);
    assertThat(browser.get("/people/" + carer + "/carer-assessments/not-an-id").statusCode())
        .isEqualTo(404);
  }

  private String recorded(WebSession browser, UUID carer) {
    browser.get("/people/" + carer + "/carer-assessments/new");
    HttpResponse<String> saved =
        browser.post("/people/" + carer + "/carer-assessments/new", assessment(""));
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
    return WebSession.location(saved);
  }

  private WebSession signedIn(String username) {
    return WebSession.signedIn(port, username, "strengths-demo");
  }

  private static Map<String, String> link(UUID carer, String consent) {
    LocalDate today = TestClock.today();
    Map<String, String> typed = new LinkedHashMap<>();
    typed.put("carerId", carer.toString());
    typed.put("relationship", "Husband");
    typed.put("consentGiven", consent);
    typed.put("consentDateDay", String.valueOf(today.getDayOfMonth()));
    typed.put("consentDateMonth", String.valueOf(today.getMonthValue()));
    typed.put("consentDateYear", String.valueOf(today.getYear()));
    typed.put("consentGivenBy", "The carer and Ada");
    return typed;
  }

  private static Map<String, String> assessment(String linkId) {
    LocalDate today = TestClock.today().minusDays(1);
    Map<String, String> typed = new LinkedHashMap<>();
    typed.put("version", "0");
    typed.put("linkId", linkId);
    typed.put("conversationDateDay", String.valueOf(today.getDayOfMonth()));
    typed.put("conversationDateMonth", String.valueOf(today.getMonthValue()));
    typed.put("conversationDateYear", String.valueOf(today.getYear()));
    typed.put("whatMatters", "Time for my allotment and seeing my sister");
    typed.put("quotes[0].quote", "I love him but I am so tired");
    typed.put("quotes[0].saidBy", "the carer");
    typed.put("quotes[1].quote", "");
    typed.put("quotes[1].saidBy", "");
    typed.put("ableNow", "WITH_SUPPORT");
    typed.put("willingNow", "YES");
    typed.put("wellbeing[health]", "Sleeping badly since the autumn");
    typed.put("carerOutcomes", "A full night's sleep twice a week");
    typed.put("activitiesNow", "Part-time at the library");
    typed.put("peopleInvolved", "The carer");
    return typed;
  }

  private static Map<String, String> eligibilityAnswers(String version) {
    Map<String, String> answers = new LinkedHashMap<>();
    answers.put("version", version);
    answers.put("necessaryCare", "yes");
    answers.put("healthDeteriorating", "no");
    for (CarerOutcome outcome : CarerOutcome.values()) {
      answers.put(
          "status[" + outcome.field() + "]",
          outcome == CarerOutcome.RECREATION ? "UNABLE" : "ACHIEVES");
    }
    answers.put("reasons", "recreation:PAIN_DISTRESS_ANXIETY");
    answers.put("significantImpact", "yes");
    answers.put("impactRationale", "No time for herself for a year");
    return answers;
  }

  private int version(String view) {
    UUID id = UUID.fromString(view.substring(view.lastIndexOf('/') + 1));
    return jdbc.sql("SELECT version FROM carer_assessment WHERE id = :id")
        .param("id", id)
        .query(Integer.class)
        .single();
  }

  private long count(UUID carer) {
    return jdbc.sql("SELECT count(*) FROM carer_assessment WHERE carer_id = :c")
        .param("c", carer)
        .query(Long.class)
        .single();
  }

  private long links(UUID carer) {
    return jdbc.sql("SELECT count(*) FROM carer_link WHERE carer_id = :c")
        .param("c", carer)
        .query(Long.class)
        .single();
  }

  private List<String> chronology(UUID personId) {
    return jdbc.sql("SELECT summary FROM person_chronology WHERE person_id = :id")
        .param("id", personId)
        .query(String.class)
        .list();
  }

  private List<String> auditActions(UUID personId) {
    return jdbc.sql(
            "SELECT section || '/' || action FROM audit_entry WHERE person_id = :id ORDER BY seq")
        .param("id", personId)
        .query(String.class)
        .list();
  }

  private List<String> auditDetails(UUID personId) {
    return jdbc.sql(
            "SELECT coalesce(detail, '') FROM audit_entry WHERE person_id = :id ORDER BY seq")
        .param("id", personId)
        .query(String.class)
        .list();
  }
}
