package org.strengths.browser;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.strengths.access.StaffAccounts;
import org.strengths.access.StaffMember;
import org.strengths.person.NewPerson;
import org.strengths.person.People;

/** A user journey in a real browser against the whole application on a random port. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
abstract class JourneyTest {

  static final String PASSWORD = "strengths-demo";

  @LocalServerPort int port;
  @Autowired People people;
  @Autowired StaffAccounts staffAccounts;

  Browser browser;

  @BeforeEach
  void openBrowser() {
    browser = Browser.open(port);
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  /** A name no demo person or other test has, so pages show exactly what this test made. */
  static String uniqueName() {
    StringBuilder name = new StringBuilder("Z");
    for (int i = 0; i < 7; i++) {
      name.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
    }
    return name.toString();
  }

  /**
   * The six-digit code an administrator reads on the outbox page (no Notify key in tests) in the
   * newest sign-in message to the address.
   */
  String signInCodeFromOutbox(String address) {
    try (Browser admin = Browser.open(port)) {
      admin.signIn("admin", PASSWORD);
      admin.visit("/admin/outbox");
      return admin
          .driver()
          .findElement(
              By.xpath(
                  "//tr[th[normalize-space()='"
                      + address
                      + "'] and td[normalize-space()='sign-in-code']]"
                      + "//dd[contains(@class,'outbox-code')]"))
          .getText();
    }
  }

  /** Adds a person allocated to the given member of staff's team and to them. */
  UUID personAllocatedTo(String username, String firstName, String lastName) {
    StaffMember staff = staffAccounts.loadUserByUsername(username);
    var created =
        people.create(
            new NewPerson(
                firstName,
                lastName,
                null,
                null,
                LocalDate.of(1948, 3, 12),
                null,
                "1 Park Row",
                null,
                "Leeds",
                "LS1 5HD",
                null,
                null,
                null,
                null,
                "English",
                false,
                null,
                null,
                false,
                staff.teamId(),
                staff.id()),
            staff);
    return created.personId().orElseThrow(() -> new AssertionError(created.errors()));
  }
}
