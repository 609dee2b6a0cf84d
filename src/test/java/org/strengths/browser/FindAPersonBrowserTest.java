package org.strengths.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

class FindAPersonBrowserTest extends JourneyTest {

  @Test
  void aPractitionerFindsAPersonDespiteATypoAndOpensTheirRecord() {
    String lastName = "Smythe" + uniqueName().toLowerCase();
    UUID id = personAllocatedTo("practitioner", "Jonathan", lastName);

    browser.signIn("practitioner", PASSWORD).press("People");
    assertThat(browser.heading()).isEqualTo("Find a person");
    browser.type("q", "Jontahan " + lastName.replace("Smythe", "Smyhte")).press("Search");

    assertThat(browser.text()).contains("Jonathan " + lastName, "12 March 1948", "Sam Okafor");
    browser.fitsOnANarrowScreen();

    browser.click(By.cssSelector("a[href='/people/" + id + "']"));
    assertThat(browser.heading()).isEqualTo("Jonathan " + lastName);
  }

  @Test
  void explainsAnEmptySearchAndSaysWhenNobodyMatches() {
    browser.signIn("practitioner", PASSWORD).visit("/people");

    browser.type("q", "smith 1/1/1900").press("Search");
    assertThat(browser.text()).contains("No people match");

    browser.type("q", "").press("Search");
    assertThat(browser.text()).contains("There is a problem");
    assertThat(browser.title()).startsWith("Error: ");
  }
}
