package org.strengths.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A team manager records supervision with a practitioner, discussing two of her people; each
 * person's chronology shows they were discussed, with the date and the manager's name, and none of
 * the supervision text. The principal social worker reads the notes; another practitioner may not.
 */
class SupervisionBrowserTest extends JourneyTest {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  @Autowired Clock clock;

  @Test
  void aManagerRecordsSupervisionDiscussingTwoPeopleAndTheirChronologyShowsItWithoutTheText() {
    String lastName = uniqueName();
    UUID first = personAllocatedTo("practitioner3", "Olive", lastName);
    UUID second = personAllocatedTo("practitioner3", "Percy", lastName);
    String values = "Olive " + lastName + " wants to keep driving; her son is frightened for her";
    LocalDate yesterday = LocalDate.now(clock).minusDays(1);

    browser.signIn("manager", PASSWORD);
    assertThat(browser.heading()).isEqualTo("My team");
    assertThat(browser.textOf("supervision-overdue"))
        .startsWith("Workers whose supervision is overdue or not yet recorded:");
    browser.follow("supervision-link");
    assertThat(browser.heading()).isEqualTo("Supervision");
    assertThat(browser.textOf("supervision-table")).contains("Grace Evans", "Overdue");
    browser.fitsOnANarrowScreen();

    browser.click(By.linkText("Grace Evans"));
    assertThat(browser.heading()).isEqualTo("Supervision with Grace Evans");
    assertThat(browser.textOf("supervision-status")).isEqualTo("Overdue");
    browser.fitsOnANarrowScreen().follow("record-supervision");
    assertThat(browser.heading()).isEqualTo("Record supervision with Grace Evans");
    browser.fitsOnANarrowScreen();

    browser.type("valuesEthics", values).press("Save supervision");
    assertThat(browser.text()).contains("There is a problem", "Enter the date of the session");
    assertThat(browser.valueOf("valuesEthics")).isEqualTo(values);

    browser
        .type("heldOnDay", String.valueOf(yesterday.getDayOfMonth()))
        .type("heldOnMonth", String.valueOf(yesterday.getMonthValue()))
        .type("heldOnYear", String.valueOf(yesterday.getYear()))
        .type("knowledge", "Percy's allotment friends visit on Thursdays")
        .type("wellbeing", "Grace is tired after a hard week")
        .type("actions-0-description", "Talk with Olive about a driving assessment")
        .type("actions-0-owner", "Grace")
        .type("actions-0-dueDay", String.valueOf(yesterday.plusDays(14).getDayOfMonth()))
        .type("actions-0-dueMonth", String.valueOf(yesterday.plusDays(14).getMonthValue()))
        .type("actions-0-dueYear", String.valueOf(yesterday.plusDays(14).getYear()));
    browser.driver().findElement(By.cssSelector("input[value='" + first + "']")).click();
    browser.driver().findElement(By.cssSelector("input[value='" + second + "']")).click();
    browser.press("Save supervision");

    assertThat(browser.text()).contains("Supervision saved", values);
    assertThat(browser.textOf("discussed-people"))
        .contains("Olive " + lastName, "Percy " + lastName);
    assertThat(browser.textOf("raised-actions")).contains("Talk with Olive about a driving");
    browser.fitsOnANarrowScreen();
    String notes = browser.path();

    for (UUID person : new UUID[] {first, second}) {
      browser.visit("/people/" + person + "/chronology");
      assertThat(browser.textOf("chronology-entries"))
          .contains("Discussed in supervision on " + DAY.format(yesterday) + " with Priya Shah");
      assertThat(browser.text())
          .doesNotContain("wants to keep driving")
          .doesNotContain("allotment friends")
          .doesNotContain("Grace is tired");
    }

    try (Browser psw = Browser.open(port)) {
      psw.signIn("psw", PASSWORD);
      psw.visit(notes);
      assertThat(psw.text()).contains(values, "Grace is tired after a hard week");
      psw.fitsOnANarrowScreen();
    }
    try (Browser colleague = Browser.open(port)) {
      colleague.signIn("practitioner", PASSWORD);
      colleague.visit(notes);
      assertThat(colleague.heading()).isEqualTo("These supervision notes are private");
      assertThat(colleague.text()).doesNotContain("wants to keep driving");
    }
  }
}
