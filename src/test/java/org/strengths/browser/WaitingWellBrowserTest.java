package org.strengths.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Waiting well: the team manager triages someone waiting for a first conversation, the worker logs
 * a keep-in-touch contact that moves the next date on, and the demo council's urgent person whose
 * contact is overdue shows as escalated on the list and on the manager's home.
 */
class WaitingWellBrowserTest extends JourneyTest {

  @Autowired Clock clock;

  @Test
  void aManagerTriagesAWaitingPersonAWorkerLogsAContactAndTheOverduePersonShows() {
    String lastName = uniqueName();
    UUID wren = personAllocatedTo("practitioner", "Wren", lastName);
    LocalDate today = LocalDate.now(clock);

    browser.signIn("manager", PASSWORD);
    assertThat(browser.textOf("waiting-escalated")).isEqualTo("Keep-in-touch contacts overdue");
    browser.fitsOnANarrowScreen();
    browser.click(By.linkText("See everyone waiting"));
    assertThat(browser.heading()).isEqualTo("People waiting");
    assertThat(browser.textOf("waiting-list"))
        .contains("days overdue", "Escalated to the team manager");
    browser.fitsOnANarrowScreen();

    browser.click(By.linkText("Wren " + lastName));
    assertThat(browser.heading()).isEqualTo("Waiting well");
    assertThat(browser.textOf("needs-triage")).startsWith("Triage this person first");
    browser.fitsOnANarrowScreen();
    browser.type("everyDays", "5").press("Save triage");
    assertThat(browser.text()).contains("There is a problem", "Select how soon", "Enter why");
    assertThat(browser.valueOf("everyDays")).isEqualTo("5");
    browser.checkAccessible();
    browser
        .pick("level", "URGENT")
        .type("reason", "Lives alone; her carer has gone into hospital")
        .press("Save triage");
    assertThat(browser.textOf("saved-message")).isEqualTo("Triage saved");
    assertThat(browser.textOf("current-level")).isEqualTo("Urgent");
    assertThat(browser.textOf("triage-history")).contains("Priya Shah", "Every 5 days");
    browser.fitsOnANarrowScreen().signOut();

    browser.signIn("practitioner", PASSWORD);
    browser.visit("/people/" + wren + "/waiting");
    LocalDate yesterday = today.minusDays(1);
    browser
        .type("contactedOnDay", String.valueOf(yesterday.getDayOfMonth()))
        .type("contactedOnMonth", String.valueOf(yesterday.getMonthValue()))
        .type("contactedOnYear", String.valueOf(yesterday.getYear()))
        .press("Save contact");
    assertThat(browser.text()).contains("Select how you were in touch", "Enter what was said");
    assertThat(browser.valueOf("contactedOnDay"))
        .isEqualTo(String.valueOf(yesterday.getDayOfMonth()));
    browser.checkAccessible();
    browser
        .pick("how", "PHONE")
        .type("said", "Her neighbour is calling in each morning until her carer is home")
        .pick("changed", "no")
        .press("Save contact");
    assertThat(browser.textOf("saved-message")).startsWith("Contact saved");
    assertThat(browser.textOf("contact-log"))
        .contains("Phone", "Sam Okafor", "Her neighbour is calling in each morning");
    assertThat(browser.textOf("next-contact"))
        .isEqualTo(org.strengths.platform.Display.dateOf(yesterday.plusDays(5)));
    browser.fitsOnANarrowScreen();

    browser.visit("/waiting");
    assertThat(
            browser
                .driver()
                .findElement(By.cssSelector("tr[data-person='" + wren + "']"))
                .getText())
        .contains("Urgent", "Lives alone");
    browser.fitsOnANarrowScreen();
  }
}
