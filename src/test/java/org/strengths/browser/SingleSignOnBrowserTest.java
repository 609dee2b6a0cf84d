package org.strengths.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Signing in through the council's identity provider in a real browser: the provider is
 * mock-oauth2-server with its interactive sign-in page, where the test types who the person is as a
 * member of staff would type their organisation's password. Every page of ours is scanned with
 * axe-core; the provider's own page is not ours to scan.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SingleSignOnBrowserTest {

  private static final String SAM = "sam.okafor@council.example";

  private static MockOAuth2Server provider;

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  Browser browser;

  @DynamicPropertySource
  static void singleSignOn(DynamicPropertyRegistry properties) {
    if (provider == null) {
      provider = new MockOAuth2Server(new OAuth2Config(true));
      provider.start();
    }
    properties.add(
        "strengths.sign-in.oidc.issuer-uri", () -> provider.issuerUrl("council").toString());
    properties.add("strengths.sign-in.oidc.client-id", () -> "strengths");
    properties.add("strengths.sign-in.oidc.client-secret", () -> "client-secret");
    properties.add("strengths.sign-in.oidc.provider-name", () -> "Council account");
  }

  @AfterAll
  static void stopProvider() {
    if (provider != null) {
      provider.shutdown();
      provider = null;
    }
  }

  @BeforeEach
  void openBrowser() {
    // The demo practitioner's email at the provider, recorded as their sign-in id.
    jdbc.sql("UPDATE access_staff SET sign_in_id = :email WHERE username = 'practitioner'")
        .param("email", SAM)
        .update();
    browser = Browser.open(port);
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
    jdbc.sql("UPDATE access_staff SET sign_in_id = NULL WHERE username = 'practitioner'").update();
  }

  @Test
  void aPractitionerSignsInWithTheCouncilAccountLandsOnMyWorkAndSignsOut() {
    browser.visit("/sign-in").fitsOnANarrowScreen();
    assertThat(browser.text()).contains("Or sign in with a username and password");

    browser.leaveBy("Sign in with Council account");
    assertThat(browser.url()).startsWith(provider.issuerUrl("council").toString());
    signInAtProvider("sam-at-the-provider", SAM);

    assertThat(browser.path()).isEqualTo("/");
    assertThat(browser.heading()).isEqualTo("My work");
    assertThat(browser.text()).contains("Signed in as Sam Okafor");

    browser.signOut();
    assertThat(browser.text()).contains("You have signed out.");
    browser.visit("/people");
    assertThat(browser.heading()).isEqualTo("Sign in");
  }

  @Test
  void someoneWithNoAccountIsToldWhatToAskTheirAdministrator() {
    String stranger =
        "new-starter-" + UUID.randomUUID().toString().substring(0, 8) + "@council.example";

    browser.visit("/sign-in").leaveBy("Sign in with Council account");
    signInAtProvider("new-starter", stranger);

    assertThat(browser.path()).isEqualTo("/sign-in/not-recognised");
    assertThat(browser.heading()).isEqualTo("You cannot use this service yet");
    assertThat(browser.text())
        .contains("Ask your system administrator to set up your account")
        .contains(stranger);
    browser.fitsOnANarrowScreen().press("Try signing in again");
    assertThat(browser.heading()).isEqualTo("Sign in");
  }

  /** Fills in the provider's sign-in page and sends it; the journey comes back to our pages. */
  private void signInAtProvider(String subject, String email) {
    browser
        .fill("username", subject)
        .fill("claims", "{\"email\": \"" + email + "\"}")
        .press("Sign-in");
  }
}
