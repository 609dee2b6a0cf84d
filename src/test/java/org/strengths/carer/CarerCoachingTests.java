package org.strengths.carer;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.strengths.testing.TestClock;
import org.strengths.testing.WebSession;

/**
 * The language coach on the carer's conversation, over real HTTP: it warns after a save and on a
 * form shown again, never blocks, and leaves the carer's quoted words alone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CarerCoachingTests {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  private WebSession browser;
  private String base;

  @BeforeEach
  void aCarerAllocatedToThePractitioner() {
    browser = WebSession.signedIn(port, "practitioner", "strengths-demo");
    UUID carer = CarerTestPeople.person(jdbc, "practitioner");
    base = "/people/" + carer + "/carer-assessments";
    browser.get(base + "/new");
  }

  @Test
  void coachesThePractitionersWordsAfterSavingButNotTheCarersOwnWords() {
    Map<String, String> typed = assessment();
    typed.put(
        "practitionerSummary",
        "Mrs Lee refuses respite. She said \"no more service user meetings\" and laughed.");
    typed.put("wellbeing[health]", "Her husband suffers from dementia and she sleeps badly.");
    typed.put("quotes[0].quote", "I am his wife, not his client");
    typed.put("quotes[0].saidBy", "the carer");

    HttpResponse<String> saved = browser.post(base + "/new", typed);

    assertThat(saved.statusCode()).as("never blocks a save").isEqualTo(302);
    String view = WebSession.location(saved);
    String page = browser.get(view).body();
    assertThat(page)
        .contains(
            "id=\"language-coach\"", "The carer&#39;s conversation is saved; change the words")
        .contains("“refuses” in Practitioner&#39;s analysis: try “chose not to, or said no to”")
        .contains("“suffers from” in Physical and mental health and emotional well-being")
        .doesNotContain("“service user”", "“client”");
    assertThat(browser.get(view).body())
        .as("only straight after the save")
        .doesNotContain("id=\"language-coach\"");
  }

  @Test
  void coachesAChangeToASavedConversationToo() {
    HttpResponse<String> saved = browser.post(base + "/new", assessment());
    String view = WebSession.location(saved);
    assertThat(browser.get(view).body()).doesNotContain("id=\"language-coach\"");
    browser.get(view + "/edit");

    Map<String, String> changed = assessment();
    changed.put("networkSupport", "Her son says the placement was a disaster.");
    HttpResponse<String> again = browser.post(view + "/edit", changed);

    assertThat(again.statusCode()).isEqualTo(302);
    assertThat(browser.get(view).body())
        .contains("“placement” in Support from their own family, friends and community");
  }

  @Test
  void showsTheCoachBesideTheErrorsWhenTheFormComesBackUnsaved() {
    Map<String, String> typed = assessment();
    typed.put("conversationDateDay", "31");
    typed.put("conversationDateMonth", "2");
    typed.put("carerOutcomes", "Less time spent managing his care package");

    HttpResponse<String> shown = browser.post(base + "/new", typed);

    assertThat(shown.statusCode()).isEqualTo(200);
    assertThat(shown.body())
        .contains("govuk-error-summary", "must be a real date")
        .contains("id=\"language-coach\"", "they will not stop you saving")
        .contains("“care package” in The carer&#39;s own outcomes")
        .contains("Less time spent managing his care package");
  }

  private static Map<String, String> assessment() {
    LocalDate day = TestClock.today().minusDays(2);
    Map<String, String> typed = new LinkedHashMap<>();
    typed.put("version", "0");
    typed.put("linkId", "");
    typed.put("conversationDateDay", String.valueOf(day.getDayOfMonth()));
    typed.put("conversationDateMonth", String.valueOf(day.getMonthValue()));
    typed.put("conversationDateYear", String.valueOf(day.getYear()));
    typed.put("whatMatters", "Seeing her sister on Saturdays");
    typed.put("quotes[0].quote", "");
    typed.put("quotes[0].saidBy", "");
    typed.put("ableNow", "WITH_SUPPORT");
    typed.put("willingNow", "YES");
    typed.put("carerOutcomes", "A full night's sleep twice a week");
    typed.put("peopleInvolved", "The carer");
    return typed;
  }
}
