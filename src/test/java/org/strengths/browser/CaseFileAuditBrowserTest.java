package org.strengths.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.strengths.access.Role;
import org.strengths.access.StaffMember;
import org.strengths.access.Teams;

/**
 * A monthly random audit of a team: the principal social worker sets it up from a recorded number;
 * Tom Reid audits a record with the evidence beside each question and writes feedback; Daniel
 * Hughes moderates and sees where he differs; the worker reads the feedback and answers it; the
 * audit is closed and the themes show the low score.
 */
class CaseFileAuditBrowserTest extends JourneyTest {

  @Autowired Teams teams;

  @Test
  void aMonthlyRandomAuditOfATeamIsAuditedWithTheEvidenceModeratedFedBackAndAnswered() {
    String name = uniqueName();
    UUID team = teams.add("Team " + name);
    staffAccounts.addDemoAccount(
        "w" + name.toLowerCase(), "Willa " + name, Role.PRACTITIONER, team, null);
    StaffMember worker = staffAccounts.loadUserByUsername("w" + name.toLowerCase());
    personAllocatedTo(worker.getUsername(), "Iris", name);
    personAllocatedTo(worker.getUsername(), "Jude", name);
    StaffMember tom = staffAccounts.loadUserByUsername("practitioner2");
    StaffMember daniel = staffAccounts.loadUserByUsername("manager2");

    browser.signIn("psw", PASSWORD);
    browser.visit("/audits");
    assertThat(browser.heading()).isEqualTo("Case-file audits");
    browser.fitsOnANarrowScreen().follow("new-audit");
    assertThat(browser.heading()).isEqualTo("Set up a case-file audit");
    browser.press("Set up the audit");
    assertThat(browser.text()).contains("There is a problem", "Choose a template");
    browser
        .choose("template", "5b0a7d1e-0140-4000-8000-000000000001")
        .choose("team", team.toString())
        .type("month", "2026-06")
        .type("size", "1")
        .type("seed", "11")
        .choose("auditor", tom.id().toString())
        .choose("moderator", daniel.id().toString())
        .fitsOnANarrowScreen()
        .press("Set up the audit");
    assertThat(browser.text())
        .contains("The audit is set up", "1 of the team's 2 records, drawn from the number 11")
        .doesNotContain("Iris " + name)
        .doesNotContain("Jude " + name);
    browser.fitsOnANarrowScreen();
    String audit = browser.path();

    try (Browser auditor = Browser.open(port)) {
      auditor.signIn("practitioner2", PASSWORD);
      auditor.visit(audit);
      auditor.click(By.partialLinkText("Audit"));
      assertThat(auditor.heading()).startsWith("Audit of the record of ");
      assertThat(auditor.textOf("evidence-1")).contains("Quotes in the person's own words: 0");
      assertThat(auditor.textOf("evidence-11")).contains("No conversation has been completed.");
      auditor.fitsOnANarrowScreen();
      for (int q = 1; q <= 11; q++) {
        auditor.pick("score[" + q + "]", q == 1 ? "2" : "3");
      }
      auditor.press("Save scores");
      assertThat(auditor.text()).contains("There is a problem", "Say why the score is 1 or 2");
      auditor
          .type("narrative-1", "Nothing in the person's own words yet")
          .type("feedback", "Please record what matters to the person in their own words.")
          .press("Save scores");
      assertThat(auditor.text()).contains("Your scores are saved");
      String record = auditor.path();

      try (Browser moderator = Browser.open(port)) {
        moderator.signIn("manager2", PASSWORD);
        moderator.visit(record);
        assertThat(moderator.textOf("auditor-score-1")).contains("2 Requires improvement");
        for (int q = 1; q <= 11; q++) {
          moderator.pick("score[" + q + "]", q == 1 ? "1" : "3");
        }
        moderator.type("narrative-1", "No quotes at all").press("Save scores");
        assertThat(moderator.textOf("differences")).contains("Question 1: auditor 2, moderator 1");
        moderator.fitsOnANarrowScreen();
      }
    }

    try (Browser practitioner = Browser.open(port)) {
      practitioner.signIn(worker.getUsername(), PASSWORD);
      practitioner.visit("/audits");
      practitioner.fitsOnANarrowScreen();
      practitioner.click(By.partialLinkText("Read the feedback"));
      assertThat(practitioner.textOf("feedback-text"))
          .contains("Please record what matters to the person");
      assertThat(practitioner.textOf("scores-table")).contains("1 Inadequate (moderated)");
      practitioner
          .type("response", "Thank you, I will quote her at our next conversation.")
          .press("Save your response");
      assertThat(practitioner.text())
          .contains("Your response is saved", "I will quote her at our next conversation");
      practitioner.fitsOnANarrowScreen();
    }

    browser.visit(audit);
    browser.press("Close the audit");
    assertThat(browser.textOf("audit-status")).isEqualTo("Closed");
    browser.visit("/audits/themes");
    assertThat(browser.textOf("themes-table")).contains("Team " + name);
    browser.fitsOnANarrowScreen();
  }
}
