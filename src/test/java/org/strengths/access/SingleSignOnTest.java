package org.strengths.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.strengths.StrengthsApplication;
import org.strengths.testing.WebSession;

/**
 * Staff single sign-on end to end over real HTTP, against a real OpenID Connect provider running in
 * this JVM (mock-oauth2-server): discovery, the authorization code flow with state and nonce, the
 * token request and the signed ID token are all the real thing. Local passwords are off here, as a
 * council running single sign-on only would have them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SingleSignOnTest {

  private static final String ISSUER = "council";
  private static final String CLIENT_ID = "strengths";
  private static final String PASSWORD = "correct horse battery";

  private static MockOAuth2Server provider;
  private static ConfigurableApplicationContext instanceB;

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired PasswordEncoder passwords;
  @Autowired DataSource dataSource;

  @DynamicPropertySource
  static void singleSignOn(DynamicPropertyRegistry properties) {
    if (provider == null) {
      provider = new MockOAuth2Server();
      provider.start();
    }
    properties.add(
        "strengths.sign-in.oidc.issuer-uri", () -> provider.issuerUrl(ISSUER).toString());
    properties.add("strengths.sign-in.oidc.client-id", () -> CLIENT_ID);
    properties.add("strengths.sign-in.oidc.client-secret", () -> "client-secret");
    properties.add("strengths.sign-in.oidc.provider-name", () -> "Council account");
    properties.add("strengths.sign-in.oidc.claim", () -> "email");
    properties.add("strengths.sign-in.local-passwords", () -> "false");
  }

  @AfterAll
  static void stopProvider() {
    if (instanceB != null) {
      instanceB.close();
      instanceB = null;
    }
    if (provider != null) {
      provider.shutdown();
      provider = null;
    }
  }

  @Test
  void aMemberOfStaffKnownByTheirEmailSignsInAtTheProviderAndReachesTheirHome() {
    String email = account("Priya Shah", null, true);
    Visitor visitor = new Visitor();

    HttpResponse<String> landed = visitor.signInAtProvider(email);

    assertThat(landed.statusCode()).isEqualTo(200);
    assertThat(landed.uri().getPath()).isEqualTo("/");
    assertThat(landed.body()).contains("Signed in as Priya Shah");
    assertThat(visitor.visited)
        .anySatisfy(uri -> assertThat(uri.getPath()).isEqualTo(SingleSignOn.CALLBACK));
  }

  @Test
  void aSignInWithTheProviderCountsAsASignInAndClearsEarlierFailedPasswordAttempts() {
    String email = account("Had Typos", null, true);
    jdbc.sql("UPDATE access_staff SET failed_attempts = 3 WHERE username = :username")
        .param("username", email)
        .update();

    assertThat(new Visitor().signInAtProvider(email).statusCode()).isEqualTo(200);

    assertThat(
            jdbc.sql("SELECT failed_attempts FROM access_staff WHERE username = :username")
                .param("username", email)
                .query(Integer.class)
                .single())
        .isZero();
  }

  @Test
  void aMemberOfStaffIsMatchedByTheSignInIdRecordedForThemBeforeTheirUsername() {
    String objectId = UUID.randomUUID().toString();
    account("Jo Bloggs", objectId, true);
    // Someone else's username equal to the claim value does not win over a recorded sign-in id.
    jdbc.sql(
            """
            INSERT INTO access_staff (id, username, display_name, password_hash, role)
            VALUES (:id, :username, 'Not Jo', 'x', 'PRACTITIONER')
            """)
        .param("id", UUID.randomUUID())
        .param("username", objectId)
        .update();

    HttpResponse<String> landed = new Visitor().signInAtProvider(objectId);

    assertThat(landed.statusCode()).isEqualTo(200);
    assertThat(landed.body()).contains("Signed in as Jo Bloggs");
  }

  @Test
  void someoneTheProviderKnowsButWithNoAccountHereIsToldToAskTheirAdministrator() {
    String email = "stranger-" + UUID.randomUUID().toString().substring(0, 8) + "@council.example";
    Visitor visitor = new Visitor();
    long accountsBefore = countAccounts();

    HttpResponse<String> refused = visitor.signInAtProvider(email);

    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.uri().getPath()).isEqualTo(SingleSignOn.NOT_RECOGNISED);
    assertThat(refused.body())
        .contains("You cannot use this service yet")
        .contains("does not have an account for you")
        .contains("Ask your system administrator")
        .contains(email);
    assertThat(countAccounts()).isEqualTo(accountsBefore);
    assertThat(visitor.get(base("/")).statusCode()).isEqualTo(302);
  }

  @Test
  void aDisabledAccountDoesNotGetIn() {
    String email = account("Left Already", null, false);
    Visitor visitor = new Visitor();

    HttpResponse<String> refused = visitor.signInAtProvider(email);

    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains("your account for this service is not active");
    assertThat(visitor.get(base("/")).statusCode()).isEqualTo(302);
  }

  @Test
  void aLockedAccountDoesNotGetInUntilTheLockRunsOut() {
    String email = account("Locked Out", null, true);
    jdbc.sql(
            "UPDATE access_staff SET locked_until = now() + interval '10 years'"
                + " WHERE username = :username")
        .param("username", email)
        .update();
    Visitor visitor = new Visitor();

    HttpResponse<String> refused = visitor.signInAtProvider(email);

    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains("locked for 15 minutes");
    assertThat(visitor.get(base("/")).statusCode()).isEqualTo(302);
  }

  @Test
  void theSignInPageOffersOnlyTheProviderWhenLocalPasswordsAreOff() {
    HttpResponse<String> page = new WebSession(port).get("/sign-in");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("Sign in with Council account")
        .contains("href=\"" + SingleSignOn.START + "\"")
        .doesNotContain("type=\"password\"");
  }

  @Test
  void aPasswordSentToTheSignInFormIsRefusedWithAClearMessageEvenWhenRight() {
    String email = account("Has Password", null, true);
    WebSession browser = new WebSession(port);

    HttpResponse<String> refused =
        browser.postExactly("/sign-in", Map.of("username", email, "password", PASSWORD));

    assertThat(refused.statusCode()).isEqualTo(302);
    assertThat(WebSession.location(refused)).endsWith("/sign-in?passwordsOff");
    assertThat(browser.get("/sign-in?passwordsOff").body())
        .contains("This service does not use its own passwords");
    assertThat(WebSession.location(browser.get("/"))).endsWith("/sign-in");
    assertThat(
            jdbc.sql("SELECT failed_attempts FROM access_staff WHERE username = :username")
                .param("username", email)
                .query(Integer.class)
                .single())
        .isZero();
  }

  @Test
  void startingSignInSendsThePersonToTheProviderWithStateAndNonce() {
    HttpResponse<String> start = new Visitor().get(base(SingleSignOn.START));

    assertThat(start.statusCode()).isEqualTo(302);
    String location = locationOf(start);
    assertThat(location)
        .startsWith(provider.authorizationEndpointUrl(ISSUER).toString())
        .contains("client_id=" + CLIENT_ID, "state=", "nonce=", "scope=openid")
        .contains("redirect_uri=http://localhost:" + port + SingleSignOn.CALLBACK);
  }

  @Test
  void anAnswerFromTheProviderThatNoSignInHereAskedForIsRefused() {
    Visitor visitor = new Visitor();

    HttpResponse<String> forged =
        visitor.get(base(SingleSignOn.CALLBACK + "?code=made-up&state=made-up"));

    assertThat(forged.statusCode()).isEqualTo(302);
    assertThat(WebSession.location(forged)).endsWith("/sign-in?providerFailed");
    assertThat(visitor.get(base("/sign-in?providerFailed")).body())
        .contains("Signing in with Council account did not finish");
    assertThat(visitor.get(base("/")).statusCode()).isEqualTo(302);
  }

  @Test
  void theSessionOfAMemberOfStaffSignedInThisWayLivesInTheSharedDatabase() {
    String email = account("Shared Session", null, true);

    new Visitor().signInAtProvider(email);

    assertThat(
            jdbc.sql("SELECT count(*) FROM access_session WHERE principal_name = :name")
                .param("name", email)
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  /**
   * Behind a load balancer the provider's answer may reach another instance than the one that sent
   * the person to the provider: the sign-in in progress (state, nonce, PKCE verifier) is in the
   * session in the database, so the other instance completes it (docs/adr/0040).
   */
  @Test
  void theProvidersAnswerMayComeBackToTheOtherInstance() throws SQLException {
    int portB = startInstanceB();
    String email = account("Two Instances", null, true);
    Visitor visitor = new Visitor();
    provider.enqueueCallback(
        new DefaultOAuth2TokenCallback(
            ISSUER, "subject-b", "JWT", List.of(CLIENT_ID), Map.of("email", email)));

    HttpResponse<String> toProvider = visitor.get(base(SingleSignOn.START));
    HttpResponse<String> back = visitor.get(URI.create(locationOf(toProvider)));
    URI callback = URI.create(locationOf(back));
    assertThat(callback.getPort()).isEqualTo(port);
    // The load balancer sends the answer to B, saying which address the browser used.
    HttpResponse<String> signedIn =
        visitor.get(
            URI.create(callback.toString().replace(":" + port + "/", ":" + portB + "/")),
            Map.of(
                "X-Forwarded-Host",
                "localhost:" + port,
                "X-Forwarded-Port",
                String.valueOf(port),
                "X-Forwarded-Proto",
                "http"));

    assertThat(signedIn.statusCode()).isEqualTo(302);
    assertThat(locationOf(signedIn)).doesNotContain("sign-in");
    HttpResponse<String> home = visitor.get(base("/"));
    assertThat(home.statusCode()).isEqualTo(200);
    assertThat(home.body()).contains("Signed in as Two Instances");
  }

  /** A second instance on this test's database, as in TwoInstancesTest, behind a proxy. */
  private int startInstanceB() throws SQLException {
    if (instanceB == null) {
      instanceB =
          new SpringApplicationBuilder(StrengthsApplication.class)
              .profiles("test")
              .properties(
                  "server.port=0",
                  "server.forward-headers-strategy=native",
                  "strengths.database.embedded=false",
                  "spring.datasource.url=" + dataSource.unwrap(HikariDataSource.class).getJdbcUrl(),
                  "spring.datasource.username=postgres",
                  "spring.datasource.hikari.pool-name=instance-b",
                  "spring.datasource.hikari.maximum-pool-size=4")
              // As arguments: they must win over application.properties, as the environment does.
              .run(
                  "--strengths.sign-in.oidc.issuer-uri=" + provider.issuerUrl(ISSUER),
                  "--strengths.sign-in.oidc.client-id=" + CLIENT_ID,
                  "--strengths.sign-in.oidc.client-secret=client-secret",
                  "--strengths.sign-in.oidc.provider-name=Council account",
                  "--strengths.sign-in.oidc.claim=email",
                  "--strengths.sign-in.local-passwords=false");
    }
    return Integer.parseInt(instanceB.getEnvironment().getProperty("local.server.port"));
  }

  /** Adds a practitioner whose username is an email address, as many councils' are. */
  private String account(String name, String signInId, boolean enabled) {
    String email = "staff-" + UUID.randomUUID().toString().substring(0, 8) + "@council.example";
    jdbc.sql(
            """
            INSERT INTO access_staff (id, username, display_name, password_hash, role, enabled,
              sign_in_id)
            VALUES (:id, :username, :name, :hash, 'PRACTITIONER', :enabled, :signInId)
            """)
        .param("id", UUID.randomUUID())
        .param("username", email)
        .param("name", name)
        .param("hash", passwords.encode(PASSWORD))
        .param("enabled", enabled)
        .param("signInId", signInId)
        .update();
    return email;
  }

  private long countAccounts() {
    return jdbc.sql("SELECT count(*) FROM access_staff").query(Long.class).single();
  }

  /** The Location header as sent, host included (WebSession's helper leaves the host out). */
  private static String locationOf(HttpResponse<?> response) {
    return response.headers().firstValue("Location").orElseThrow();
  }

  private URI base(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  /**
   * A browser: keeps cookies and follows redirects itself, between the application and provider.
   */
  private final class Visitor {

    private final HttpClient http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    final List<URI> visited = new ArrayList<>();

    /**
     * Presses "Sign in with …" and follows every redirect: to the provider, which signs the person
     * in with this value of the email claim, back to the application and on to wherever it sends
     * them.
     */
    HttpResponse<String> signInAtProvider(String email) {
      provider.enqueueCallback(
          new DefaultOAuth2TokenCallback(
              ISSUER,
              "subject-" + UUID.randomUUID(),
              "JWT",
              List.of(CLIENT_ID),
              Map.of("email", email)));
      HttpResponse<String> response = get(base(SingleSignOn.START));
      for (int hop = 0; hop < 10 && response.statusCode() / 100 == 3; hop++) {
        response = get(response.uri().resolve(locationOf(response)));
      }
      return response;
    }

    HttpResponse<String> get(URI uri) {
      return get(uri, Map.of());
    }

    HttpResponse<String> get(URI uri, Map<String, String> headers) {
      visited.add(uri);
      HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Accept", "text/html");
      headers.forEach(request::header);
      try {
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
      } catch (IOException e) {
        throw new IllegalStateException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}
