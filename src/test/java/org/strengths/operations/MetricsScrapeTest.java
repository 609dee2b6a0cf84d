package org.strengths.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.strengths.access.StaffAccounts;
import org.strengths.access.StaffMember;
import org.strengths.conversation.ConversationRecords;
import org.strengths.testing.TestClock;
import org.strengths.testing.WebSession;

/**
 * What a Prometheus scraper holding the scrape token finds: request timings per route, the database
 * pool, the JVM, and the practice counters.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class MetricsScrapeTest {

  private static final Pattern PERSON_LINK = Pattern.compile("href=\"/people/([0-9a-f-]{36})\"");
  private static final Pattern RECORDED =
      Pattern.compile("strengths_conversations_recorded_total\\{[^}]*\\} ([0-9.E]+)");

  @LocalServerPort int port;
  @Autowired ConversationRecords conversations;
  @Autowired StaffAccounts staff;

  @Value("${strengths.management.token}")
  String token;

  @Test
  void aScraperFindsRequestTimingsPerRouteThePoolTheJvmAndThePracticeCounters() {
    WebSession practitioner = WebSession.signedIn(port, "practitioner", "strengths-demo");
    Matcher person = PERSON_LINK.matcher(practitioner.get("/").body());
    assertThat(person.find()).as("a person on My work").isTrue();
    double before = recorded(scrape(token).body());

    recordAConversation(UUID.fromString(person.group(1)));
    HttpResponse<String> scrape = scrape(token);

    assertThat(scrape.statusCode()).isEqualTo(200);
    assertThat(scrape.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
    assertThat(scrape.body())
        .containsPattern("http_server_requests_seconds_bucket\\{[^}]*le=\"0.05\"")
        .containsPattern("http_server_requests_seconds_count\\{[^}]*uri=\"/sign-in\"")
        .containsPattern("http_server_requests_seconds_count\\{[^}]*uri=\"/\"")
        .contains("hikaricp_connections_active{")
        .contains("jvm_memory_used_bytes{")
        .contains("strengths_cld_events_derived_total");
    assertThat(recorded(scrape.body())).isEqualTo(before + 1);
    assertThat(derived(scrape.body())).as("the conversation's CLD event").isGreaterThan(0);
  }

  private static double derived(String scrape) {
    Matcher count =
        Pattern.compile("strengths_cld_events_derived_total\\{[^}]*\\} ([0-9.E]+)").matcher(scrape);
    assertThat(count.find()).isTrue();
    return Double.parseDouble(count.group(1));
  }

  private static double recorded(String scrape) {
    Matcher count = RECORDED.matcher(scrape);
    assertThat(count.find()).as("the conversations recorded counter").isTrue();
    return Double.parseDouble(count.group(1));
  }

  private void recordAConversation(UUID personId) {
    StaffMember sam = staff.loadUserByUsername("practitioner");
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(sam, null, sam.getAuthorities()));
    SecurityContextHolder.setContext(context);
    try {
      conversations.complete(
          personId,
          new ConversationRecords.Content(
              TestClock.today(),
              "listen-and-connect",
              "phone",
              null,
              "The person",
              List.of("Getting out to the allotment again"),
              List.of(),
              null,
              null,
              null,
              null,
              null,
              List.of(),
              null,
              List.of(),
              null,
              null,
              List.of(),
              null,
              "NFA - Information & Advice / Signposting only"),
          sam);
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  private HttpResponse<String> scrape(String bearer) {
    try {
      return HttpClient.newHttpClient()
          .send(
              HttpRequest.newBuilder(
                      URI.create("http://localhost:" + port + "/actuator/prometheus"))
                  .header("Authorization", "Bearer " + bearer)
                  .build(),
              HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
