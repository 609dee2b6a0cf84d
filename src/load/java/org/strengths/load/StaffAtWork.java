package org.strengths.load;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

/**
 * Issue 11's load test: staff of the generated council signed in at once (100 by default) for 5
 * minutes (after a 30 s ramp of sign-ins and a minute's warm-up, reported apart), each doing what a
 * practitioner does in a day, with a think time between pages: find a person with a misspelt name,
 * open their record, the list of conversations and one conversation, the ecomap, the reviews due, a
 * community search and "My work"; one iteration in ten records a conversation through the real form
 * (with the CSRF token from the page). Afterwards every conversation the application acknowledged
 * (a redirect to the saved conversation) is looked for in the database.
 *
 * <p>Run by {@code scripts/load-test.sh}; settings in {@link LoadSettings}.
 */
public class StaffAtWork extends Simulation {

  private static final String[] COMMUNITY_QUERIES = {
    "lunch club",
    "befriending",
    "walking group",
    "choir",
    "dementia cafe",
    "mens shed",
    "swimming",
    "gardening",
    "library",
    "bereavement support"
  };

  /** Someone a member of staff may look for: on their caseload or held by their team. */
  record Sought(String id, String firstName, String lastName) {}

  private final Map<String, List<Sought>> peopleByUsername;
  private final int practitioners;
  private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
  private final LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
  private volatile long measuredFrom = Long.MAX_VALUE;
  private volatile long measuredUntil = Long.MAX_VALUE;

  private static final String WARM_UP = "warm-up (every kind of page)";

  public StaffAtWork() {
    try (Connection db = LoadSettings.database()) {
      peopleByUsername = people(db);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the generated council's people", e);
    }
    practitioners = peopleByUsername.size();
    if (practitioners == 0) {
      throw new IllegalStateException("No generated council here: run --generate-council first");
    }

    HttpProtocolBuilder protocol =
        http.baseUrls(LoadSettings.BASE_URLS)
            .acceptHeader("text/html,application/xhtml+xml")
            .acceptLanguageHeader("en-GB")
            .userAgentHeader("strengths-load-test")
            // A redirect is an answer of its own: to the sign-in page it means the session was
            // lost, which must count as an error rather than as the sign-in page served.
            .disableFollowRedirect()
            .disableCaching();

    ScenarioBuilder staff =
        scenario("Staff at work")
            .exec(
                session ->
                    session.set(
                        "username", LoadSettings.username(session.userId() - 1, practitioners)))
            .exec(SignIn.chain("sign in"))
            .exitHereIfFailed()
            .asLongAs(session -> System.currentTimeMillis() < measuredUntil)
            .on(iteration());

    setUp(staff.injectOpen(rampUsers(LoadSettings.USERS).during(LoadSettings.RAMP)))
        .protocols(protocol)
        .maxDuration(
            LoadSettings.RAMP
                .plus(LoadSettings.WARM_UP)
                .plus(LoadSettings.DURATION)
                .plusSeconds(60));
  }

  /**
   * The measured window starts when every member of staff has signed in (the ramp) and the pages
   * have been served for the warm-up, so that it measures staff at work rather than sign-ins
   * queuing behind password hashes and code not yet compiled (which the storm and the warm-up row
   * show).
   */
  @Override
  public void before() {
    measuredFrom =
        System.currentTimeMillis() + LoadSettings.RAMP.plus(LoadSettings.WARM_UP).toMillis();
    measuredUntil = measuredFrom + LoadSettings.DURATION.toMillis();
  }

  /** The request's kind in the measured window; before it, one "warm-up" row for every kind. */
  private Function<Session, String> named(String kind) {
    return session -> System.currentTimeMillis() < measuredFrom ? WARM_UP : kind;
  }

  private ChainBuilder iteration() {
    return exec(this::choosePerson)
        .exec(
            http(named("find a person (misspelt)"))
                .get("/people")
                .queryParam("q", "#{query}")
                .check(status().is(200)))
        .exec(think())
        .exec(http(named("open a record")).get("/people/#{personId}").check(status().is(200)))
        .exec(think())
        .exec(
            http(named("conversations list"))
                .get("/people/#{personId}/conversations")
                .check(
                    status().is(200),
                    regex("/people/#{personId}/conversations/([0-9a-f\\-]{36})\"")
                        .findRandom()
                        .optional()
                        .saveAs("conversationId")))
        .exec(think())
        .doIf(session -> session.contains("conversationId"))
        .then(
            exec(http(named("one conversation"))
                    .get("/people/#{personId}/conversations/#{conversationId}")
                    .check(status().is(200)))
                .exec(think()))
        .exec(http(named("ecomap")).get("/people/#{personId}/network").check(status().is(200)))
        .exec(think())
        .exec(http(named("reviews due")).get("/reviews").check(status().is(200)))
        .exec(think())
        .exec(
            http(named("community search"))
                .get("/community")
                .queryParam("q", "#{communityQuery}")
                .check(status().is(200)))
        .exec(think())
        .exec(http(named("my work")).get("/").check(status().is(200)))
        .exec(think())
        .doIf(session -> session.getBoolean("write"))
        .then(recordAConversation());
  }

  private ChainBuilder recordAConversation() {
    return exec(http(named("conversation form"))
            .get("/people/#{personId}/conversations/new")
            .check(status().is(200), SignIn.CSRF_FIELD.saveAs("csrf")))
        .exec(think())
        .exec(
            session ->
                session.set(
                    "marker",
                    "load test "
                        + LoadSettings.RUN
                        + " "
                        + session.userId()
                        + " "
                        + System.nanoTime()))
        .exec(
            http(named("record a conversation"))
                .post("/people/#{personId}/conversations/new")
                .formParam("_csrf", "#{csrf}")
                .formParam("heldOnDay", String.valueOf(today.getDayOfMonth()))
                .formParam("heldOnMonth", String.valueOf(today.getMonthValue()))
                .formParam("heldOnYear", String.valueOf(today.getYear()))
                .formParam("stage", "good-life")
                .formParam("channel", "home")
                .formParam("outcome", "NFA - Information & Advice / Signposting only")
                .formParam("whatMatters[0].words", "Seeing my grandchildren on Sundays")
                .formParam("whatMatters[0].attribution", "person")
                .formParam("analysis", "#{marker}")
                .disableFollowRedirect()
                .check(
                    status().is(302),
                    header("Location")
                        .transform(location -> location.contains("/conversations/"))
                        .is(true)))
        .exec(
            session -> {
              if (!session.isFailed()) {
                acknowledged.add(session.getString("marker"));
              }
              return session;
            })
        .exec(think());
  }

  private Session choosePerson(Session session) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    List<Sought> people = peopleByUsername.get(session.getString("username"));
    Sought person = people.get(random.nextInt(people.size()));
    return session
        .remove("conversationId")
        .set("personId", person.id())
        .set(
            "query",
            LoadSettings.misspelt(
                person.firstName(), person.lastName(), new java.util.Random(random.nextLong())))
        .set("communityQuery", COMMUNITY_QUERIES[random.nextInt(COMMUNITY_QUERIES.length)])
        .set("write", random.nextInt(LoadSettings.WRITE_EVERY) == 0);
  }

  static ChainBuilder think() {
    long mean = LoadSettings.THINK_MILLIS;
    return pause(Duration.ofMillis(mean / 2), Duration.ofMillis(mean * 3 / 2));
  }

  /**
   * Each practitioner's caseload, and people with conversations held by their team (up to 200 a
   * team), as staff would look for them.
   */
  private static Map<String, List<Sought>> people(Connection db) throws SQLException {
    Map<String, List<Sought>> byUsername = new HashMap<>();
    Map<String, String> teamOf = new HashMap<>();
    try (PreparedStatement statement =
            db.prepareStatement(
                "SELECT username, team_id::text FROM access_staff"
                    + " WHERE username LIKE 'worker%' AND role = 'PRACTITIONER' ORDER BY username");
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        byUsername.put(rows.getString(1), new ArrayList<>());
        teamOf.put(rows.getString(1), rows.getString(2));
      }
    }
    try (PreparedStatement statement =
            db.prepareStatement(
                "SELECT s.username, p.id::text, p.first_name, p.last_name FROM person p"
                    + " JOIN access_staff s ON s.id = p.worker_id WHERE s.username LIKE 'worker%'");
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        byUsername
            .get(rows.getString(1))
            .add(new Sought(rows.getString(2), rows.getString(3), rows.getString(4)));
      }
    }
    Map<String, List<Sought>> byTeam = new HashMap<>();
    for (String team : new HashSet<>(teamOf.values())) {
      List<Sought> held = new ArrayList<>();
      try (PreparedStatement statement =
          db.prepareStatement(
              "SELECT p.id::text, p.first_name, p.last_name FROM person p WHERE p.team_id = ?::uuid"
                  + " AND EXISTS (SELECT 1 FROM conversation c WHERE c.person_id = p.id)"
                  + " ORDER BY md5(p.id::text) LIMIT 200")) {
        statement.setString(1, team);
        try (ResultSet rows = statement.executeQuery()) {
          while (rows.next()) {
            held.add(new Sought(rows.getString(1), rows.getString(2), rows.getString(3)));
          }
        }
      }
      byTeam.put(team, held);
    }
    byUsername.forEach((username, people) -> people.addAll(byTeam.get(teamOf.get(username))));
    return byUsername;
  }

  @Override
  public void after() {
    WriteCheck.report(acknowledged);
  }
}
