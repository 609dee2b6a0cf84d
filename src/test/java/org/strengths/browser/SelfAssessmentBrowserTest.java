package org.strengths.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A practitioner assesses herself against the statements, linking a supervision session of hers as
 * evidence and setting a development goal; her team manager reads it and sees the team's capability
 * heatmap; a colleague may not read it.
 */
class SelfAssessmentBrowserTest extends JourneyTest {

  private static final String PERSON_CENTRED = "5a1e0000-0000-4000-8000-000000000002";

  @Autowired Clock clock;

  @Test
  void aPractitionerLinksEvidenceToHerSelfAssessmentHerManagerReadsItAndSeesTheHeatmap() {
    String goal = "Lead a strengths-based review on my own " + uniqueName();
    LocalDate byWhen = LocalDate.now(clock).plusMonths(3);

    browser.signIn("practitioner3", PASSWORD);
    browser.visit("/development");
    assertThat(browser.heading()).isEqualTo("Development: Grace Evans");
    assertThat(browser.textOf("assessments-table")).contains("of 14");
    browser.fitsOnANarrowScreen().follow("add-learning");
    assertThat(browser.heading()).isEqualTo("Add learning: Grace Evans");
    browser.fitsOnANarrowScreen().press("Save learning");
    assertThat(browser.text()).contains("There is a problem", "Choose the kind of learning");
    browser.visit("/development").follow("start-self-assessment");
    assertThat(browser.heading()).isEqualTo("Self-assessment: Grace Evans");
    browser.fitsOnANarrowScreen();

    browser.tick("rating-" + PERSON_CENTRED + "-4");
    WebElement session =
        browser
            .driver()
            .findElement(
                By.cssSelector(
                    "input[name='evidence'][value^='" + PERSON_CENTRED + "/SUPERVISION:']"));
    session.findElement(By.xpath("ancestor::details/summary")).click();
    browser.tick(session.getAttribute("id"));
    browser
        .type("goals-0-goal", goal)
        .type("goals-0-actions", "Shadow Sam at two reviews, then lead one")
        .type("goals-0-byDay", String.valueOf(byWhen.getDayOfMonth()))
        .type("goals-0-byMonth", String.valueOf(byWhen.getMonthValue()))
        .type("goals-0-byYear", String.valueOf(byWhen.getYear()))
        .press("Save self-assessment");

    assertThat(browser.text())
        .contains("Your self-assessment has been saved", goal, "Supervision on");
    assertThat(browser.textOf("ratings-table")).contains("Can support others");
    browser.fitsOnANarrowScreen();
    String assessment = browser.path();

    try (Browser manager = Browser.open(port)) {
      manager.signIn("manager", PASSWORD);
      manager.visit(assessment);
      assertThat(manager.text()).contains(goal, "Supervision on", "Can support others");
      manager.fitsOnANarrowScreen();
      manager.visit("/development");
      assertThat(manager.heading()).isEqualTo("Team capability: North locality");
      assertThat(manager.textOf("capability-table"))
          .contains("Grace Evans", "Sam Okafor", "4 Can support others");
      assertThat(manager.textOf("capability-key")).contains("1 Not yet confident");
      manager.fitsOnANarrowScreen();
    }
    try (Browser psw = Browser.open(port)) {
      psw.signIn("psw", PASSWORD);
      psw.visit("/development/statements");
      assertThat(psw.textOf("statements-table")).contains("Person-centred practice", "Not loaded");
      psw.fitsOnANarrowScreen().visit("/development/statements/" + PERSON_CENTRED);
      psw.fitsOnANarrowScreen();
    }
    try (Browser colleague = Browser.open(port)) {
      colleague.signIn("practitioner", PASSWORD);
      colleague.visit(assessment);
      assertThat(colleague.heading()).isEqualTo("This development record is private");
      assertThat(colleague.text()).doesNotContain(goal);
    }
  }
}
