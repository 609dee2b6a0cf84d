package org.strengths.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.strengths.testing.TestClock;

class AssessmentBrowserTest extends JourneyTest {

  private static final String[] WELLBEING_AREAS = {
    "Dignity",
    "Health",
    "Protection",
    "Control",
    "Participation",
    "SocialAndEconomic",
    "Relationships",
    "Accommodation",
    "Contribution"
  };

  @Test
  void aNeedsAssessmentStartsFilledInFromTheConversation() {
    UUID id = personAllocatedTo("practitioner", "Violet", uniqueName());
    browser.signIn("practitioner", PASSWORD);
    startAssessmentFromAConversation(id);

    assertThat(browser.text())
        .contains("Needs assessment started. We filled in what we could from the conversation.");
    browser.follow("task-who-was-involved");
    assertThat(browser.valueOf("whoWasInvolved")).contains("Her neighbour, Pat");
    browser.visit(browser.path().replace("who-was-involved", "outcomes"));
    assertThat(browser.valueOf("outcomesWanted"))
        .contains("I want to keep cooking my own meals", "Being part of the choir again");
    browser.fitsOnANarrowScreen();
  }

  @Test
  void eligibilityIsSuggestedDecidedSignedOffByAManagerAndGivenToThePersonAsAPdf()
      throws Exception {
    UUID id = personAllocatedTo("practitioner", "Harold", uniqueName());
    browser.signIn("practitioner", PASSWORD);
    startAssessmentFromAConversation(id);
    String taskList = browser.path();
    assertThat(browser.textOf("task-eligibility-status")).contains("Cannot start yet");

    completeTheAssessmentNarrative(taskList);
    assertThat(browser.textOf("assessment-progress")).contains("You have completed 6 of 6");

    browser.follow("task-eligibility");
    browser
        .tick("outcomeNutrition-UNABLE")
        .tick("outcomeNutritionReasons-NEEDS_ASSISTANCE")
        .tick("outcomeHomeSafely-UNABLE")
        .tick("outcomeHomeSafelyReasons-ENDANGERS_HEALTH_OR_SAFETY");
    for (String outcome :
        new String[] {
          "outcomePersonalHygiene", "outcomeToiletNeeds", "outcomeAppropriatelyClothed",
          "outcomeHabitableHome", "outcomeRelationships", "outcomeWorkTrainingEducation",
          "outcomeCommunityFacilities", "outcomeCaringForAChild"
        }) {
      browser.tick(outcome);
    }
    browser
        .tick("impairmentLink")
        .type("impairmentDescription", "Parkinson's disease")
        .tick("significantImpact")
        .type("impactRationale", "He has stopped going out because he has fallen twice.")
        .press("Save and see the suggested result");

    assertThat(browser.textOf("suggested-result")).contains("Suggested result: eligible needs");
    browser.tick("decision").press("Submit for sign-off");
    String decision = taskList + "/eligibility/decision";
    browser.visit(decision);
    assertThat(browser.textOf("determination-status")).contains("Waiting for sign-off");
    browser.signOut();

    browser.signIn("manager", PASSWORD).visit(decision);
    browser.press("Sign off or return");
    browser.tick("review").press("Confirm");
    assertThat(browser.text()).contains("Eligibility determination signed off");

    browser.visit(taskList).follow("determination-link");
    assertThat(browser.heading()).isEqualTo("Your needs assessment: what we decided");
    browser.fitsOnANarrowScreen();
    String pdfText = textOfPdf(browser.path() + ".pdf");
    assertThat(pdfText).contains("Harold");
  }

  private void startAssessmentFromAConversation(UUID id) {
    LocalDate yesterday = TestClock.today().minusDays(1);
    browser
        .visit("/people/" + id + "/conversations/new")
        .type("heldOnDay", String.valueOf(yesterday.getDayOfMonth()))
        .type("heldOnMonth", String.valueOf(yesterday.getMonthValue()))
        .type("heldOnYear", String.valueOf(yesterday.getYear()))
        .tick("stage-0")
        .tick("channel-1")
        .type("whoWasThere", "Her neighbour, Pat")
        .type("whatMatters-0-words", "I want to keep cooking my own meals")
        .choose("whatMatters-0-attribution", "person")
        .type("goodLife-0-words", "Being part of the choir again")
        .choose("goodLife-0-attribution", "person")
        .choose("outcome", "Progress to Assessment")
        .press("Save conversation");
    browser.press("Start a needs assessment from this conversation");
    browser.press("Start the assessment");
  }

  private void completeTheAssessmentNarrative(String taskList) {
    browser.visit(taskList + "/sections/before-the-assessment");
    browser
        .tick("informationGiven-no")
        .tick("selfAssessmentOffered-no")
        .tick("advocacyConsidered-no");
    saveAsCompleted();
    browser.visit(taskList + "/sections/who-was-involved");
    saveAsCompleted();
    browser.visit(taskList + "/sections/wellbeing");
    for (String area : WELLBEING_AREAS) {
      browser.type("wellbeing" + area + "Summary", "Discussed; see his own words.");
    }
    saveAsCompleted();
    browser.visit(taskList + "/sections/outcomes");
    saveAsCompleted();
    browser.visit(taskList + "/sections/what-could-help");
    browser
        .type("careCouldContribute", "Help to prepare meals safely.")
        .type("otherNetwork", "Pat, his neighbour, shops with him on Fridays.");
    saveAsCompleted();
    browser.visit(taskList + "/sections/fluctuating-needs");
    browser.tick("needsFluctuate-no").type("proportionalityNote", "One visit and a phone call.");
    saveAsCompleted();
    browser.visit(taskList);
  }

  private void saveAsCompleted() {
    browser.tick("completed").press("Save and continue");
    assertThat(browser.text()).doesNotContain("There is a problem");
  }

  private String textOfPdf(String path) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Cookie", "JSESSIONID=" + browser.cookie("JSESSIONID").getValue())
            .build();
    HttpResponse<byte[]> response =
        HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(new String(response.body(), 0, 5)).isEqualTo("%PDF-");
    try (var pdf = Loader.loadPDF(response.body())) {
      return new PDFTextStripper().getText(pdf);
    }
  }
}
