package org.strengths.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.strengths.access.Role;
import org.strengths.access.StaffAccounts;
import org.strengths.access.StaffMember;
import org.strengths.access.Teams;
import org.strengths.person.People;
import org.strengths.testing.BenchmarkTimes;
import org.strengths.testing.RecordFixtures;
import org.strengths.testing.WebSession;

/**
 * The audit evidence of a record with 200 conversations, run on demand only:
 *
 * <pre>./mvnw -q test -Dtest=AuditEvidenceBenchmark -Dbenchmark=true</pre>
 *
 * <p>Gives a person 200 completed conversations (three quotes in their words, one from family, two
 * strengths and a paragraph of the practitioner's analysis each), ten relationships and an agreed
 * plan, puts them in an audit's sample, then times {@link RecordEvidence#of} in-process (the
 * server's work: every module's public API and the language coach over 200 analyses) and the
 * auditor's scoring page over real HTTP on localhost (evidence beside eleven questions, the view
 * audited). Target: p95 at most 100 ms. The table is also written to {@code
 * target/benchmark/audit-evidence.md}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@EnabledIfSystemProperty(named = "benchmark", matches = "true|")
class AuditEvidenceBenchmark {

  static final int CONVERSATIONS = 200;
  static final String ANALYSIS =
      "Mrs Hale manages her own medication and walks to the shop most days. She told me the"
          + " stairs are harder since the winter, and that she worries about being a burden on"
          + " her daughter, who visits on Sundays. We agreed to ask the handyman scheme about a"
          + " second rail and to try the lunch club at the church hall on Thursdays.";

  @LocalServerPort int port;
  @Autowired Teams teams;
  @Autowired StaffAccounts staff;
  @Autowired People people;
  @Autowired JdbcClient jdbc;
  @Autowired RecordEvidence evidence;
  @Autowired CaseFileAudits audits;
  @Autowired AuditStore store;

  @Test
  void theEvidenceOfARecordWith200ConversationsIsComputedWithin100Milliseconds() throws Exception {
    String suffix = String.valueOf(ThreadLocalRandom.current().nextInt(1_000_000));
    UUID team = teams.add("Benchmark team " + suffix);
    UUID other = teams.add("Benchmark auditors " + suffix);
    StaffMember worker = account("bench-worker" + suffix, Role.PRACTITIONER, team);
    StaffMember auditor = account("bench-auditor" + suffix, Role.PRACTITIONER, other);
    StaffMember moderator = account("bench-moderator" + suffix, Role.MANAGER, other);
    StaffMember psw = account("bench-psw" + suffix, Role.PRINCIPAL_SOCIAL_WORKER, null);
    RecordFixtures fixtures = new RecordFixtures(jdbc, people);
    UUID person = fixtures.person("Nora", worker).id();
    long started = System.nanoTime();
    LocalDate first = LocalDate.of(2018, 1, 8);
    for (int i = 0; i < CONVERSATIONS; i++) {
      fixtures.conversation(
          person,
          i + 1,
          first.plusWeeks(i),
          List.of("Seeing my grandson", "My garden", "Staying in my own home"),
          "Ann: She wants to stay near the park",
          List.of("Gardener " + (i % 7), "Good neighbour"),
          List.of(),
          null);
    }
    jdbc.sql("UPDATE conversation SET analysis = :text WHERE person_id = :person")
        .param("text", ANALYSIS)
        .param("person", person)
        .update();
    for (int i = 0; i < 10; i++) {
      fixtures.relationship(person, "Friend " + i, i < 3 ? "FAMILY" : "FRIEND", i % 2 == 0);
    }
    fixtures.agreedPlan(
        person,
        "To get to the allotment each week",
        LocalDate.of(2026, 6, 1),
        "PARTLY",
        "Getting there",
        LocalDate.of(2027, 4, 1),
        LocalDate.of(2027, 6, 1));
    double loadSeconds = (System.nanoTime() - started) / 1e9;

    AuditForms.Setup form = new AuditForms.Setup();
    form.setTemplate(CaseFileAuditDemo.DEFAULT_TEMPLATE);
    form.setTeam(team.toString());
    form.setMonth("2026-06");
    form.setSize("1");
    form.setSeed("1");
    form.setAuditor(auditor.id().toString());
    form.setModerator(moderator.id().toString());
    UUID audit = ((CaseFileAudits.Created) audits.create(form, psw)).id();
    assertThat(store.sample(audit))
        .extracting(AuditStore.Sampled::personId)
        .containsExactly(person);

    Evidence computed = evidence.of(person);
    assertThat(computed.conversations()).isEqualTo(CONVERSATIONS);
    assertThat(computed.quotesInTheirWords()).isEqualTo(3 * CONVERSATIONS);
    assertThat(computed.strengthsRecorded()).isEqualTo(8);
    WebSession browser = WebSession.signedIn(port, auditor.getUsername(), "strengths-demo");
    String page = "/audits/" + audit + "/records/" + person;
    String body = ok(browser.get(page));
    assertThat(body).contains("Quotes in the person&#39;s own words: 600");

    BenchmarkTimes times =
        new BenchmarkTimes("Person with %d conversations".formatted(CONVERSATIONS));
    BenchmarkTimes.Result computing =
        times.measure("RecordEvidence.of (in-process)", 30, 300, () -> evidence.of(person));
    BenchmarkTimes.Result paging =
        times.measure("Auditor's scoring page (HTTP)", 30, 300, () -> ok(browser.get(page)));
    times.line("");
    times.line(
        "Record loaded through the test fixtures in %.1f s: %d conversations (3 quotes in the"
            + " person's words, 1 from family, 2 strengths and %d words of analysis each), 10"
            + " relationships, an agreed plan. Page %,d characters; the page's view is audited as"
            + " in production.",
        loadSeconds, CONVERSATIONS, EvidenceRules.wordCount(ANALYSIS), body.length());
    times.write("audit-evidence");

    assertThat(List.of(computing, paging)).allMatch(result -> result.p50() > 0);
  }

  private StaffMember account(String username, Role role, UUID team) {
    staff.addDemoAccount(username, username, role, team, null);
    return staff.loadUserByUsername(username);
  }

  private static String ok(HttpResponse<String> response) {
    if (response.statusCode() != 200) {
      throw new IllegalStateException("Status " + response.statusCode());
    }
    return response.body();
  }
}
