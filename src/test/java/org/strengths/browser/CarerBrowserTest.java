package org.strengths.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.strengths.testing.TestClock;

class CarerBrowserTest extends JourneyTest {

  @Test
  void aCarerIsLinkedWithConsentAndTheirAssessmentSuggestsEligibility() {
    String carerName = uniqueName();
    UUID caredFor = personAllocatedTo("practitioner", "Arthur", uniqueName());
    personAllocatedTo("practitioner", "Joan", carerName);
    LocalDate today = TestClock.today();

    browser.signIn("practitioner", PASSWORD).visit("/people/" + caredFor);
    browser.follow("carers-link").press("Add a carer's assessment");
    browser.type("q", "Joan " + carerName).press("Search");
    browser.press("Choose Joan " + carerName);
    browser
        .type("relationship", "Wife")
        .tick("consentGiven")
        .type("consentDateDay", String.valueOf(today.getDayOfMonth()))
        .type("consentDateMonth", String.valueOf(today.getMonthValue()))
        .type("consentDateYear", String.valueOf(today.getYear()))
        .type("consentGivenBy", "Arthur, in person")
        .press("Link and start the carer's assessment");
    assertThat(browser.text())
        .contains("The carer is linked. Now record the carer's conversation.");

    browser
        .type("conversationDateDay", String.valueOf(today.getDayOfMonth()))
        .type("conversationDateMonth", String.valueOf(today.getMonthValue()))
        .type("conversationDateYear", String.valueOf(today.getYear()))
        .type("whatMatters", "Keeping up my Tuesday swim")
        .tick("ableNow")
        .tick("willingNow")
        .tick("ableFuture-NOT_SURE")
        .tick("willingFuture")
        .type("carerOutcomes", "A break every week")
        .press("Save the carer's conversation");
    assertThat(browser.text())
        .contains("The carer's conversation is saved.", "Keeping up my Tuesday swim");

    browser.follow("eligibility-link");
    browser
        .tick("necessaryCare")
        .tick("healthDeteriorating-no")
        .tick("outcome-recreation-UNABLE")
        .tick("reason-recreation-NEEDS_ASSISTANCE")
        .tick("significantImpact")
        .type("impactRationale", "She has not swum since March.")
        .press("Check the suggestion");
    assertThat(browser.textOf("suggestion-result")).contains("Eligible");

    browser.tick("decision").press("Save eligibility");
    assertThat(browser.text()).contains("The carer's eligibility is saved.");
    browser.follow("summary-link");
    assertThat(browser.textOf("summary-decision")).isNotBlank();
    browser.fitsOnANarrowScreen();
  }
}
