package org.strengths.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class BreakGlassBrowserTest extends JourneyTest {

  @Test
  void aPractitionerFromAnotherTeamBreaksTheGlassAndTheTeamManagerReviewsIt() {
    String lastName = uniqueName();
    UUID id = personAllocatedTo("practitioner", "Harold", lastName);

    browser.signIn("practitioner2", PASSWORD).visit("/people/" + id);
    assertThat(browser.heading())
        .isEqualTo("You don't have a working relationship with this person");
    assertThat(browser.text()).doesNotContain(lastName);

    browser.type("reason", "Urgent").press("Use break-glass access");
    assertThat(browser.text()).contains("Reason must be at least 10 characters");
    assertThat(browser.valueOf("reason")).isEqualTo("Urgent");

    browser
        .type("reason", "Called by A&E out of hours; his allocated worker is not available")
        .press("Use break-glass access");
    assertThat(browser.heading()).isEqualTo("Harold " + lastName);

    try (Browser manager = Browser.open(port)) {
      manager.signIn("manager", PASSWORD).visit("/break-glass-reviews");
      assertThat(manager.text()).contains("Harold " + lastName, "Called by A&E out of hours");
      manager
          .driver()
          .findElement(
              org.openqa.selenium.By.xpath(
                  "//tr[contains(., '"
                      + lastName
                      + "')]//a[starts-with(normalize-space(), 'Review')]"))
          .click();
      manager.checkAccessible().press("Acknowledge");
      assertThat(manager.text()).contains("Break-glass access acknowledged.");

      manager.visit("/people/" + id + "/audit-trail");
      assertThat(manager.heading()).isEqualTo("Who has looked at this record");
      assertThat(manager.text()).contains("Tom Reid");
    }
  }

  @Test
  void anAnalystCannotSeeIdentifiableRecords() {
    UUID id = personAllocatedTo("practitioner", "Ivy", uniqueName());

    browser.signIn("analyst", PASSWORD).visit("/people/" + id);

    assertThat(browser.heading()).isEqualTo("You cannot see this page");
  }
}
