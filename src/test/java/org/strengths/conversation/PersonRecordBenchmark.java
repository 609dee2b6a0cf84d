package org.strengths.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.strengths.access.StaffAccounts;
import org.strengths.access.StaffMember;
import org.strengths.person.People;
import org.strengths.platform.PersonRecordPart;
import org.strengths.testing.BenchmarkTimes;
import org.strengths.testing.RecordFixtures;
import org.strengths.testing.WebSession;

/**
 * Opening the record's summary for a person with 200 conversations and 60 relationships, run on
 * demand only:
 *
 * <pre>./mvnw -q test -Dtest=PersonRecordBenchmark -Dbenchmark=true</pre>
 *
 * <p>Records 200 completed conversations through the real recording service (each with quotes, a
 * strength and an action), adds 60 relationships of every kind, an agreed plan with an outcome
 * rated at a review, and three connections; then, signed in as the practitioner over real HTTP on
 * localhost, opens {@code /people/{id}} (every module's card, the small ecomap of 60 relationships,
 * the details, the side navigation; the view audited as in production) 300 times after a warm-up,
 * and times each module's cards on their own, and a page of the record without cards beside it (on
 * a shared machine the difference says more than the absolute figure). Target: p95 at most 50 ms.
 * The table is also written to {@code target/benchmark/person-record.md}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@EnabledIfSystemProperty(named = "benchmark", matches = "true|")
class PersonRecordBenchmark {

  static final int CONVERSATIONS = 200;
  static final int RELATIONSHIPS = 60;
  static final List<String> KINDS =
      List.of(
          "FAMILY",
          "FRIEND",
          "NEIGHBOUR",
          "COMMUNITY_GROUP",
          "FAITH",
          "WORK_EDUCATION",
          "PROFESSIONAL",
          "PAID_CARER",
          "PLACE",
          "PET",
          "OTHER");

  @LocalServerPort int port;
  @Autowired People people;
  @Autowired StaffAccounts accounts;
  @Autowired ConversationRecording recording;
  @Autowired JdbcClient jdbc;
  @Autowired List<PersonRecordPart> parts;

  @Test
  void opensTheSummaryOfAPersonWith200ConversationsAnd60RelationshipsWithin50Milliseconds()
      throws Exception {
    StaffMember practitioner = ConversationTestData.staff(accounts, "practitioner");
    RecordFixtures fixtures = new RecordFixtures(jdbc, people);
    RecordFixtures.Person person = fixtures.person("Nusrat", practitioner);
    LocalDate first = LocalDate.of(2018, 1, 8);
    long started = System.nanoTime();
    for (int i = 0; i < CONVERSATIONS; i++) {
      LocalDate day = first.plusWeeks(i);
      String outcome = i == 0 ? "Progress to Assessment" : "NFA - Other";
      var saved =
          recording.complete(
              person.id(), null, 0, ConversationTestData.content(day, outcome), practitioner);
      assertThat(saved).isInstanceOf(ConversationRecording.Saved.class);
    }
    for (int i = 0; i < RELATIONSHIPS; i++) {
      fixtures.relationship(
          person.id(), "Relationship " + (i + 1), KINDS.get(i % KINDS.size()), i % 3 == 0);
    }
    fixtures.agreedPlan(
        person.id(),
        "Get back to the allotment",
        LocalDate.of(2021, 9, 1),
        "PARTLY",
        "Most weeks now",
        LocalDate.of(2022, 8, 1),
        LocalDate.of(2022, 9, 1));
    for (String status : List.of("SENT", "ACCEPTED", "ONGOING")) {
      fixtures.connection(person.id(), "Garden club " + status, status, practitioner);
    }
    double loadSeconds = (System.nanoTime() - started) / 1e9;

    WebSession browser = WebSession.signedIn(port, "practitioner", "strengths-demo");
    String record = "/people/" + person.id();
    String page = browser.get(record).body();
    assertThat(page)
        .contains("Getting back to the allotment", "Grows vegetables")
        .contains(RELATIONSHIPS + " relationships", "Partly achieved", "Garden club ONGOING")
        .contains("Call the allotment society", "id=\"record-navigation\"");

    BenchmarkTimes times =
        new BenchmarkTimes(
            "Person with %d conversations and %d relationships"
                .formatted(CONVERSATIONS, RELATIONSHIPS));
    BenchmarkTimes.Result summary =
        times.measure("Record summary page (HTTP)", 50, 300, () -> ok(browser.get(record)));
    String history = "/people/" + person.id() + "/history";
    times.measure(
        "For comparison: context and history page (no cards)",
        50,
        300,
        () -> ok(browser.get(history)));
    PersonRecordPart.Subject subject =
        new PersonRecordPart.Subject(person.id(), person.displayName());
    for (PersonRecordPart part : parts) {
      if (!part.cards(subject).isEmpty()) {
        times.measure(
            "Cards of " + part.getClass().getSimpleName(), 50, 300, () -> part.cards(subject));
      }
    }
    times.line("");
    times.line(
        "Data loaded in %.1f s. The page time is an HTTP round trip on localhost (server time plus"
            + " a little client time; CPU is the client thread's only). Page: %,d characters.",
        loadSeconds, page.length());
    times.write("person-record");

    assertThat(summary.p50()).isPositive();
  }

  private static String ok(HttpResponse<String> response) {
    if (response.statusCode() != 200) {
      throw new IllegalStateException("Status " + response.statusCode());
    }
    return response.body();
  }
}
