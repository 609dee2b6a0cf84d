package org.strengths.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.strengths.access.StaffMember;
import org.strengths.conversation.WorkFixtures;
import org.strengths.conversation.WorkFixtures.Action;

class MyWorkBrowserTest extends JourneyTest {

  @Autowired ApplicationContext context;
  @Autowired Clock clock;

  @Test
  void aPractitionerStartsTheDayOnMyWorkAndOpensTheConversationWithAnOverdueAction() {
    LocalDate today = LocalDate.now(clock);
    String lastName = uniqueName();
    UUID id = personAllocatedTo("practitioner", "Nusrat", lastName);
    StaffMember practitioner = staffAccounts.loadUserByUsername("practitioner");
    String action = "Ring the allotment society for " + lastName;
    WorkFixtures.conversation(
        context,
        id,
        practitioner,
        today.minusDays(10),
        null,
        List.of(new Action(action, "practitioner", today.minusDays(2))));

    browser.signIn("practitioner", PASSWORD);

    assertThat(browser.heading()).isEqualTo("My work");
    assertThat(browser.text()).contains(action, "Overdue", "Nusrat " + lastName);
    assertThat(browser.driver().findElement(By.cssSelector(".app-navigation-count")).getText())
        .matches("\\d+");
    browser.fitsOnANarrowScreen();

    browser.click(By.linkText(action));

    assertThat(browser.path()).startsWith("/people/" + id + "/conversations/");
    assertThat(browser.text()).contains(action);
  }

  @Test
  void aTeamManagerSeesADecisionWaitingAndOpensItsSignOff() {
    LocalDate today = LocalDate.now(clock);
    String lastName = uniqueName();
    UUID id = personAllocatedTo("practitioner", "Harold", lastName);
    StaffMember practitioner = staffAccounts.loadUserByUsername("practitioner");
    UUID conversation =
        WorkFixtures.conversation(context, id, practitioner, today.minusDays(10), null, List.of());
    UUID assessment = WorkFixtures.submittedForSignOff(context, id, conversation, practitioner);

    browser.signIn("manager", PASSWORD);

    assertThat(browser.heading()).isEqualTo("My team");
    assertThat(browser.text()).contains("Harold " + lastName, "Eligibility decisions to sign off");
    browser.fitsOnANarrowScreen();

    browser.click(
        By.cssSelector(
            "a[href='/people/" + id + "/assessments/" + assessment + "/eligibility/sign-off']"));

    assertThat(browser.path())
        .isEqualTo("/people/" + id + "/assessments/" + assessment + "/eligibility/sign-off");
  }
}
