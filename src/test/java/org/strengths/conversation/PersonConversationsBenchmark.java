package org.strengths.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.strengths.access.StaffAccounts;
import org.strengths.access.StaffMember;
import org.strengths.person.People;
import org.strengths.platform.web.ListPage;
import org.strengths.testing.BenchmarkTimes;
import org.strengths.testing.WebSession;

/**
 * Opening a person with 200 conversations, run on demand only:
 *
 * <pre>./mvnw -q test -Dtest=PersonConversationsBenchmark -Dbenchmark=true</pre>
 *
 * <p>Records 200 completed conversations for a new person through the real recording service (each
 * with quotes, a strength and an action, and a chronology entry), then, signed in as the
 * practitioner over real HTTP on localhost, times the conversations list and the person's
 * chronology (which lists the conversations; the record's summary is timed by {@code
 * PersonRecordBenchmark}). Both pages audit the view, as in production. The times are whole round
 * trips on the same machine, so they bound the server time from above. Target: p95 at most 100 ms.
 * The table is also written to {@code target/benchmark/person-conversations.md}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@EnabledIfSystemProperty(named = "benchmark", matches = "true|")
class PersonConversationsBenchmark {

  static final int CONVERSATIONS = 200;

  @LocalServerPort int port;
  @Autowired People people;
  @Autowired StaffAccounts accounts;
  @Autowired ConversationRecording recording;
  @Autowired Conversations conversations;

  @Test
  void opensAPersonWith200ConversationsWithin100Milliseconds() throws Exception {
    StaffMember practitioner = ConversationTestData.staff(accounts, "practitioner");
    UUID person = ConversationTestData.personOf(people, practitioner);
    LocalDate first = LocalDate.of(2018, 1, 8);
    long started = System.nanoTime();
    for (int i = 0; i < CONVERSATIONS; i++) {
      LocalDate day = first.plusWeeks(i);
      String outcome = i == 0 ? "Progress to Assessment" : "NFA - Other";
      var saved =
          recording.complete(
              person, null, 0, ConversationTestData.content(day, outcome), practitioner);
      assertThat(saved).isInstanceOf(ConversationRecording.Saved.class);
    }
    double loadSeconds = (System.nanoTime() - started) / 1e9;
    WebSession browser = WebSession.signedIn(port, "practitioner", "strengths-demo");
    String list = "/people/" + person + "/conversations";
    String record = "/people/" + person + "/chronology";
    String listPage = browser.get(list).body();
    String recordPage = browser.get(record).body();
    assertThat(listPage).contains("Conversation " + CONVERSATIONS);
    assertThat(recordPage).contains("id=\"chronology-entries\"");

    BenchmarkTimes times =
        new BenchmarkTimes("Page, person with %d conversations".formatted(CONVERSATIONS));
    BenchmarkTimes.Result listed =
        times.measure("Conversations list", 50, 300, () -> ok(browser.get(list)));
    BenchmarkTimes.Result recorded =
        times.measure("Person's chronology", 50, 300, () -> ok(browser.get(record)));
    times.measure(
        "Its queries: the count and the first page (Conversations.countFor, summariesFor, now)",
        50,
        300,
        () ->
            conversations.summariesFor(
                person,
                ListPage.of(
                    null, conversations.countFor(person), ConversationController.LIST_PAGE_SIZE)));
    times.measure(
        "Its query before: whole conversations (Conversations.forPerson)",
        50,
        300,
        () -> conversations.forPerson(person));
    times.line("");
    times.line(
        "%d conversations recorded through ConversationRecording in %.1f s. Page times are HTTP"
            + " round trips on localhost (server time plus a little client time; CPU is the client"
            + " thread's only). Pages: list %,d characters, chronology %,d characters.",
        CONVERSATIONS, loadSeconds, listPage.length(), recordPage.length());
    times.write("person-conversations");

    assertThat(List.of(listed, recorded)).allMatch(result -> result.p50() > 0);
  }

  private static String ok(HttpResponse<String> response) {
    if (response.statusCode() != 200) {
      throw new IllegalStateException("Status " + response.statusCode());
    }
    return response.body();
  }
}
