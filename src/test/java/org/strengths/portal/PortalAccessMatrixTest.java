package org.strengths.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.strengths.access.Role;
import org.strengths.access.StaffAccounts;
import org.strengths.access.StaffMember;
import org.strengths.access.Teams;
import org.strengths.assessment.NeedsAssessments;
import org.strengths.community.CommunityAssets;
import org.strengths.connection.Disclosures;
import org.strengths.person.People;
import org.strengths.testing.PersonSignIns;
import org.strengths.testing.RecordFixtures;
import org.strengths.testing.WebSession;

/**
 * One access test over every route of the person's own pages × every kind of visitor (issue 13's
 * quality bar). The routes are read from Spring's request mappings, so a route added later is
 * covered without touching this test; a route with an id in its path that this test cannot fill
 * fails until {@link #IDS} says whose id goes there.
 *
 * <p>The owner is the demo council's Nusrat Raza (her assessment, outcome, connection and network
 * are the ids tried); she and Ali Raza, acting for her, are let in and every view is audited. Every
 * other visitor — anonymous, each staff role (her own practitioner too), another person, someone
 * acting for that other person, and a carer of someone else — is refused her data whichever id they
 * type, and never gets a server error.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalAccessMatrixTest {

  static final String PASSWORD = "strengths-demo";
  static final String NUSRAT = RepresentativesDemo.NUSRAT_EMAIL;
  static final String ALI = RepresentativesDemo.ALI_EMAIL;
  static final String CARER = RepresentativesDemo.CARER_EMAIL;

  /**
   * Pages open to everyone: only that they never fail and never take a form without CSRF. The
   * sign-in through an identity provider (docs/adr/0163) answers "not found" while it is off, as
   * here; CitizenSignOnTest covers it on.
   */
  static final Set<String> PUBLIC =
      Set.of(
          "/my/sign-in", "/my/sign-in/code", "/my/sign-in/with/citizen", "/my/sign-in/not-found");

  /** GETs that may send a signed-in person on within their pages instead of showing a page. */
  static final Map<String, String> MAY_REDIRECT =
      Map.of(
          // Only someone acting for more than one person chooses; everyone else goes home.
          "/my/act-for", "/my/",
          // A connection whose sharing already stopped has nothing to stop.
          "/my/sharing/{connectionId}/stop", "/my/sharing");

  /** GETs with nothing to show someone who has none of it (a plan to download): "not found". */
  static final Set<String> NOTHING_OF_THEIRS = Set.of("/my/plan.pdf");

  /** Whose id goes in each path variable: the owner's, so every other visitor tries hers. */
  final Map<String, Function<String, String>> IDS = new HashMap<>();

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired JdbcClient jdbc;
  @Autowired StaffAccounts staff;
  @Autowired Teams teams;
  @Autowired People people;
  @Autowired NeedsAssessments assessments;
  @Autowired Disclosures disclosures;

  UUID nusrat;
  UUID nusratsAssessment;
  UUID nusratsOutcome;
  UUID nusratsConnection;
  UUID nusratsRelative;
  UUID nusratsInvitation;

  /** Who signs in to the person's pages, and whose record their views are audited on. */
  record Visitor(String name, WebSession session, UUID auditedOn, String auditRole) {}

  Visitor owner;
  Visitor representative;
  final List<Visitor> others = new ArrayList<>();
  final Map<String, WebSession> staffAndAnonymous = new LinkedHashMap<>();

  @BeforeAll
  void visitors() {
    nusrat =
        jdbc.sql(
                "SELECT person_id FROM portal_invitation WHERE contact = :c AND status = 'ACTIVE'"
                    + " AND representative_id IS NULL")
            .param("c", NUSRAT)
            .query(UUID.class)
            .single();
    nusratsInvitation =
        jdbc.sql(
                "SELECT id FROM portal_invitation WHERE contact = :c AND status = 'ACTIVE'"
                    + " AND representative_id IS NULL")
            .param("c", NUSRAT)
            .query(UUID.class)
            .single();
    nusratsAssessment = assessments.writtenRecords(nusrat).get(0).id();
    nusratsOutcome =
        jdbc.sql(
                """
                SELECT o.id FROM planning_outcome o JOIN planning_plan p ON p.id = o.plan_id
                WHERE p.person_id = :p AND p.status = 'AGREED' ORDER BY o.position LIMIT 1
                """)
            .param("p", nusrat)
            .query(UUID.class)
            .single();
    nusratsConnection = disclosures.ofPerson(nusrat).get(0).connectionId();
    nusratsRelative =
        jdbc.sql("SELECT id FROM network_member WHERE person_id = :p LIMIT 1")
            .param("p", nusrat)
            .query(UUID.class)
            .single();
    IDS.put("aid", pattern -> nusratsAssessment.toString());
    IDS.put("outcomeId", pattern -> nusratsOutcome.toString());
    IDS.put("connectionId", pattern -> nusratsConnection.toString());
    IDS.put(
        "slug",
        pattern ->
            pattern.startsWith("/ask-for-support")
                ? AskForSupportQuestion.values()[0].slug()
                : "about-me");
    IDS.put("token", pattern -> "not-a-token-of-yours-" + UUID.randomUUID());

    String suffix = String.valueOf(ThreadLocalRandom.current().nextInt(1_000_000));
    UUID team = teams.add("Matrix team " + suffix);
    StaffMember worker = account("matrix-worker" + suffix, Role.PRACTITIONER, team, null);

    owner = new Visitor("Nusrat", signedIn(NUSRAT), nusrat, "PERSON");
    representative = new Visitor("Ali, for Nusrat", signedIn(ALI), nusrat, "REPRESENTATIVE");

    RecordFixtures.Person other = new RecordFixtures(jdbc, people).person("Olwen", worker);
    String othersContact = "olwen" + suffix + "@example.com";
    PersonSignIns.invite(as(worker.getUsername()), other.id(), othersContact);
    others.add(new Visitor("another person", signedIn(othersContact), other.id(), "PERSON"));

    String repsContact = "rhys" + suffix + "@example.com";
    WebSession practitioner = as(worker.getUsername());
    practitioner.get("/people/" + other.id() + "/representatives");
    assertThat(
            practitioner
                .post("/people/" + other.id() + "/representatives", attorney(repsContact))
                .statusCode())
        .isEqualTo(302);
    others.add(
        new Visitor(
            "someone acting for another person",
            signedIn(repsContact),
            other.id(),
            "REPRESENTATIVE"));

    UUID carer =
        jdbc.sql("SELECT person_id FROM portal_invitation WHERE contact = :c AND status = 'ACTIVE'")
            .param("c", CARER)
            .query(UUID.class)
            .single();
    others.add(new Visitor("a carer of someone else", signedIn(CARER), carer, "PERSON"));

    staffAndAnonymous.put("anonymous", new WebSession(port));
    staffAndAnonymous.put("Nusrat's own practitioner", as("practitioner"));
    staffAndAnonymous.put("a manager", as("manager"));
    staffAndAnonymous.put("an analyst", as("analyst"));
    staffAndAnonymous.put("an administrator", as("admin"));
    staffAndAnonymous.put("the principal social worker", as("psw"));
    staffAndAnonymous.put(
        "a partner",
        as(
            account(
                    "matrix-partner" + suffix,
                    Role.PARTNER,
                    null,
                    CommunityAssets.DEMO_BEFRIENDING_ORGANISATION_ID)
                .getUsername()));
  }

  private StaffMember account(String username, Role role, UUID team, UUID organisation) {
    staff.addDemoAccount(username, "Matrix " + role.name().toLowerCase(), role, team, organisation);
    return staff.loadUserByUsername(username);
  }

  private WebSession as(String username) {
    return WebSession.signedIn(port, username, PASSWORD);
  }

  private WebSession signedIn(String contact) {
    // Other tests in this JVM sign the demo people in too; the limit on codes is theirs to test.
    jdbc.sql("DELETE FROM portal_code_request WHERE contact = :c").param("c", contact).update();
    WebSession session = new WebSession(port);
    String landed = WebSession.location(PersonSignIns.signIn(session, jdbc, contact));
    assertThat(landed).as(contact + " signed in").isEqualTo("/my/");
    return session;
  }

  private static Map<String, String> attorney(String contact) {
    Map<String, String> form = new HashMap<>();
    form.put("name", "Rhys Ward");
    form.put("authority", "LPA_HEALTH_WELFARE");
    form.put("reference", "7000-1234-5678");
    form.put("endsOnDay", "1");
    form.put("endsOnMonth", "6");
    form.put("endsOnYear", "2027");
    form.put("contact", contact);
    form.put("confirmed", "yes");
    return form;
  }

  /** A route of ours: its method and its pattern as mapped. */
  record Route(String method, String pattern) {
    boolean isGet() {
      return method.equals("GET");
    }

    boolean isPersons() {
      return (pattern.equals("/my") || pattern.startsWith("/my/")) && !PUBLIC.contains(pattern);
    }

    @Override
    public String toString() {
      return method + " " + pattern;
    }
  }

  private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");

  /** Every route of ours under /my and /ask-for-support, as the application maps them now. */
  private List<Route> routes() {
    Set<String> seen = new TreeSet<>();
    List<Route> routes = new ArrayList<>();
    context.getBeansOfType(RequestMappingHandlerMapping.class).values().stream()
        .flatMap(mapping -> mapping.getHandlerMethods().entrySet().stream())
        .filter(handler -> handler.getValue().getBeanType().getName().startsWith("org.strengths."))
        .forEach(
            handler -> {
              Set<RequestMethod> methods = handler.getKey().getMethodsCondition().getMethods();
              for (String pattern : handler.getKey().getPatternValues()) {
                if (!(pattern.equals("/my")
                    || pattern.startsWith("/my/")
                    || pattern.startsWith("/ask-for-support"))) {
                  continue;
                }
                for (RequestMethod method :
                    methods.isEmpty() ? Set.of(RequestMethod.GET, RequestMethod.POST) : methods) {
                  if (seen.add(method.name() + " " + pattern)) {
                    routes.add(new Route(method.name(), pattern));
                  }
                }
              }
            });
    return routes;
  }

  /** The route's address with the owner's ids filled in; null where this test cannot fill it. */
  private String path(Route route) {
    Matcher variable = VARIABLE.matcher(route.pattern());
    StringBuilder path = new StringBuilder();
    while (variable.find()) {
      Function<String, String> id = IDS.get(variable.group(1));
      if (id == null) {
        return null;
      }
      variable.appendReplacement(path, Matcher.quoteReplacement(id.apply(route.pattern())));
    }
    variable.appendTail(path);
    return path.toString();
  }

  /** Whether the route's path holds an id of someone's (a slug naming a page is nobody's). */
  private static boolean namesSomeonesId(Route route) {
    Matcher variable = VARIABLE.matcher(route.pattern());
    while (variable.find()) {
      if (!variable.group(1).equals("slug")) {
        return true;
      }
    }
    return false;
  }

  private long audited(UUID personId, String role) {
    return jdbc.sql("SELECT count(*) FROM audit_entry WHERE person_id = :p AND role = :r")
        .param("p", personId)
        .param("r", role)
        .query(Long.class)
        .single();
  }

  private long auditedByOthersOnNusrat() {
    return jdbc.sql(
            "SELECT count(*) FROM audit_entry WHERE person_id = :p"
                + " AND role IN ('PERSON', 'REPRESENTATIVE', 'CARER')")
        .param("p", nusrat)
        .query(Long.class)
        .single();
  }

  @Test
  void theRoutesAreReadFromTheApplicationAndEveryIdInAPathCanBeFilled() {
    List<Route> routes = routes();
    assertThat(routes)
        .as("the person's routes found")
        .extracting(Route::toString)
        .contains(
            "GET /my/",
            "GET /my/assessments/{aid}",
            "POST /my/sharing/{connectionId}/stop",
            "GET /my/who-looked",
            "GET /my/caring",
            "GET /ask-for-support");
    List<String> unfilled =
        routes.stream().filter(route -> path(route) == null).map(Route::toString).toList();
    assertThat(unfilled)
        .as("routes with an id this test cannot fill: say in IDS whose id goes there")
        .isEmpty();
  }

  @Test
  void everyoneSignedInToTheirPagesSeesEachOfThemAndEveryViewIsAuditedAsThem() {
    List<String> wrong = new ArrayList<>();
    List<Visitor> visitors = new ArrayList<>(List.of(owner, representative));
    visitors.addAll(others);
    for (Visitor visitor : visitors) {
      for (Route route : routes()) {
        if (!route.isPersons() || !route.isGet()) {
          continue;
        }
        if (!visitor.auditedOn().equals(nusrat) && namesSomeonesId(route)) {
          continue; // the ids filled in are Nusrat's: the others try them below
        }
        String path = path(route);
        long before = audited(visitor.auditedOn(), visitor.auditRole());
        HttpResponse<String> response = visitor.session().get(path);
        String where = visitor.name() + " GET " + path;
        if (response.statusCode() == 302
            && WebSession.location(response).equals(MAY_REDIRECT.get(route.pattern()))) {
          continue;
        }
        if (response.statusCode() == 404
            && !visitor.auditedOn().equals(nusrat)
            && NOTHING_OF_THEIRS.contains(route.pattern())) {
          continue;
        }
        if (response.statusCode() != 200) {
          wrong.add(where + " answered " + response.statusCode());
          continue;
        }
        if (audited(visitor.auditedOn(), visitor.auditRole()) <= before) {
          wrong.add(where + " was not audited as " + visitor.auditRole());
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void noOtherPersonCarerOrRepresentativeReachesThePersonsDataWhateverIdTheyType() {
    List<String> wrong = new ArrayList<>();
    long before = auditedByOthersOnNusrat();
    for (Visitor visitor : others) {
      for (Route route : routes()) {
        if (!route.isPersons() || !namesSomeonesId(route)) {
          continue;
        }
        String path = path(route);
        String where = visitor.name() + " " + route.method() + " " + path;
        // A page of the visitor's own first, so a POST carries their valid CSRF token: the
        // refusal must come from the id, not from a missing token.
        visitor.session().get("/my/");
        HttpResponse<String> response =
            route.isGet()
                ? visitor.session().get(path)
                : visitor.session().post(path, Map.of("words", "Not yours to change"));
        // A post carries the visitor's valid token, so only "not found" shows the id refused it.
        Set<Integer> refusals = route.isGet() ? Set.of(403, 404) : Set.of(404);
        if (!refusals.contains(response.statusCode())) {
          wrong.add(where + " answered " + response.statusCode() + ", not " + refusals);
        }
        if (response.body().contains("Nusrat")) {
          wrong.add(where + " showed Nusrat's name");
        }
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(auditedByOthersOnNusrat())
        .as("nothing of Nusrat's was seen or changed by the others")
        .isEqualTo(before);
    assertThat(disclosures.ofPerson(nusrat, nusratsConnection).orElseThrow().consentWithdrawn())
        .as("her consent still stands")
        .isFalse();
  }

  @Test
  void idsTypedIntoFormsReachNothingOfThePersons() {
    long before = auditedByOthersOnNusrat();
    for (Visitor visitor : others) {
      WebSession session = visitor.session();
      session.get("/my/network/change");
      HttpResponse<String> change =
          session.post(
              "/my/network/change",
              Map.of("member", nusratsRelative.toString(), "change", "ENDS", "note", "Not yours"));
      assertThat(change.statusCode()).as(visitor.name() + " suggesting a change").isEqualTo(200);
      assertThat(change.body()).doesNotContain("Nusrat");

      session.get("/my/");
      HttpResponse<String> actFor =
          session.post("/my/act-for", Map.of("invitation", nusratsInvitation.toString()));
      assertThat(actFor.statusCode()).as(visitor.name() + " acting for").isIn(200, 302);
      assertThat(session.get("/my/").body())
          .as(visitor.name() + " is still signed in for themself")
          .doesNotContain("Hello Nusrat");
    }
    assertThat(
            jdbc.sql("SELECT count(*) FROM network_suggestion WHERE note = :n")
                .param("n", "Not yours")
                .query(Long.class)
                .single())
        .as("no change was suggested to a relationship of someone else's")
        .isZero();
    assertThat(auditedByOthersOnNusrat()).isEqualTo(before);
  }

  @Test
  void staffAndAnonymousVisitorsAreSentToTheSignInOfThePersonsPagesOnEveryRoute() {
    List<String> wrong = new ArrayList<>();
    long before = auditedByOthersOnNusrat();
    for (Map.Entry<String, WebSession> visitor : staffAndAnonymous.entrySet()) {
      for (Route route : routes()) {
        if (!route.isPersons()) {
          continue;
        }
        String path = path(route);
        String where = visitor.getKey() + " " + route.method() + " " + path;
        HttpResponse<String> response =
            route.isGet()
                ? visitor.getValue().get(path)
                : visitor.getValue().post(path, Map.of("words", "Staff typing"));
        boolean toSignIn =
            response.statusCode() == 302
                && WebSession.location(response).startsWith(PersonPagesSecurity.SIGN_IN);
        if (!toSignIn && response.statusCode() != 403) {
          wrong.add(where + " answered " + response.statusCode() + " " + location(response));
        }
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(auditedByOthersOnNusrat()).isEqualTo(before);
  }

  @Test
  void everyFormOfThePersonsPagesAndOfAskingForSupportRefusesAPostWithoutItsCsrfToken() {
    List<String> wrong = new ArrayList<>();
    long before = auditedByOthersOnNusrat();
    List<WebSession> visitors =
        List.of(owner.session(), representative.session(), new WebSession(port));
    for (WebSession visitor : visitors) {
      for (Route route : routes()) {
        if (route.isGet()) {
          continue;
        }
        String path = path(route);
        HttpResponse<String> response = visitor.postExactly(path, Map.of("words", "No token"));
        if (response.statusCode() != 403) {
          wrong.add("POST " + path + " without a token answered " + response.statusCode());
        }
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(auditedByOthersOnNusrat() - before)
        .as("nothing was done for a post without its token")
        .isZero();
  }

  @Test
  void askingForSupportNeverFailsForAnyVisitorAndAnotherOnesLinkShowsNothing() {
    List<String> wrong = new ArrayList<>();
    List<WebSession> visitors = new ArrayList<>(staffAndAnonymous.values());
    visitors.add(owner.session());
    others.forEach(visitor -> visitors.add(visitor.session()));
    for (WebSession visitor : visitors) {
      for (Route route : routes()) {
        if (!route.pattern().startsWith("/ask-for-support") || !route.isGet()) {
          continue;
        }
        HttpResponse<String> response = visitor.get(path(route));
        if (response.statusCode() >= 500) {
          wrong.add("GET " + path(route) + " answered " + response.statusCode());
        }
      }
      HttpResponse<String> notTheirs = visitor.get("/ask-for-support/return/" + UUID.randomUUID());
      if (notTheirs.statusCode() != 404) {
        wrong.add("someone else's saved link answered " + notTheirs.statusCode());
      }
    }
    assertThat(wrong).isEmpty();
  }

  private static String location(HttpResponse<String> response) {
    return WebSession.location(response);
  }
}
