package org.strengths.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SignInBrowserTest {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired PasswordEncoder passwords;

  @Value("${strengths.sign-in.address-limit}")
  int addressLimit;

  Browser browser;

  @BeforeEach
  void openBrowser() {
    browser = Browser.open(port);
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @Test
  void aPractitionerSignsInLandsOnMyWorkAndSignsOut() {
    browser.signIn("practitioner", "strengths-demo");
    assertThat(browser.path()).isEqualTo("/");
    assertThat(browser.heading()).isEqualTo("My work");
    assertThat(browser.text()).contains("Signed in as Sam Okafor");

    browser.signOut();
    assertThat(browser.path()).startsWith("/sign-in");
    assertThat(browser.text()).contains("You have signed out.");

    browser.visit("/people");
    assertThat(browser.heading()).isEqualTo("Sign in");
  }

  @Test
  void anUnknownUserAndAWrongPasswordGetTheSameMessage() {
    browser.signIn("nobody-" + UUID.randomUUID(), "strengths-demo");
    String unknownUser = browser.text();
    browser.signIn("practitioner", "wrong-password");
    String wrongPassword = browser.text();

    assertThat(unknownUser).contains("Enter a correct username and password");
    assertThat(wrongPassword).isEqualTo(unknownUser);
  }

  @Test
  void fiveFailedAttemptsLockTheAccountEvenAgainstTheRightPassword() {
    String username = "lockout-" + UUID.randomUUID().toString().substring(0, 8);
    jdbc.sql(
            """
            INSERT INTO access_staff (id, username, display_name, password_hash, role, team_id)
            VALUES (:id, :username, 'Lockout Test', :hash, 'PRACTITIONER', NULL)
            """)
        .param("id", UUID.randomUUID())
        .param("username", username)
        .param("hash", passwords.encode("right-password"))
        .update();

    for (int attempt = 1; attempt <= 5; attempt++) {
      browser.signIn(username, "wrong-password-" + attempt);
    }
    browser.signIn(username, "right-password");

    assertThat(browser.heading()).isEqualTo("Sign in");
    assertThat(browser.text()).contains("locked for 15 minutes");
  }

  @Test
  void anAddressWithTooManyFailuresIsToldToWaitEvenWithTheRightPassword() {
    jdbc.sql("DELETE FROM access_sign_in_address").update();
    try {
      browser.signIn("nobody-" + UUID.randomUUID(), "wrong-password");
      jdbc.sql("UPDATE access_sign_in_address SET failures = :limit")
          .param("limit", addressLimit)
          .update();

      browser.signIn("practitioner", "strengths-demo");

      assertThat(browser.path()).startsWith("/sign-in");
      assertThat(browser.heading()).isEqualTo("Sign in");
      assertThat(browser.text())
          .contains("There have been too many failed sign-ins from your network")
          .contains("Wait 15 minutes");
    } finally {
      jdbc.sql("DELETE FROM access_sign_in_address").update();
    }
  }
}
