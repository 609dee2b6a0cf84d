package org.strengths.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.strengths.community.AssetSummary;
import org.strengths.community.CommunityAssets;
import org.strengths.testing.TestClock;

class CommunityBrowserTest extends JourneyTest {

  @Autowired CommunityAssets communityAssets;

  @Test
  void aSearchForRamblingNearAPostcodeFindsWalkingGroupsWithTheirDistance() {
    browser.signIn("practitioner", PASSWORD).visit("/community");
    browser
        .type("q", "rambling")
        .type("postcode", "LS7 1AB")
        .choose("distance", "10")
        .press("Search");

    String results = browser.textOf("community-results");
    assertThat(results).containsIgnoringCase("walking");
    assertThat(results).contains("km away");
    browser.fitsOnANarrowScreen();
  }

  @Test
  void ideasForConnectionsAreRankedForAPersonWithTheReasonForEach() {
    UUID id = personAllocatedTo("practitioner", "Ivy", uniqueName());
    browser.signIn("practitioner", PASSWORD).visit("/people/" + id);
    browser.follow("ideas-link").type("interests", "gardening and company").press("Find ideas");

    String ideas = browser.textOf("ideas-list");
    assertThat(ideas).contains("Matches");
    assertThat(browser.all(By.cssSelector("#ideas-list a[id^='connect-']"))).isNotEmpty();
    browser.fitsOnANarrowScreen();
  }

  @Test
  void ideasComeForEachThingThatMattersFromTheirConversationWithWhyEachCameUp() {
    UUID id = personAllocatedTo("practitioner", "Yusuf", uniqueName());
    LocalDate yesterday = TestClock.today().minusDays(1);
    browser.signIn("practitioner", PASSWORD).visit("/people/" + id + "/conversations/new");
    browser
        .type("heldOnDay", String.valueOf(yesterday.getDayOfMonth()))
        .type("heldOnMonth", String.valueOf(yesterday.getMonthValue()))
        .type("heldOnYear", String.valueOf(yesterday.getYear()))
        .tick("stage-0")
        .tick("channel-1")
        .type("whatMatters-0-words", "Going to the allotment on Saturdays with my brother")
        .choose("whatMatters-0-attribution", "person")
        .choose("strengths-0-kind", "interests")
        .type("strengths-0-description", "Cooking for friends")
        .choose("strengths-0-identifiedBy", "person")
        .choose("outcome", "Progress to Assessment")
        .press("Save conversation");

    browser.visit("/people/" + id).follow("ideas-link");

    assertThat(browser.textOf("ideas-from-conversation")).contains("Ideas for each thing");
    assertThat(browser.textOf("theme-1"))
        .contains("“Going to the allotment on Saturdays with my brother”")
        .contains("Why it came up")
        .contains("Matches ‘allotment’");
    assertThat(browser.textOf("theme-2"))
        .contains("“Cooking for friends”", "one of their strengths");
    assertThat(browser.all(By.cssSelector("#ideas-list a[id^='connect-']"))).isNotEmpty();
    browser.fitsOnANarrowScreen();
  }

  @Test
  void aConnectionIsSentAcceptedByThePartnerAttendedAndGetsFeedback() {
    UUID id = personAllocatedTo("practitioner", "Stanley", uniqueName());
    AssetSummary befriending =
        communityAssets.forOrganisation(CommunityAssets.DEMO_BEFRIENDING_ORGANISATION_ID).get(0);
    LocalDate today = TestClock.today();

    browser.signIn("practitioner", PASSWORD);
    browser.visit("/people/" + id + "/connections/new?asset=" + befriending.id());
    browser
        .tick("method-WARM_INTRODUCTION")
        .tick("providesCare-no")
        .tick("lawfulBasis-EXPLICIT_CONSENT")
        .type("consentDateDay", String.valueOf(today.getDayOfMonth()))
        .type("consentDateMonth", String.valueOf(today.getMonthValue()))
        .type("consentDateYear", String.valueOf(today.getYear()))
        .type("consentScope", "Name and phone number, to arrange a first visit")
        .type("message", "Stanley would like company on Tuesday afternoons.")
        .press("Send");
    assertThat(browser.text()).contains("Connection saved.");
    String connection = browser.path();
    String connectionId = connection.substring(connection.lastIndexOf('/') + 1);
    browser.signOut();

    browser.signIn("partner", PASSWORD);
    assertThat(browser.path()).startsWith("/partner");
    browser.visit("/partner/connections/" + connectionId);
    assertThat(browser.text()).contains("Stanley", "company on Tuesday afternoons");
    browser.press("Accept or decline").tick("decision").press("Send response");
    assertThat(browser.text()).contains("You accepted this connection.");
    browser
        .press("Record what happened")
        .pick("status", "ATTENDED")
        .type("feedback", "Stanley came along and enjoyed the quiz.")
        .press("Save");
    assertThat(browser.text()).contains("What happened has been saved.");
    browser.signOut();

    browser.signIn("practitioner", PASSWORD).visit(connection);
    assertThat(browser.textOf("connection-status")).contains("Attended");
    assertThat(browser.text()).contains("Stanley came along and enjoyed the quiz.");

    browser.visit("/people/" + id + "/network");
    assertThat(browser.textOf("current-ecomap")).contains(befriending.name());
  }

  @Test
  void aPartnerCannotOpenAPersonsRecord() {
    UUID id = personAllocatedTo("practitioner", "Maud", uniqueName());
    browser.signIn("partner", PASSWORD).visit("/people/" + id);
    assertThat(browser.text()).doesNotContain("Maud");
    assertThat(browser.heading()).isEqualTo("You cannot see this page");
  }
}
