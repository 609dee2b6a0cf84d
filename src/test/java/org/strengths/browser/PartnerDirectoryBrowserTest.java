package org.strengths.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.strengths.community.CommunityAssets;
import org.strengths.community.OwnedEntry;

class PartnerDirectoryBrowserTest extends JourneyTest {

  @Autowired CommunityAssets communityAssets;

  @Test
  void aPartnerChangesOneEntryAndMarksTheOtherAsChecked() {
    List<OwnedEntry> demo =
        communityAssets.ownedBy(CommunityAssets.DEMO_BEFRIENDING_ORGANISATION_ID).stream()
            .filter(e -> e.name().startsWith("Chapeltown Befrienders"))
            .toList();
    assertThat(demo).hasSize(2);
    String note = "Not on bank holidays " + uniqueName();

    browser.signIn("partner", PASSWORD).visit("/partner/directory");
    assertThat(browser.textOf("directory-entries")).contains(demo.get(0).name());
    browser.fitsOnANarrowScreen();
    browser.follow("entry-" + demo.get(0).id()).follow("change-entry");
    browser.fitsOnANarrowScreen();
    browser
        .type("scheduleNotes", note)
        .type("phone", "0113 496 0777")
        .press("Save and mark as checked");
    assertThat(browser.text()).contains("Your changes have been saved", note, "0113 496 0777");

    browser.follow("back").follow("entry-" + demo.get(1).id()).press("Mark as checked today");
    assertThat(browser.text()).contains("Entry marked as checked today.");
    assertThat(browser.textOf("last-checked")).contains("Chapeltown Befrienders");
  }

  @Test
  void mistakesAreShownInTheErrorSummary() {
    OwnedEntry entry =
        communityAssets.ownedBy(CommunityAssets.DEMO_BEFRIENDING_ORGANISATION_ID).get(0);

    browser.signIn("partner", PASSWORD).visit("/partner/directory/" + entry.id() + "/edit");
    browser
        .type("email", "not an email")
        .type("opensAt", "25:99")
        .press("Save and mark as checked");

    assertThat(browser.text())
        .contains("There is a problem", "Enter an email address", "Enter a time such as 14:00");
    browser.fitsOnANarrowScreen();
  }
}
