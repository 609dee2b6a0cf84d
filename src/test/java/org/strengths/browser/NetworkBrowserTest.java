package org.strengths.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.strengths.testing.TestClock;

class NetworkBrowserTest extends JourneyTest {

  private record Relationship(
      String label, String kind, String strength, String stressful, String direction) {}

  private static final Relationship[] TEN = {
    new Relationship("Ellen", "FAMILY", "STRONG", "no", "BOTH_WAYS"),
    new Relationship("Mo at the paper shop", "NEIGHBOUR", "ORDINARY", "no", "TO_PERSON"),
    new Relationship("Harehills bowling club", "COMMUNITY_GROUP", "STRONG", "no", "BOTH_WAYS"),
    new Relationship("St Aidan's church", "FAITH", "TENUOUS", "no", "TO_PERSON"),
    new Relationship("Dr Khan", "PROFESSIONAL", "ORDINARY", "no", "TO_PERSON"),
    new Relationship("Home care team", "PAID_CARER", "ORDINARY", "yes", "TO_PERSON"),
    new Relationship("Brother Frank", "FAMILY", "TENUOUS", "yes", "FROM_PERSON"),
    new Relationship("Potternewton Park", "PLACE", "STRONG", "no", "TO_PERSON"),
    new Relationship("Biscuit the dog", "PET", "STRONG", "no", "BOTH_WAYS"),
    new Relationship("Old friend Sylvia", "FRIEND", "TENUOUS", "no", "BOTH_WAYS"),
  };

  @Autowired JdbcClient jdbc;

  @Test
  void aPractitionerDrawsTenRelationshipsEditsOneAndComparesTwoDates() {
    UUID id = personAllocatedTo("practitioner", "Ronald", uniqueName());
    browser.signIn("practitioner", PASSWORD).visit("/people/" + id);
    browser.follow("network-link");
    assertThat(browser.text()).contains("No relationships have been recorded yet.");

    for (Relationship relationship : TEN) {
      add(relationship);
    }
    assertThat(browser.all(By.cssSelector("#current-ecomap svg a"))).hasSize(10);
    assertThat(browser.textOf("summary-total")).contains("10");
    String words = browser.textOf("current-ecomap");
    assertThat(words)
        .contains(
            "Ellen (family): strong, support goes both ways",
            "Brother Frank",
            "stressful",
            "Biscuit the dog");
    browser.fitsOnANarrowScreen();

    drawnAMonthAgo(id);
    browser.click(By.cssSelector("#current-ecomap a[aria-label^='Open Mo at the paper shop']"));
    assertThat(browser.valueOf("label")).isEqualTo("Mo at the paper shop");
    browser.pick("strength", "STRONG").pick("direction", "BOTH_WAYS").press("Save relationship");
    assertThat(browser.text()).contains("Relationship changed");

    LocalDate monthAgo = TestClock.today().minusDays(30);
    browser.visit(
        "/people/" + id + "/network/compare?from=" + monthAgo + "&to=" + TestClock.today());
    assertThat(browser.textOf("changes-strengthened")).contains("Mo at the paper shop");
    assertThat(browser.textOf("compare-from"))
        .contains("Mo at the paper shop (neighbour): ordinary");
    assertThat(browser.textOf("compare-to")).contains("Mo at the paper shop (neighbour): strong");
    browser.fitsOnANarrowScreen();
  }

  private void add(Relationship relationship) {
    browser
        .press("Add a relationship")
        .type("label", relationship.label())
        .pick("kind", relationship.kind())
        .pick("strength", relationship.strength())
        .pick("stressful", relationship.stressful())
        .pick("direction", relationship.direction())
        .pick("givesCare", "no")
        .press("Save relationship");
    assertThat(browser.text()).contains("Relationship added");
  }

  /** Moves the snapshots taken so far back a month, as if the map had been drawn then. */
  private void drawnAMonthAgo(UUID personId) {
    jdbc.sql(
            "UPDATE network_snapshot SET taken_at = taken_at - interval '30 days' WHERE person_id = ?")
        .param(personId)
        .update();
  }
}
