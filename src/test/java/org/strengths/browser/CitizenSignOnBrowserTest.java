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
 * A person signs in to their own pages with GOV.UK One Login in a real browser (docs/adr/0163): the
 * provider is mock-oauth2-server with its interactive sign-in page, where the test types who the
 * person is, as they would sign in at One Login. Every page of ours is scanned with axe-core and
 * checked at 320 px; the provider's own page is not ours to scan.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CitizenSignOnBrowserTest {

  private static final String NUSRAT = "nusrat.raza@example.com";

  private static MockOAuth2Server provider;

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  Browser browser;

  @DynamicPropertySource
  static void citizenProvider(DynamicPropertyRegistry properties) {
    if (provider == null) {
      provider = new MockOAuth2Server(new OAuth2Config(true));
      provider.start();
    }
    properties.add(
        "strengths.portal.sign-in.oidc.issuer-uri",
        () -> provider.issuerUrl("onelogin").toString());
    properties.add("strengths.portal.sign-in.oidc.client-id", () -> "strengths-portal");
    properties.add("strengths.portal.sign-in.oidc.client-secret", () -> "client-secret");
    properties.add("strengths.portal.sign-in.oidc.provider-name", () -> "GOV.UK One Login");
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
    browser = Browser.open(port);
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
    // Nusrat's demo invitation is left as the demo has it, for codes.
    jdbc.sql(
            """
            DELETE FROM portal_provider_link WHERE invitation_id IN
              (SELECT id FROM portal_invitation WHERE contact = :contact)
            """)
        .param("contact", NUSRAT)
        .update();
  }

  @Test
  void nusratSignsInWithGovUkOneLoginAndReachesHerOwnPages() {
    browser.visit("/my/sign-in").fitsOnANarrowScreen();
    assertThat(browser.text()).contains("Or get a code");

    browser.leaveBy("Sign in with GOV.UK One Login");
    assertThat(browser.url()).startsWith(provider.issuerUrl("onelogin").toString());
    signInAtProvider("nusrat-at-one-login", NUSRAT, true);

    assertThat(browser.path()).isEqualTo("/my/");
    assertThat(browser.text()).contains("Hello Nusrat");
    browser.fitsOnANarrowScreen();
  }

  @Test
  void someoneWithNoInvitationIsToldToAskTheirWorker() {
    String stranger = "neighbour-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";

    browser.visit("/my/sign-in").leaveBy("Sign in with GOV.UK One Login");
    signInAtProvider("neighbour-at-one-login", stranger, true);

    assertThat(browser.path()).isEqualTo("/my/sign-in/not-found");
    assertThat(browser.heading()).isEqualTo("We could not find an invitation for you");
    assertThat(browser.text()).contains("Ask your worker").doesNotContain(stranger);
    browser.fitsOnANarrowScreen().press("Sign in with a code instead");
    assertThat(browser.heading()).isEqualTo("Sign in to see your support");
  }

  /** Fills in the provider's sign-in page and sends it; the journey comes back to our pages. */
  private void signInAtProvider(String subject, String email, boolean verified) {
    browser
        .fill("username", subject)
        .fill("claims", "{\"email\": \"" + email + "\", \"email_verified\": " + verified + "}")
        .press("Sign-in");
  }
}
