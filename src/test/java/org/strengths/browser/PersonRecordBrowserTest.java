package org.strengths.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class PersonRecordBrowserTest extends JourneyTest {

  @Test
  void aPractitionerFixesABadNhsNumberWithoutRetypingAnything() {
    String lastName = uniqueName();
    browser.signIn("practitioner", PASSWORD).visit("/people/new");
    browser
        .type("firstName", "Margaret")
        .type("lastName", lastName)
        .type("dateOfBirthDay", "12")
        .type("dateOfBirthMonth", "3")
        .type("dateOfBirthYear", "1948")
        .type("nhsNumber", "943 476 5918")
        .type("postcode", "ls6 3ab")
        .type("communicationNeeds", "Prefers calls in the morning")
        .press("Add this person");

    assertThat(browser.text()).contains("There is a problem", "Enter a valid NHS number");
    assertThat(browser.title()).startsWith("Error: ");
    assertThat(browser.valueOf("lastName")).isEqualTo(lastName);
    assertThat(browser.valueOf("communicationNeeds")).isEqualTo("Prefers calls in the morning");

    browser.type("nhsNumber", "943 476 5919").press("Add this person");
    if (browser.heading().equals("This person may already have a record")) {
      browser.press("Carry on and add this person");
    }

    assertThat(browser.heading()).isEqualTo("Margaret " + lastName);
    assertThat(browser.text()).contains("Person added", "943 476 5919", "LS6 3AB");
    browser.fitsOnANarrowScreen();
  }

  @Test
  void aLikelyDuplicateIsShownBeforeSavingAndTheUserCanCarryOn() {
    String lastName = uniqueName();
    UUID existing = personAllocatedTo("practitioner", "John", lastName);

    browser.signIn("practitioner", PASSWORD).visit("/people/new");
    browser
        .type("firstName", "Jon")
        .type("lastName", lastName)
        .type("dateOfBirthDay", "12")
        .type("dateOfBirthMonth", "03")
        .type("dateOfBirthYear", "1948")
        .press("Add this person");

    assertThat(browser.heading()).isEqualTo("This person may already have a record");
    assertThat(browser.text()).contains("John " + lastName, "Similar name and same date of birth");
    assertThat(
            browser.all(org.openqa.selenium.By.cssSelector("a[href='/people/" + existing + "']")))
        .isNotEmpty();

    browser.press("Carry on and add this person");
    assertThat(browser.heading()).isEqualTo("Jon " + lastName);
  }

  @Test
  void aSecondSaveOfTheSamePersonShowsBothVersionsInsteadOfOverwriting() {
    String lastName = uniqueName();
    UUID id = personAllocatedTo("practitioner", "Edith", lastName);

    try (Browser manager = Browser.open(port)) {
      browser.signIn("practitioner", PASSWORD).visit("/people/" + id + "/edit");
      manager.signIn("manager", PASSWORD).visit("/people/" + id + "/edit");

      browser.type("phone", "0113 496 0000").press("Save changes");
      assertThat(browser.text()).contains("Details saved");

      manager.type("phone", "0113 496 0999").press("Save changes");
      assertThat(manager.text())
          .contains(
              "These details were changed by Sam Okafor", "Their saved version", "0113 496 0000");
      assertThat(manager.valueOf("phone")).isEqualTo("0113 496 0999");

      manager.press("Save changes");
      assertThat(manager.text()).contains("Details saved", "0113 496 0999");
      manager.follow("history-link");
      assertThat(manager.text()).contains("0113 496 0000"); // the history keeps the earlier value
    }
  }

  @Test
  void anExpiredSessionKeepsWhatWasTypedThroughSignIn() {
    String lastName = uniqueName();
    browser.signIn("practitioner", PASSWORD).visit("/people/new");
    browser
        .type("firstName", "Winifred")
        .type("lastName", lastName)
        .type("communicationNeeds", "A long note written over half an hour");

    browser.expireSession().press("Add this person");
    assertThat(browser.heading()).isEqualTo("Sign in");
    assertThat(browser.text()).contains("we kept what you were writing");

    browser.type("username", "practitioner").type("password", PASSWORD).press("Sign in");
    assertThat(browser.path()).startsWith("/people/new");
    assertThat(browser.text()).contains("We kept what you typed");
    assertThat(browser.valueOf("lastName")).isEqualTo(lastName);
    assertThat(browser.valueOf("communicationNeeds"))
        .isEqualTo("A long note written over half an hour");
  }
}
