package org.strengths.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.strengths.testing.TestClock;
import org.strengths.testing.WebSession;
import tools.jackson.databind.json.JsonMapper;

/** Sign-in hardening over real HTTP, with fresh accounts so no demo account gets locked. */
@AccessIntegrationTest
class SignInTest {

  private static final String PASSWORD = "correct horse battery";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired PasswordEncoder passwords;
  @Autowired ApplicationContext context;

  @Test
  void givesAnUnknownUserAndAWrongPasswordTheSameAnswer() {
    String username = freshAccount();

    HttpResponse<String> unknown = new WebSession(port).signIn("nobody-" + UUID.randomUUID(), "x");
    HttpResponse<String> wrong = new WebSession(port).signIn(username, "wrong password");

    assertThat(unknown.statusCode()).isEqualTo(302);
    assertThat(wrong.statusCode()).isEqualTo(302);
    assertThat(WebSession.location(unknown)).endsWith("/sign-in?error");
    assertThat(WebSession.location(wrong)).isEqualTo(WebSession.location(unknown));
    String page = new WebSession(port).get("/sign-in?error").body();
    assertThat(page).contains("Enter a correct username and password");
  }

  @Test
  void refusesEvenTheRightPasswordAfterFiveWrongOnes() {
    String username = freshAccount();
    WebSession browser = new WebSession(port);
    for (int attempt = 0; attempt < 5; attempt++) {
      assertThat(WebSession.location(browser.signIn(username, "wrong " + attempt)))
          .endsWith("/sign-in?error");
    }

    HttpResponse<String> right = browser.signIn(username, PASSWORD);

    assertThat(WebSession.location(right)).endsWith("/sign-in?error");
    assertThat(
            jdbc.sql(
                    "SELECT locked_until > :now + interval '14 minutes' FROM access_staff"
                        + " WHERE username = :username")
                .param("now", TestClock.offsetNow())
                .param("username", username)
                .query(Boolean.class)
                .single())
        .isTrue();
  }

  @Test
  void letsTheAccountInAgainOnceTheLockHasRunOut() {
    String username = freshAccount();
    WebSession browser = new WebSession(port);
    for (int attempt = 0; attempt < 5; attempt++) {
      browser.signIn(username, "wrong " + attempt);
    }
    jdbc.sql(
            "UPDATE access_staff SET locked_until = :now - interval '1 second'"
                + " WHERE username = :username")
        .param("now", TestClock.offsetNow())
        .param("username", username)
        .update();

    assertThat(WebSession.location(browser.signIn(username, "wrong again")))
        .endsWith("/sign-in?error");
    assertThat(WebSession.location(browser.signIn(username, PASSWORD))).doesNotContain("error");
  }

  @Test
  void aSuccessfulSignInStartsTheCountAgain() {
    String username = freshAccount();
    WebSession browser = new WebSession(port);
    for (int attempt = 0; attempt < 4; attempt++) {
      browser.signIn(username, "wrong " + attempt);
    }
    assertThat(WebSession.location(new WebSession(port).signIn(username, PASSWORD)))
        .doesNotContain("error");
    assertThat(failedAttempts(username)).isZero();

    for (int attempt = 0; attempt < 4; attempt++) {
      browser.signIn(username, "wrong " + attempt);
    }

    assertThat(WebSession.location(new WebSession(port).signIn(username, PASSWORD)))
        .doesNotContain("error");
  }

  @Test
  void startsPractitionersAndAdministratorsAtTheirHomePage() {
    assertThat(WebSession.location(new WebSession(port).signIn(freshAccount(), PASSWORD)))
        .matches("(http://localhost:\\d+)?/");
    assertThat(WebSession.location(new WebSession(port).signIn("admin", "strengths-demo")))
        .matches("(http://localhost:\\d+)?/");
  }

  @Test
  void offersNoSingleSignOnWhenNoProviderIsConfigured() {
    String page = new WebSession(port).get("/sign-in").body();

    assertThat(page).contains("type=\"password\"").doesNotContain("Sign in with");
  }

  @Test
  void sendsTheSecurityHeaders() {
    HttpResponse<String> page = new WebSession(port).get("/sign-in");

    String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
    assertThat(policy).contains("script-src 'self'").doesNotContain("unsafe-inline");
    assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");
  }

  @Test
  void refusesAFormPostedWithoutItsCsrfToken() {
    String username = freshAccount();
    WebSession signedIn = WebSession.signedIn(port, username, PASSWORD);

    HttpResponse<String> signOut = signedIn.postExactly("/sign-out", Map.of());
    HttpResponse<String> signIn =
        new WebSession(port)
            .postExactly("/sign-in", Map.of("username", username, "password", PASSWORD));

    assertThat(signOut.statusCode()).isEqualTo(403);
    assertThat(signIn.statusCode()).isEqualTo(403);
  }

  @Test
  void showsOnlyTheStatusOnThePublicHealthCheck() {
    HttpResponse<String> health = new WebSession(port).getJson("/actuator/health");

    assertThat(health.statusCode()).isEqualTo(200);
    // Spring Boot also lists the names of the probe groups; no components, no details.
    assertThat(health.body()).contains("\"status\":\"UP\"");
    assertThat(JsonMapper.builder().build().readTree(health.body()).propertyNames())
        .isSubsetOf("status", "groups");
  }

  @Test
  void reportsTheHealthCheckOutOfServiceUntilTheApplicationIsReady() {
    // Spring Boot accepts traffic only after the start-up runners, the demo council's among them.
    AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
    try {
      HttpResponse<String> starting = new WebSession(port).getJson("/actuator/health");

      assertThat(starting.statusCode()).isEqualTo(503);
      assertThat(starting.body()).contains("\"status\":\"OUT_OF_SERVICE\"");
    } finally {
      AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
    }
    assertThat(new WebSession(port).getJson("/actuator/health").statusCode()).isEqualTo(200);
  }

  @Test
  void sendsSomeoneWhoIsNotSignedInToSignIn() {
    HttpResponse<String> page = new WebSession(port).get("/admin/audit-log");

    assertThat(page.statusCode()).isEqualTo(302);
    assertThat(WebSession.location(page)).endsWith("/sign-in");
  }

  @Test
  void replacesAWeakerPasswordHashWithTodaysAtTheNextSignIn() {
    String username = freshAccount();
    jdbc.sql("UPDATE access_staff SET password_hash = :hash WHERE username = :username")
        .param("hash", "{bcrypt}" + new BCryptPasswordEncoder(4).encode(PASSWORD))
        .param("username", username)
        .update();

    HttpResponse<String> signedIn = new WebSession(port).signIn(username, PASSWORD);

    assertThat(WebSession.location(signedIn)).doesNotContain("error");
    String stored =
        jdbc.sql("SELECT password_hash FROM access_staff WHERE username = :username")
            .param("username", username)
            .query(String.class)
            .single();
    assertThat(stored).startsWith("{bcrypt}$2a$10$");
    assertThat(passwords.matches(PASSWORD, stored)).isTrue();
    assertThat(WebSession.location(new WebSession(port).signIn(username, PASSWORD)))
        .doesNotContain("error");
  }

  @Test
  void eachSignInWorksOutOnePasswordHashEvenTheFirstAfterAStart() throws Exception {
    // Spring Security hashes a made-up password at its first sign-in, for unknown usernames; done
    // by the warm-up after the start, so no sign-in of a storm pays for a second hash (ADR 0080).
    PasswordHashing hashing = (PasswordHashing) passwords;
    assertThat(hashing.awaitWarmUp(Duration.ofMinutes(2))).isTrue();
    String username = freshAccount();
    long before = hashing.hashesWorkedOut();

    HttpResponse<String> signedIn = new WebSession(port).signIn(username, PASSWORD);

    assertThat(WebSession.location(signedIn)).doesNotContain("error");
    assertThat(hashing.hashesWorkedOut() - before).isEqualTo(1);
  }

  private String freshAccount() {
    String username = "signin-" + UUID.randomUUID().toString().substring(0, 8);
    jdbc.sql(
            """
            INSERT INTO access_staff (id, username, display_name, password_hash, role)
            VALUES (:id, :username, 'Test Account', :hash, 'PRACTITIONER')
            """)
        .param("id", UUID.randomUUID())
        .param("username", username)
        .param("hash", passwords.encode(PASSWORD))
        .update();
    return username;
  }

  private int failedAttempts(String username) {
    return jdbc.sql("SELECT failed_attempts FROM access_staff WHERE username = :username")
        .param("username", username)
        .query(Integer.class)
        .single();
  }
}
