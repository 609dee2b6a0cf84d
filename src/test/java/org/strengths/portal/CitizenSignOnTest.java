package org.strengths.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.strengths.access.Role;
import org.strengths.access.StaffAccounts;
import org.strengths.access.StaffMember;
import org.strengths.access.Teams;
import org.strengths.person.People;
import org.strengths.testing.PersonSignIns;
import org.strengths.testing.ReadingEase;
import org.strengths.testing.RecordFixtures;
import org.strengths.testing.WebSession;

/**
 * People sign in to their own pages with a citizen identity provider (GOV.UK One Login, NHS login;
 * docs/adr/0163), end to end over real HTTP against a real OpenID Connect provider in this JVM
 * (mock-oauth2-server): discovery, the authorization code flow with state, nonce and PKCE, a token
 * request signed with the service's private key ({@code private_key_jwt}, as both providers ask),
 * the signed ID token and the user info. The same provider also serves the staff's organisation
 * sign-in, under another issuer, to show the two never cross. Codes are off here, as a council
 * using the provider only would have them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CitizenSignOnTest {

  private static final String CITIZENS = "onelogin";
  private static final String STAFF = "council";
  private static final String CLIENT_ID = "strengths-portal";
  private static final String STAFF_CLIENT_ID = "strengths";
  private static final String PASSWORD = "strengths-demo";

  private static MockOAuth2Server provider;

  @LocalServerPort int port;
  @Autowired Teams teams;
  @Autowired StaffAccounts staff;
  @Autowired People people;
  @Autowired JdbcClient jdbc;
  @Autowired Invitations invitations;

  String suffix;
  StaffMember worker;

  @DynamicPropertySource
  static void providers(DynamicPropertyRegistry properties) {
    if (provider == null) {
      provider = new MockOAuth2Server();
      provider.start();
    }
    properties.add(
        "strengths.portal.sign-in.oidc.issuer-uri", () -> provider.issuerUrl(CITIZENS).toString());
    properties.add("strengths.portal.sign-in.oidc.client-id", () -> CLIENT_ID);
    properties.add("strengths.portal.sign-in.oidc.private-key", CitizenSignOnTest::privateKey);
    properties.add("strengths.portal.sign-in.oidc.key-id", () -> "portal-key-1");
    properties.add("strengths.portal.sign-in.oidc.provider-name", () -> "GOV.UK One Login");
    properties.add(
        "strengths.portal.sign-in.oidc.authorization-parameters.vtr", () -> "[\"Cl.Cm\"]");
    properties.add("strengths.portal.sign-in.codes", () -> "false");
    properties.add("strengths.sign-in.oidc.issuer-uri", () -> provider.issuerUrl(STAFF).toString());
    properties.add("strengths.sign-in.oidc.client-id", () -> STAFF_CLIENT_ID);
    properties.add("strengths.sign-in.oidc.client-secret", () -> "client-secret");
    properties.add("strengths.sign-in.oidc.provider-name", () -> "Council account");
  }

  /** An RSA private key, PKCS#8 PEM, as a council would hold for One Login or NHS login. */
  private static String privateKey() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return "-----BEGIN PRIVATE KEY-----\n"
          + Base64.getMimeEncoder()
              .encodeToString(generator.generateKeyPair().getPrivate().getEncoded())
          + "\n-----END PRIVATE KEY-----\n";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @AfterAll
  static void stopProvider() {
    if (provider != null) {
      provider.shutdown();
      provider = null;
    }
  }

  @BeforeAll
  void team() {
    suffix = String.valueOf(ThreadLocalRandom.current().nextInt(1_000_000));
    UUID team = teams.add("Citizen sign-in team " + suffix);
    staff.addDemoAccount("citizen-worker" + suffix, "Asha Patel", Role.PRACTITIONER, team, null);
    worker = staff.loadUserByUsername("citizen-worker" + suffix);
  }

  private WebSession practitioner() {
    return WebSession.signedIn(port, worker.getUsername(), PASSWORD);
  }

  private String unique(String name) {
    return name + suffix + "-" + ThreadLocalRandom.current().nextInt(1_000_000) + "@example.com";
  }

  private RecordFixtures.Person invited(String firstName, String contact) {
    RecordFixtures.Person person = new RecordFixtures(jdbc, people).person(firstName, worker);
    PersonSignIns.invite(practitioner(), person.id(), contact);
    return person;
  }

  private static Map<String, Object> email(String address, boolean verified) {
    Map<String, Object> claims = new HashMap<>();
    claims.put("email", address);
    claims.put("email_verified", verified);
    return claims;
  }

  private long links(UUID personId) {
    return jdbc.sql(
            """
            SELECT count(*) FROM portal_provider_link l
            JOIN portal_invitation i ON i.id = l.invitation_id WHERE i.person_id = :person
            """)
        .param("person", personId)
        .query(Long.class)
        .single();
  }

  @Test
  void anInvitedPersonSignsInWithTheProviderAndReachesTheirOwnPagesAuditedAsThemselves() {
    String contact = unique("dora");
    RecordFixtures.Person dora = invited("Dora", contact);
    Visitor visitor = new Visitor();

    HttpResponse<String> landed =
        visitor.signInAtProvider("dora-" + UUID.randomUUID(), email(contact, true));

    assertThat(landed.statusCode()).isEqualTo(200);
    assertThat(landed.uri().getPath()).isEqualTo("/my/");
    assertThat(landed.body()).contains("Hello Dora");
    assertThat(visitor.visited)
        .anySatisfy(uri -> assertThat(uri.getPath()).isEqualTo(CitizenSignOn.CALLBACK));
    assertThat(links(dora.id())).isEqualTo(1);
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit_entry WHERE person_id = :person AND role = 'PERSON'"
                        + " AND section = 'sign-in' AND action = 'sign-in' AND staff_id IS NULL")
                .param("person", dora.id())
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void theTokenRequestIsSignedWithTheServicesPrivateKeyNotASecret() {
    String contact = unique("kit");
    invited("Kit", contact);
    tokenRequests();

    assertThat(
            new Visitor()
                .signInAtProvider("kit-" + UUID.randomUUID(), email(contact, true))
                .statusCode())
        .isEqualTo(200);

    List<String> bodies = tokenRequests();
    assertThat(bodies).hasSize(1);
    assertThat(bodies.get(0))
        .contains(
            "client_assertion_type=urn%3Aietf%3Aparams%3Aoauth%3Aclient-assertion-type%3Ajwt-bearer")
        .contains("client_assertion=")
        .doesNotContain("client_secret");
  }

  /** The bodies of the token requests to the citizen provider since the last call. */
  private static List<String> tokenRequests() {
    List<String> bodies = new ArrayList<>();
    while (true) {
      RecordedRequest request;
      try {
        request = provider.takeRequest(50, TimeUnit.MILLISECONDS);
      } catch (RuntimeException noneWaiting) {
        return bodies;
      }
      if (request == null) {
        return bodies;
      }
      if (request.getPath() != null && request.getPath().startsWith("/" + CITIZENS + "/token")) {
        bodies.add(request.getBody().readUtf8());
      }
    }
  }

  @Test
  void laterSignInsAreMatchedByTheProvidersSubjectEvenWhenTheirEmailAddressChanged() {
    String contact = unique("ezra");
    RecordFixtures.Person ezra = invited("Ezra", contact);
    String subject = "ezra-" + UUID.randomUUID();
    assertThat(new Visitor().signInAtProvider(subject, email(contact, true)).statusCode())
        .isEqualTo(200);

    HttpResponse<String> again =
        new Visitor().signInAtProvider(subject, email(unique("ezra-new"), true));

    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(again.uri().getPath()).isEqualTo("/my/");
    assertThat(again.body()).contains("Hello Ezra");
    assertThat(links(ezra.id())).isEqualTo(1);
  }

  @Test
  void anEmailAddressTheProviderHasNotCheckedIsRefused() {
    String contact = unique("una");
    RecordFixtures.Person una = invited("Una", contact);
    Visitor visitor = new Visitor();

    HttpResponse<String> refused =
        visitor.signInAtProvider("una-" + UUID.randomUUID(), email(contact, false));

    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.uri().getPath()).isEqualTo(CitizenSignOn.NOT_FOUND);
    assertThat(refused.body())
        .contains("We could not find an invitation for you")
        .contains("has not checked your email address")
        .contains("Ask your worker");
    assertThat(links(una.id())).isZero();
    assertThat(visitor.get(base("/my/")).statusCode()).isEqualTo(302);
  }

  @Test
  void aWithdrawnInvitationIsRefusedEvenToTheSubjectLinkedToIt() {
    String contact = unique("wil");
    RecordFixtures.Person wil = invited("Wil", contact);
    String subject = "wil-" + UUID.randomUUID();
    Visitor first = new Visitor();
    assertThat(first.signInAtProvider(subject, email(contact, true)).statusCode()).isEqualTo(200);

    assertThat(invitations.withdraw(wil.id(), worker.id())).isTrue();
    Visitor visitor = new Visitor();
    HttpResponse<String> refused = visitor.signInAtProvider(subject, email(contact, true));

    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains("We could not find an invitation for you");
    assertThat(visitor.get(base("/my/")).statusCode()).isEqualTo(302);
    // The session opened before the invitation was withdrawn ends too.
    assertThat(first.get(base("/my/")).statusCode()).isEqualTo(302);
  }

  @Test
  void someoneWithNoInvitationIsToldToAskTheirWorkerAndNothingIsMadeForThem() {
    String stranger = unique("stranger");
    long linksBefore =
        jdbc.sql("SELECT count(*) FROM portal_provider_link").query(Long.class).single();
    Visitor visitor = new Visitor();

    HttpResponse<String> refused =
        visitor.signInAtProvider("stranger-" + UUID.randomUUID(), email(stranger, true));

    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body())
        .contains("We could not find an invitation for you")
        .contains("Ask your worker")
        .doesNotContain(stranger);
    assertThat(jdbc.sql("SELECT count(*) FROM portal_provider_link").query(Long.class).single())
        .isEqualTo(linksBefore);
    assertThat(visitor.get(base("/my/")).statusCode()).isEqualTo(302);
  }

  @Test
  void anInvitationLinkedToOneAccountAtTheProviderIsNotTakenOverByAnother() {
    String contact = unique("ora");
    invited("Ora", contact);
    assertThat(
            new Visitor()
                .signInAtProvider("ora-" + UUID.randomUUID(), email(contact, true))
                .statusCode())
        .isEqualTo(200);

    HttpResponse<String> refused =
        new Visitor().signInAtProvider("someone-else-" + UUID.randomUUID(), email(contact, true));

    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains("already used by a different GOV.UK One Login account");
  }

  @Test
  void aRepresentativeSignsInWithTheirOwnInvitationAndActsForThePerson() {
    RecordFixtures.Person nadia = new RecordFixtures(jdbc, people).person("Nadia", worker);
    String contact = unique("ali");
    WebSession practitioner = practitioner();
    practitioner.get("/people/" + nadia.id() + "/representatives");
    Map<String, String> form = new HashMap<>();
    form.put("name", "Ali Raza");
    form.put("authority", "LPA_HEALTH_WELFARE");
    form.put("reference", "7000-1234-5678");
    form.put("endsOnDay", "1");
    form.put("endsOnMonth", "6");
    form.put("endsOnYear", "2027");
    form.put("contact", contact);
    form.put("confirmed", "yes");
    assertThat(practitioner.post("/people/" + nadia.id() + "/representatives", form).statusCode())
        .isEqualTo(302);

    HttpResponse<String> landed =
        new Visitor().signInAtProvider("ali-" + UUID.randomUUID(), email(contact, true));

    assertThat(landed.statusCode()).isEqualTo(200);
    assertThat(landed.uri().getPath()).isEqualTo("/my/");
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit_entry WHERE person_id = :person"
                        + " AND role = 'REPRESENTATIVE' AND section = 'sign-in'"
                        + " AND username LIKE 'Ali Raza%'")
                .param("person", nadia.id())
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void aMemberOfStaffSignedInWithTheirOrganisationsProviderIsNobodyOnThePersonsPages() {
    String email = unique("staff");
    invited("Sam", email);
    staff.addDemoAccount(email, "Sam Staff", Role.PRACTITIONER, null, null);
    Visitor visitor = new Visitor();

    HttpResponse<String> home = visitor.signInAtStaffProvider(email);
    assertThat(home.statusCode()).isEqualTo(200);
    assertThat(home.body()).contains("Signed in as Sam Staff");

    HttpResponse<String> mine = visitor.get(base("/my/"));
    assertThat(mine.statusCode()).isEqualTo(302);
    assertThat(locationOf(mine)).endsWith(PersonPagesSecurity.SIGN_IN);
  }

  @Test
  void aPersonSignedInWithTheProviderIsNobodyOnTheStaffPages() {
    String contact = unique("pia");
    invited("Pia", contact);
    Visitor visitor = new Visitor();
    assertThat(
            visitor.signInAtProvider("pia-" + UUID.randomUUID(), email(contact, true)).statusCode())
        .isEqualTo(200);

    HttpResponse<String> staffHome = visitor.get(base("/"));

    assertThat(staffHome.statusCode()).isEqualTo(302);
    assertThat(locationOf(staffHome)).endsWith("/sign-in");
  }

  /**
   * The provider's answer to a member of staff's sign-in, sent to the person's callback instead.
   */
  @Test
  void theAnswerToAStaffSignInCannotSignAnyoneInToThePersonsPages() {
    String email = unique("staff-answer");
    invited("Tam", email);
    Visitor visitor = new Visitor();
    // No answer is queued at the provider: its token endpoint is never reached here.
    HttpResponse<String> toProvider = visitor.get(base("/sign-in/with/provider"));
    HttpResponse<String> answer = visitor.get(URI.create(locationOf(toProvider)));
    URI staffCallback = URI.create(locationOf(answer));
    assertThat(staffCallback.getPath()).isEqualTo("/sign-in/callback");

    HttpResponse<String> replayed =
        visitor.get(base(CitizenSignOn.CALLBACK + "?" + staffCallback.getRawQuery()));

    assertThat(replayed.statusCode()).isEqualTo(302);
    assertThat(locationOf(replayed)).endsWith(PersonPagesSecurity.SIGN_IN + "?providerFailed");
    assertThat(visitor.get(base("/my/")).statusCode()).isEqualTo(302);
    assertThat(visitor.get(base(PersonPagesSecurity.SIGN_IN + "?providerFailed")).body())
        .contains("Signing in with GOV.UK One Login did not finish");
  }

  @Test
  void startingSendsThePersonToTheCitizenProviderWithTheExtraParametersItAsksFor() {
    HttpResponse<String> start = new Visitor().get(base(CitizenSignOn.START));

    assertThat(start.statusCode()).isEqualTo(302);
    assertThat(locationOf(start))
        .startsWith(provider.authorizationEndpointUrl(CITIZENS).toString())
        .contains("client_id=" + CLIENT_ID, "state=", "nonce=", "code_challenge=")
        .contains("scope=openid%20email")
        .contains("vtr=")
        .contains("redirect_uri=http://localhost:" + port + CitizenSignOn.CALLBACK);
  }

  @Test
  void withCodesOffTheSignInPageOffersOnlyTheProviderAndACodeIsRefused() {
    WebSession browser = new WebSession(port);
    HttpResponse<String> page = browser.get(PersonPagesSecurity.SIGN_IN);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("Sign in with GOV.UK One Login")
        .contains("href=\"" + CitizenSignOn.START + "\"")
        .doesNotContain("Send me a code");
    HttpResponse<String> refused =
        browser.post(PersonPagesSecurity.SIGN_IN, Map.of("contact", "nusrat.raza@example.com"));
    assertThat(refused.statusCode()).isEqualTo(302);
    assertThat(WebSession.location(refused)).endsWith(CitizenSignOn.RefuseCodes.REFUSED_PAGE);
    assertThat(browser.get(CitizenSignOn.RefuseCodes.REFUSED_PAGE).body())
        .contains("We do not send codes");
  }

  @Test
  void theSignInAndRefusalPagesReadAsPlainEnglish() {
    WebSession visitor = new WebSession(port);
    for (String path :
        List.of(
            PersonPagesSecurity.SIGN_IN,
            PersonPagesSecurity.SIGN_IN + "?providerFailed",
            CitizenSignOn.NOT_FOUND,
            CitizenSignOn.NOT_FOUND + "?notVerified",
            CitizenSignOn.NOT_FOUND + "?otherAccount")) {
      ReadingEase.Score score = ReadingEase.ofPage(visitor.get(path).body());
      System.out.printf("Reading ease %s: %.0f%n", path, score.ease());
      assertThat(score.ease()).as(path).isGreaterThanOrEqualTo(60);
    }
  }

  private static String locationOf(HttpResponse<?> response) {
    return response.headers().firstValue("Location").orElseThrow();
  }

  private URI base(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  /** A browser: keeps cookies and follows redirects itself, between the service and provider. */
  private final class Visitor {

    private final HttpClient http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    final List<URI> visited = new ArrayList<>();

    /** Presses "Sign in with GOV.UK One Login"; the provider vouches for these claims. */
    HttpResponse<String> signInAtProvider(String subject, Map<String, Object> claims) {
      provider.enqueueCallback(
          new DefaultOAuth2TokenCallback(CITIZENS, subject, "JWT", List.of(CLIENT_ID), claims));
      return follow(get(base(CitizenSignOn.START)));
    }

    /** Presses the staff sign-in page's "Sign in with Council account". */
    HttpResponse<String> signInAtStaffProvider(String email) {
      provider.enqueueCallback(
          new DefaultOAuth2TokenCallback(
              STAFF,
              "staff-" + UUID.randomUUID(),
              "JWT",
              List.of(STAFF_CLIENT_ID),
              Map.of("email", email)));
      return follow(get(base("/sign-in/with/provider")));
    }

    private HttpResponse<String> follow(HttpResponse<String> response) {
      for (int hop = 0; hop < 10 && response.statusCode() / 100 == 3; hop++) {
        response = get(response.uri().resolve(locationOf(response)));
      }
      return response;
    }

    HttpResponse<String> get(URI uri) {
      visited.add(uri);
      HttpRequest request = HttpRequest.newBuilder(uri).header("Accept", "text/html").GET().build();
      try {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
      } catch (IOException e) {
        throw new IllegalStateException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}
