package org.strengths.load;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The 9 am storm: 100 staff (by default) sign in with local passwords within 10 seconds, each a
 * different account of the generated council, then open "My work". The POST of the form ("sign in")
 * is the figure that matters: it checks the password hash.
 */
public class SignInStorm extends Simulation {

  public SignInStorm() {
    int practitioners;
    try (Connection db = LoadSettings.database();
        PreparedStatement statement =
            db.prepareStatement(
                "SELECT count(*) FROM access_staff WHERE username LIKE 'worker%'"
                    + " AND role = 'PRACTITIONER'");
        ResultSet rows = statement.executeQuery()) {
      rows.next();
      practitioners = rows.getInt(1);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not count the generated council's staff", e);
    }
    int accounts = practitioners;
    ScenarioBuilder storm =
        scenario("Sign-in storm")
            .exec(
                session ->
                    session.set("username", LoadSettings.username(session.userId() - 1, accounts)))
            .exec(SignIn.chain("sign in"))
            .exitHereIfFailed()
            .exec(http("my work after signing in").get("/").check(status().is(200)));
    // At 9 am the service has been running (scripts/load-test.sh waits until the jobs that follow
    // a start are done): one member of staff signs in and opens "My work" a few times first (the
    // "warm-up" requests, so that both are compiled as in a service used the day before), then the
    // storm.
    ScenarioBuilder earlyBird =
        scenario("Before nine")
            .exec(session -> session.set("username", LoadSettings.username(0, accounts)))
            .repeat(10)
            .on(
                SignIn.chain("warm-up sign in")
                    .exec(http("warm-up my work").get("/").check(status().is(200)))
                    .exec(flushCookieJar()));
    setUp(
            earlyBird
                .injectOpen(atOnceUsers(1))
                .andThen(
                    storm.injectOpen(rampUsers(LoadSettings.USERS).during(LoadSettings.STORM))))
        .protocols(
            http.baseUrls(LoadSettings.BASE_URLS)
                .acceptHeader("text/html,application/xhtml+xml")
                .userAgentHeader("strengths-load-test")
                .disableFollowRedirect());
  }
}
