package org.strengths.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.strengths.testing.RecordFixtures;
import org.strengths.testing.TestClock;

class PersonRecordBrowserTest extends JourneyTest {

  @Autowired JdbcClient jdbc;

  @Test
  void aPractitionerReadsThePersonsSummaryAndMovesThroughTheRecordByKeyboardAlone() {
    RecordFixtures fixtures = new RecordFixtures(jdbc, people);
    var practitioner = staffAccounts.loadUserByUsername("practitioner");
    RecordFixtures.Person person = fixtures.person("Nusrat", practitioner);
    LocalDate today = TestClock.today();
    fixtures.conversation(
        person.id(),
        1,
        today.minusDays(14),
        List.of("Getting back to the allotment"),
        "Mia: Cooking my own tea again",
        List.of("Grows prize leeks"),
        List.of(new RecordFixtures.Action("Ring the allotment society", "person", today)),
        today.plusDays(14));
    fixtures.relationship(person.id(), "Mia", "FAMILY", true);
    fixtures.relationship(person.id(), "Leeds Grand Mosque", "FAITH", true);
    fixtures.agreedPlan(
        person.id(),
        "Go to the mosque on Fridays",
        today.minusDays(10),
        "PARTLY",
        "Most Fridays now",
        today.plusMonths(10),
        today.plusMonths(11));
    fixtures.connection(person.id(), "Chapeltown Allotment Society", "ACCEPTED", practitioner);

    browser.signIn("practitioner", PASSWORD).visit("/people/" + person.id());
    browser.fitsOnANarrowScreen();
    assertThat(browser.text())
        .containsSubsequence(
            "Getting back to the allotment",
            "Said by " + person.displayName(),
            "Grows prize leeks",
            "2 relationships",
            "Go to the mosque on Fridays",
            "Ring the allotment society",
            "Next review",
            "Chapeltown Allotment Society");

    List<String> navigation = tabThroughTheSideNavigation();
    assertThat(navigation)
        .containsSubsequence(
            "record-summary-link",
            "conversations-link",
            "network-link",
            "connections-link",
            "plan-link",
            "history-link",
            "chronology-link",
            "online-access-link");
    assertThat(focused().getText()).isEqualTo("Online access");
    assertThat(tabUntil("summary-network-link").getText())
        .as("after the navigation, the summary, card by card")
        .isEqualTo("See relationships and the ecomap");

    for (String part :
        List.of(
            "history-link",
            "chronology-link",
            "conversations-link",
            "network-link",
            "plan-link",
            "connections-link")) {
      startFromTheTop();
      tabUntil(part);
      pressEnter();
      assertThat(browser.driver().findElement(By.id(part)).getAttribute("aria-current"))
          .as(part)
          .isEqualTo("page");
      browser.fitsOnANarrowScreen();
    }
  }

  @Test
  void aPractitionerRecordsADateOfDeathAndTheRecordSaysSoAtTheTopThenRemovesOneRecordedInError() {
    String lastName = uniqueName();
    UUID person = personAllocatedTo("practitioner", "Edith", lastName);

    browser.signIn("practitioner", PASSWORD).visit("/people/" + person);
    browser.follow("record-death");
    assertThat(browser.heading()).isEqualTo("Record a date of death");
    browser.fitsOnANarrowScreen();
    browser.type("diedOnDay", "3").type("diedOnMonth", "5").type("diedOnYear", "2027");
    browser.press("Save date of death");

    assertThat(browser.text())
        .contains("There is a problem", "Date of death must be today or in the past");
    assertThat(browser.valueOf("diedOnYear")).isEqualTo("2027");
    browser.fitsOnANarrowScreen();

    browser.type("diedOnYear", "2026").press("Save date of death");

    assertThat(browser.heading()).isEqualTo("Edith " + lastName);
    assertThat(browser.text()).contains("Date of death saved", "Died on 3 May 2026");
    browser.fitsOnANarrowScreen();

    // It was the wrong person: remove it, with a reason.
    browser.follow("remove-death");
    assertThat(browser.heading()).isEqualTo("Remove the date of death");
    assertThat(browser.text()).contains("The record says this person died on 3 May 2026");
    browser.fitsOnANarrowScreen();
    browser.press("Remove date of death");

    assertThat(browser.text())
        .contains("There is a problem", "Enter why you are removing the date of death");
    browser.fitsOnANarrowScreen();

    browser.type("reason", "Recorded on the wrong person's record").press("Remove date of death");

    assertThat(browser.heading()).isEqualTo("Edith " + lastName);
    assertThat(browser.text())
        .contains("Date of death removed", "Record a date of death")
        .doesNotContain("Died on 3 May 2026");
    browser.visit("/people/" + person + "/chronology");
    assertThat(browser.text())
        .contains("Date of death removed: Recorded on the wrong person's record");
  }

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

  /** Tabs from the top of the page through the side navigation, returning the links in order. */
  private List<String> tabThroughTheSideNavigation() {
    startFromTheTop();
    tabUntil("record-summary-link");
    assertThat(focused().getAttribute("aria-current")).isEqualTo("page");
    List<String> ids = new ArrayList<>();
    ids.add(focused().getAttribute("id"));
    List<WebElement> links = browser.all(By.cssSelector("#record-navigation a"));
    for (int i = 1; i < links.size(); i++) {
      ids.add(tab().getAttribute("id"));
    }
    return ids;
  }

  /** Loads the page afresh, so the first Tab goes to the skip link as on arrival. */
  private void startFromTheTop() {
    browser.driver().navigate().refresh();
    new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
        .until(
            d ->
                "complete"
                    .equals(
                        ((org.openqa.selenium.JavascriptExecutor) d)
                            .executeScript("return document.readyState")));
  }

  private WebElement tabUntil(String id) {
    for (int i = 0; i < 60; i++) {
      WebElement now = tab();
      if (id.equals(now.getAttribute("id"))) {
        return now;
      }
    }
    throw new AssertionError("Tab never reached #" + id + " on " + browser.path());
  }

  private WebElement tab() {
    new org.openqa.selenium.interactions.Actions(browser.driver()).sendKeys(Keys.TAB).perform();
    return focused();
  }

  private WebElement focused() {
    return browser.driver().switchTo().activeElement();
  }

  private void pressEnter() {
    WebElement oldPage = browser.driver().findElement(By.tagName("html"));
    new org.openqa.selenium.interactions.Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
    var wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(15));
    wait.until(ExpectedConditions.stalenessOf(oldPage));
    wait.until(
        d ->
            "complete"
                .equals(
                    ((org.openqa.selenium.JavascriptExecutor) d)
                        .executeScript("return document.readyState")));
    browser.checkAccessible();
  }
}
