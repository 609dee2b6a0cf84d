package org.strengths.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.strengths.access.AuditLog;
import org.strengths.access.RecordLooks;
import org.strengths.access.Role;
import org.strengths.access.StaffAccounts;
import org.strengths.access.StaffMember;
import org.strengths.access.Teams;
import org.strengths.person.People;
import org.strengths.testing.BenchmarkTimes;
import org.strengths.testing.PersonSignIns;
import org.strengths.testing.RecordFixtures;
import org.strengths.testing.WebSession;

/**
 * The person's own home and "who has looked at my record" for a person whose record has 5,000 audit
 * entries, run on demand only:
 *
 * <pre>./mvnw -q test -Dtest=PersonPagesBenchmark -Dbenchmark=true</pre>
 *
 * <p>Writes 5,000 staff views and changes of the record through the audit log (the hash chain as in
 * production), signs the person in with a code from the outbox, then times the query behind "who
 * looked" in-process and both pages over real HTTP on localhost (client wall time, so it overstates
 * the server's). Target: p95 at most 50 ms. The table is also written to {@code
 * target/benchmark/person-pages.md}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@EnabledIfSystemProperty(named = "benchmark", matches = "true|")
class PersonPagesBenchmark {

  static final int ENTRIES = 5_000;
  static final List<String> SECTIONS =
      List.of("summary", "plan", "conversation", "network", "assessment", "chronology");

  @LocalServerPort int port;
  @Autowired Teams teams;
  @Autowired StaffAccounts staff;
  @Autowired People people;
  @Autowired JdbcClient jdbc;
  @Autowired AuditLog audit;
  @Autowired RecordLooks looks;

  @Test
  void homeAndWhoLookedForARecordWith5000AuditEntries() throws Exception {
    String suffix = String.valueOf(ThreadLocalRandom.current().nextInt(1_000_000));
    UUID team = teams.add("Benchmark portal team " + suffix);
    staff.addDemoAccount("bench-portal" + suffix, "Asha Patel", Role.PRACTITIONER, team, null);
    StaffMember worker = staff.loadUserByUsername("bench-portal" + suffix);
    UUID person = new RecordFixtures(jdbc, people).person("Nadia", worker).id();
    String contact = "nadia" + suffix + "@example.com";

    WebSession practitioner = WebSession.signedIn(port, worker.getUsername(), "strengths-demo");
    PersonSignIns.invite(practitioner, person, contact);

    long started = System.nanoTime();
    SecurityContextHolder.getContext()
        .setAuthentication(
            new UsernamePasswordAuthenticationToken(worker, null, worker.getAuthorities()));
    try {
      for (int i = 0; i < ENTRIES; i++) {
        audit.record(person, SECTIONS.get(i % SECTIONS.size()), i % 5 == 0 ? "change" : "view");
      }
    } finally {
      SecurityContextHolder.clearContext();
    }
    double loadSeconds = (System.nanoTime() - started) / 1e9;
    long entries =
        jdbc.sql("SELECT count(*) FROM audit_entry WHERE person_id = :p")
            .param("p", person)
            .query(Long.class)
            .single();
    assertThat(entries).isGreaterThanOrEqualTo(ENTRIES);

    WebSession nadia = new WebSession(port);
    assertThat(WebSession.location(PersonSignIns.signIn(nadia, jdbc, contact))).isEqualTo("/my/");
    assertThat(ok(nadia.get("/my/who-looked")))
        .containsIgnoringCase("a practitioner from Benchmark portal team " + suffix)
        .contains("Older");

    BenchmarkTimes times = new BenchmarkTimes("Person with %,d audit entries".formatted(entries));
    times.measure("RecordLooks.page (in-process)", 30, 300, () -> looks.page(person, 1, 50));
    times.measure("/my/who-looked (HTTP)", 30, 300, () -> ok(nadia.get("/my/who-looked")));
    times.measure("/my/ home (HTTP)", 30, 300, () -> ok(nadia.get("/my/")));
    times.line("");
    times.line(
        "%,d entries written through the audit log in %.1f s; every page view is itself audited"
            + " as the person, as in production.",
        ENTRIES, loadSeconds);
    times.write("person-pages");
  }

  private static String ok(HttpResponse<String> response) {
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body();
  }
}
