package org.strengths.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.strengths.access.StaffMember;
import org.strengths.assessment.AssessmentFixtures;
import org.strengths.community.CommunityAssets;
import org.strengths.conversation.WorkFixtures;
import org.strengths.conversation.WorkFixtures.Action;
import org.strengths.platform.ApplicationClock;

/**
 * The practitioner's day driven from My work, and the team manager's sign-off from their home. Each
 * journey makes its own person (the browser tests share one app and database), so they run in any
 * order.
 */
class MyWorkBrowserTest extends JourneyTest {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  @Autowired ApplicationContext context;
  @Autowired Clock clock;
  @Autowired CommunityAssets assets;

  @Test
  void aPractitionerActsOnAnOverdueActionByRecordingTheFollowUpConversation() {
    LocalDate today = LocalDate.now(clock);
    String lastName = uniqueName();
    UUID id = personAllocatedTo("practitioner", "Nusrat", lastName);
    StaffMember practitioner = staffAccounts.loadUserByUsername("practitioner");
    String action = "Ring the allotment society for " + lastName;
    LocalDate due = today.minusDays(2);
    WorkFixtures.conversation(
        context,
        id,
        practitioner,
        today.minusDays(10),
        null,
        List.of(new Action(action, "practitioner", due)));

    browser.signIn("practitioner", PASSWORD);

    assertThat(browser.heading()).isEqualTo("My work");
    assertThat(browser.textOf("actions-table")).contains(action, "Overdue", "Nusrat " + lastName);
    assertThat(browser.driver().findElement(By.cssSelector(".app-navigation-count")).getText())
        .matches("\\d+");
    browser.fitsOnANarrowScreen();

    browser.click(By.linkText(action));

    assertThat(browser.path()).startsWith("/people/" + id + "/conversations/");
    assertThat(browser.text()).contains(action, DAY.format(due));

    browser.follow("back-to-conversations").follow("record-conversation");
    LocalDate yesterday = today.minusDays(1);
    browser
        .type("heldOnDay", String.valueOf(yesterday.getDayOfMonth()))
        .type("heldOnMonth", String.valueOf(yesterday.getMonthValue()))
        .type("heldOnYear", String.valueOf(yesterday.getYear()))
        .tick("stage-0")
        .tick("channel-1")
        .type("whoWasThere", "Just us, on the phone")
        .type("whatMatters-0-words", "The allotment society has a plot free in the spring")
        .choose("whatMatters-0-attribution", "person")
        .choose("outcome", "Progress to Assessment")
        .press("Save conversation");
    assertThat(browser.text())
        .contains("Conversation saved", "The allotment society has a plot free in the spring");

    browser.visit("/");
    assertThat(browser.heading()).isEqualTo("My work");
    assertThat(browser.text()).doesNotContain(action);
  }

  @Test
  void aPractitionerFinishesADraftFromMyWork() {
    LocalDate today = LocalDate.now(clock);
    String lastName = uniqueName();
    UUID id = personAllocatedTo("practitioner", "Winifred", lastName);
    StaffMember practitioner = staffAccounts.loadUserByUsername("practitioner");
    UUID draft = WorkFixtures.draft(context, id, practitioner, today.minusDays(3));
    String link = "/people/" + id + "/conversations/" + draft + "/edit";

    browser.signIn("practitioner", PASSWORD);
    assertThat(browser.textOf("drafts-table")).contains("Winifred " + lastName);

    browser.click(By.cssSelector("#drafts-table a[href='" + link + "']"));

    assertThat(browser.path()).isEqualTo(link);
    assertThat(browser.valueOf("whatMatters-0-words")).isEqualTo("Getting back to the allotment");
    browser.choose("outcome", "Progress to Assessment").press("Save conversation");
    assertThat(browser.text()).contains("Conversation saved", "Getting back to the allotment");

    browser.visit("/");
    assertThat(browser.all(By.cssSelector("a[href='" + link + "']"))).isEmpty();
    assertThat(tableText("drafts-table")).doesNotContain("Winifred " + lastName);
  }

  @Test
  void aPractitionerAnswersAPartnersMessageFromMyWork() {
    String lastName = uniqueName();
    UUID id = personAllocatedTo("practitioner", "Clement", lastName);
    StaffMember practitioner = staffAccounts.loadUserByUsername("practitioner");
    StaffMember partner = staffAccounts.loadUserByUsername("partner");
    UUID asset =
        assets.forOrganisation(CommunityAssets.DEMO_BEFRIENDING_ORGANISATION_ID).get(0).id();
    String question = "Could our volunteer visit " + lastName + " on Tuesday at 2pm?";
    UUID connection =
        ApplicationClock.at(
            clock.instant().minus(Duration.ofDays(3)),
            () -> org.strengths.connection.WorkFixtures.send(context, id, asset, practitioner));
    ApplicationClock.at(
        clock.instant().minus(Duration.ofDays(1)),
        () ->
            org.strengths.connection.WorkFixtures.message(
                context, connection, question, true, partner));
    String link = "/people/" + id + "/connections/" + connection;

    browser.signIn("practitioner", PASSWORD);
    assertThat(browser.textOf("replies-table")).contains("Clement " + lastName);

    browser.click(By.cssSelector("#replies-table a[href='" + link + "']"));

    assertThat(browser.path()).isEqualTo(link);
    assertThat(browser.textOf("message-thread")).contains(question);
    String answer = "Tuesday at 2pm suits " + lastName + "; the side door is easier.";
    browser.type("reply", answer).follow("send-reply");
    assertThat(browser.textOf("message-thread")).contains(question, answer);

    browser.visit("/");
    assertThat(browser.all(By.cssSelector("a[href='" + link + "']"))).isEmpty();
    assertThat(tableText("replies-table")).doesNotContain("Clement " + lastName);
  }

  @Test
  void aPractitionerOpensAnOverdueReviewFromMyWorkAndRecordsIt() {
    LocalDate today = LocalDate.now(clock);
    String lastName = uniqueName();
    UUID id = personAllocatedTo("practitioner", "Dorothy", lastName);
    StaffMember practitioner = staffAccounts.loadUserByUsername("practitioner");
    org.strengths.planning.WorkFixtures.agreedPlan(context, id, practitioner, today.minusDays(200));
    String link = "/people/" + id + "/plan/reviews/new";

    browser.signIn("practitioner", PASSWORD);
    assertThat(browser.textOf("reviews-table")).contains("Dorothy " + lastName, "Overdue");

    browser.click(By.cssSelector("#reviews-table a[href='" + link + "']"));

    assertThat(browser.path()).isEqualTo(link);
    assertThat(browser.heading()).isEqualTo("Review of the plan");
    assertThat(browser.text()).contains("Dorothy " + lastName);
    browser.fitsOnANarrowScreen();

    LocalDate yesterday = today.minusDays(1);
    browser
        .type("working", "The lunch club twice a week; she looks forward to it.")
        .type("notWorking", "Getting there when it rains.")
        .type("heldDay", String.valueOf(yesterday.getDayOfMonth()))
        .type("heldMonth", String.valueOf(yesterday.getMonthValue()))
        .type("heldYear", String.valueOf(yesterday.getYear()))
        .pick("reason", "PLANNED")
        .pick("method", "PERSON_ONLY")
        .pick("packageChanged", "no")
        .follow("record-review-button");
    assertThat(browser.path()).isEqualTo("/people/" + id + "/plan/progress");

    browser.visit("/");
    assertThat(browser.all(By.cssSelector("a[href='" + link + "']"))).isEmpty();
    assertThat(tableText("reviews-table")).doesNotContain("Dorothy " + lastName);
  }

  /** The text of a table on the page, or nothing where the page shows no such table. */
  private String tableText(String id) {
    return browser.all(By.id(id)).stream().map(table -> table.getText()).findFirst().orElse("");
  }

  @Test
  void aTeamManagerSignsOffAnEligibilityDecisionFromTheirHome() {
    LocalDate today = LocalDate.now(clock);
    String lastName = uniqueName();
    UUID id = personAllocatedTo("practitioner", "Harold", lastName);
    StaffMember practitioner = staffAccounts.loadUserByUsername("practitioner");
    UUID conversation =
        WorkFixtures.conversation(context, id, practitioner, today.minusDays(10), null, List.of());
    UUID assessment =
        AssessmentFixtures.submittedForSignOff(context, id, conversation, practitioner);
    String link = "/people/" + id + "/assessments/" + assessment + "/eligibility/sign-off";

    browser.signIn("manager", PASSWORD);

    assertThat(browser.heading()).isEqualTo("My team");
    assertThat(browser.text()).contains("Eligibility decisions to sign off");
    assertThat(browser.textOf("eligibility-table")).contains("Harold " + lastName);
    browser.fitsOnANarrowScreen();

    browser.click(By.cssSelector("#eligibility-table a[href='" + link + "']"));

    assertThat(browser.path()).isEqualTo(link);
    browser.tick("review").press("Confirm");
    assertThat(browser.text()).contains("Eligibility determination signed off");

    browser.visit("/");
    assertThat(browser.heading()).isEqualTo("My team");
    assertThat(browser.all(By.cssSelector("a[href='" + link + "']"))).isEmpty();
    assertThat(tableText("eligibility-table")).doesNotContain("Harold " + lastName);
  }
}
