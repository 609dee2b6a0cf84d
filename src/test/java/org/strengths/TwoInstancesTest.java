package org.strengths;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
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
import org.strengths.access.StaffAccounts;
import org.strengths.conversation.ConversationTestData;
import org.strengths.person.People;
import org.strengths.platform.UnfinishedEvents;
import org.strengths.testing.WebSession;

/**
 * Two instances of the application on one database, as behind a load balancer: instance A is this
 * test's application (which starts the database), instance B a second application started beside it
 * that is pointed at A's database as at any external PostgreSQL. Every request goes over real HTTP,
 * and one visitor's requests may go to either.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TwoInstancesTest {

  private static final String PASSWORD = "strengths-demo";

  private static ConfigurableApplicationContext instanceB;

  @LocalServerPort int portA;
  @Autowired DataSource dataSource;
  @Autowired JdbcClient jdbc;
  @Autowired People people;
  @Autowired StaffAccounts accounts;
  @Autowired PasswordEncoder passwords;
  @Autowired UnfinishedEvents jobOnA;

  private int portB;

  @AfterAll
  static void stopInstanceB() {
    if (instanceB != null) {
      instanceB.close();
    }
  }

  /** Starts B once, after A has migrated the database and loaded the demo council. */
  private void startInstanceB() throws SQLException {
    if (instanceB == null) {
      String url = dataSource.unwrap(HikariDataSource.class).getJdbcUrl();
      instanceB =
          new SpringApplicationBuilder(StrengthsApplication.class)
              .profiles("test")
              .properties(
                  "server.port=0",
                  "strengths.database.embedded=false",
                  "spring.datasource.url=" + url,
                  "spring.datasource.username=postgres",
                  "spring.datasource.hikari.pool-name=instance-b",
                  "spring.datasource.hikari.maximum-pool-size=4")
              .run();
    }
    portB = Integer.parseInt(instanceB.getEnvironment().getProperty("local.server.port"));
    assertThat(portB).isNotEqualTo(portA);
  }

  @Test
  void aMemberOfStaffSignedInOnOneInstanceIsServedByTheOtherUntilTheySignOutOnEither()
      throws SQLException {
    startInstanceB();
    WebSession onA = WebSession.signedIn(portA, "practitioner", PASSWORD);
    WebSession onB = onA.at(portB);

    HttpResponse<String> home = onB.get("/");

    assertThat(home.statusCode()).isEqualTo(200);
    assertThat(home.body()).contains("Sam Okafor");
    HttpResponse<String> signedOut = onB.post("/sign-out", Map.of());
    assertThat(WebSession.location(signedOut)).endsWith("/sign-in?signedOut");
    assertThat(WebSession.location(onA.get("/"))).endsWith("/sign-in");
  }

  @Test
  void theSessionCookieKeepsItsProtectionsWhenSessionsLiveInTheDatabase() throws SQLException {
    startInstanceB();
    WebSession visitor = new WebSession(portB);
    visitor.get("/sign-in");

    HttpResponse<String> signedIn =
        visitor.post("/sign-in", Map.of("username", "practitioner", "password", PASSWORD));

    assertThat(signedIn.headers().allValues("Set-Cookie"))
        .anySatisfy(
            cookie ->
                assertThat(cookie).startsWith("JSESSIONID=").contains("HttpOnly", "SameSite=Lax"));
  }

  @Test
  void locksAnAccountAfterFiveWrongPasswordsSpreadAcrossBothInstances() throws SQLException {
    startInstanceB();
    String username = freshAccount();
    for (int attempt = 0; attempt < 5; attempt++) {
      int port = attempt % 2 == 0 ? portA : portB;
      assertThat(WebSession.location(new WebSession(port).signIn(username, "wrong " + attempt)))
          .endsWith("/sign-in?error");
    }

    assertThat(WebSession.location(new WebSession(portA).signIn(username, PASSWORD)))
        .endsWith("/sign-in?error");
    assertThat(WebSession.location(new WebSession(portB).signIn(username, PASSWORD)))
        .endsWith("/sign-in?error");
  }

  @Test
  void aDraftSavedOnOneInstanceIsThereToContinueOnTheOther() throws SQLException {
    startInstanceB();
    UUID person =
        ConversationTestData.personOf(people, ConversationTestData.staff(accounts, "practitioner"));
    String base = "/people/" + person + "/conversations";
    WebSession onA = WebSession.signedIn(portA, "practitioner", PASSWORD);
    onA.get(base + "/new");
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("goodDay", "Coffee with Mo at the market");
    fields.put("action", "draft");

    HttpResponse<String> drafted = onA.post(base + "/new", fields);

    assertThat(drafted.statusCode()).isEqualTo(302);
    String edit = WebSession.location(drafted);
    assertThat(edit).endsWith("/edit");
    HttpResponse<String> onB = onA.at(portB).get(edit);
    assertThat(onB.statusCode()).isEqualTo(200);
    assertThat(onB.body()).contains("Coffee with Mo at the market");
  }

  @Test
  void theLanguageCoachOnOneInstanceUsesATermAnAdminAddedOnTheOther() throws Exception {
    startInstanceB();
    String term = "zq" + UUID.randomUUID().toString().substring(0, 6);
    WebSession practitionerOnB = WebSession.signedIn(portB, "practitioner", PASSWORD);
    practitionerOnB.get("/");
    assertThat(coachOn(practitionerOnB, term)).doesNotContain(term);

    WebSession admin = WebSession.signedIn(portA, "admin", PASSWORD);
    admin.get("/admin/language-coach/new");
    HttpResponse<String> added =
        admin.post(
            "/admin/language-coach/new",
            Map.of("term", term, "suggestion", "kinder words", "explanation", "Because."));
    assertThat(added.statusCode()).isEqualTo(302);

    // B asks the database at most once a second whether the lexicon changed.
    String flagged = "";
    for (int tries = 0; tries < 50 && !flagged.contains(term); tries++) {
      Thread.sleep(100);
      flagged = coachOn(practitionerOnB, term);
    }
    assertThat(flagged).contains(term, "kinder words");
  }

  @Test
  void aJobThatMustRunOnceRunsOnOneInstanceWhenBothAreDue() throws SQLException {
    startInstanceB();
    UnfinishedEvents jobOnB = instanceB.getBean(UnfinishedEvents.class);
    // Only these two instances take part: forget a run an earlier test context may have made.
    jdbc.sql("DELETE FROM platform_job_lock WHERE name = :name")
        .param("name", UnfinishedEvents.JOB)
        .update();
    int beforeA = jobOnA.runsHere();
    int beforeB = jobOnB.runsHere();

    // Both instances' schedules fall due, seconds apart: the scheduler calls each one's job.
    jobOnA.resubmit();
    jobOnB.resubmit();
    jobOnA.resubmit();

    assertThat(jobOnA.runsHere() - beforeA).isEqualTo(1);
    assertThat(jobOnB.runsHere() - beforeB).isZero();
    assertThat(
            jdbc.sql("SELECT count(*) FROM platform_job_lock WHERE name = :name")
                .param("name", UnfinishedEvents.JOB)
                .query(Integer.class)
                .single())
        .isEqualTo(1);
  }

  private static String coachOn(WebSession practitioner, String term) {
    HttpResponse<String> answer =
        practitioner.postForJson(
            "/language-coach/check", Map.of("text", "We noted a " + term + " today"));
    assertThat(answer.statusCode()).isEqualTo(200);
    return answer.body();
  }

  private String freshAccount() {
    String username = "two-" + UUID.randomUUID().toString().substring(0, 8);
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
}
