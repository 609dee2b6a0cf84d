package org.strengths.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.strengths.access.StaffMember;
import org.strengths.conversation.ConversationTestData;
import org.strengths.testing.TestClock;

class ConversationBrowserTest extends JourneyTest {

  @Autowired ApplicationContext context;

  @Test
  void aPractitionerRecordsAConversationWithQuotesAndStrengths() {
    UUID id = personAllocatedTo("practitioner", "Ronald", uniqueName());
    browser.signIn("practitioner", PASSWORD).visit("/people/" + id);
    browser.press("Record a conversation");

    aboutTheConversation();
    browser
        .type("whatMatters-0-words", "Getting back to the bowling club on Thursdays")
        .choose("whatMatters-0-attribution", "person")
        .type("goodLife-0-words", "Seeing my grandson every weekend")
        .choose("goodLife-0-attribution", "family")
        .type("goodLife-0-attributedName", "Ellen, his daughter")
        .choose("strengths-0-kind", "interests")
        .type("strengths-0-description", "Has bowled for the county for thirty years")
        .choose("strengths-0-identifiedBy", "person")
        .press("Add another strength");

    assertThat(browser.valueOf("strengths-0-description"))
        .isEqualTo("Has bowled for the county for thirty years");
    browser
        .choose("strengths-1-kind", "relationship")
        .type("strengths-1-description", "Ellen visits every Sunday")
        .choose("strengths-1-identifiedBy", "practitioner")
        .type("actions-0-what", "Ask the club about a lift on Thursdays")
        .choose("actions-0-who", "network")
        .type("actions-0-whoName", "Ellen")
        .choose("outcome", "Progress to Assessment")
        .press("Save conversation");

    assertThat(browser.text())
        .contains(
            "Conversation saved",
            "Getting back to the bowling club on Thursdays",
            "Seeing my grandson every weekend",
            "Ellen, his daughter",
            "Has bowled for the county for thirty years",
            "Ellen visits every Sunday",
            "Ask the club about a lift on Thursdays");
    assertThat(browser.all(org.openqa.selenium.By.tagName("blockquote"))).hasSize(2);
    browser.fitsOnANarrowScreen();

    browser.visit("/people/" + id + "/conversations");
    assertThat(browser.text()).contains("Conversation 1", "Complete");
  }

  @Test
  void aLongListOfConversationsIsShownAPageAtATime() {
    UUID id = personAllocatedTo("practitioner", "Iris", uniqueName());
    StaffMember practitioner = staffAccounts.loadUserByUsername("practitioner");
    for (int week = 0; week < 26; week++) {
      ConversationTestData.completed(
          context, id, practitioner, LocalDate.of(2025, 1, 6).plusWeeks(week), "NFA - Other");
    }

    browser.signIn("practitioner", PASSWORD).visit("/people/" + id + "/conversations");
    assertThat(browser.text()).contains("Showing 1 to 25 of 26 conversations", "Conversation 26");
    browser.fitsOnANarrowScreen();

    browser.follow("conversations-next");
    assertThat(browser.text()).contains("Showing 26 to 26 of 26 conversations", "Conversation 1");
    browser.follow("conversations-previous");
    assertThat(browser.text()).contains("Showing 1 to 25 of 26 conversations");
  }

  @Test
  void theCoachFlagsServiceUserInAPractitionerNoteButNotInThePersonsOwnWords() {
    UUID id = personAllocatedTo("practitioner", "Doreen", uniqueName());
    browser.signIn("practitioner", PASSWORD).visit("/people/" + id + "/conversations/new");
    aboutTheConversation();
    browser
        .type("whatMatters-0-words", "I won't be a service user, I'm Doreen")
        .choose("whatMatters-0-attribution", "person")
        .type("analysis", "The service user would like to garden again.");

    assertThat(browser.awaitText("analysis-coach")).contains("service user");
    assertThat(browser.textOf("whatMatters-0-words-coach")).isBlank();

    browser.choose("outcome", "Progress to Assessment").press("Save conversation");

    String flags = browser.textOf("coach-flags");
    assertThat(flags).contains("“service user” in Your analysis");
    assertThat(flags).doesNotContain("What matters to me");
    assertThat(browser.text()).contains("I won't be a service user, I'm Doreen");
  }

  @Test
  void anExpiredSessionMidConversationKeepsTheTextThroughSignIn() {
    UUID id = personAllocatedTo("practitioner", "Albert", uniqueName());
    browser.signIn("practitioner", PASSWORD).visit("/people/" + id + "/conversations/new");
    aboutTheConversation();
    browser.type("goodDay", "Up early, a walk to the paper shop and a chat with Mo");

    browser.expireSession().press("Save conversation");
    assertThat(browser.heading()).isEqualTo("Sign in");
    browser.type("username", "practitioner").type("password", PASSWORD).press("Sign in");

    assertThat(browser.text()).contains("We kept what you typed");
    assertThat(browser.valueOf("goodDay"))
        .isEqualTo("Up early, a walk to the paper shop and a chat with Mo");
    assertThat(browser.valueOf("venue")).isEqualTo("His kitchen");
  }

  private void aboutTheConversation() {
    LocalDate yesterday = TestClock.today().minusDays(1);
    browser
        .type("heldOnDay", String.valueOf(yesterday.getDayOfMonth()))
        .type("heldOnMonth", String.valueOf(yesterday.getMonthValue()))
        .type("heldOnYear", String.valueOf(yesterday.getYear()))
        .tick("stage-0")
        .tick("channel-1")
        .type("venue", "His kitchen")
        .type("whoWasThere", "Ellen, his daughter");
  }
}
