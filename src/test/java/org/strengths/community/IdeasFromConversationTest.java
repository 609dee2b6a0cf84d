package org.strengths.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.strengths.access.StaffAccounts;
import org.strengths.access.StaffMember;
import org.strengths.person.People;
import org.strengths.testing.RecordFixtures;
import org.strengths.testing.TestClock;

/** Ideas for connections start from what the person said in their conversations. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class IdeasFromConversationTest {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

  @LocalServerPort int port;
  @Autowired People people;
  @Autowired StaffAccounts accounts;
  @Autowired JdbcClient jdbc;

  private final HttpClient http =
      HttpClient.newBuilder()
          .cookieHandler(new CookieManager())
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
  private String csrf;

  @Test
  void suggestsAGardeningAssetBecauseGardeningIsOneOfTheirStrengths() {
    String unique = word();
    UUID person = personOfThePractitioner();
    get("/sign-in");
    post("/sign-in", Map.of("username", "practitioner", "password", "strengths-demo"));
    get("/community/assets/new");
    String assetName = "Gardening club " + unique;
    Map<String, String> asset = new LinkedHashMap<>();
    asset.put("kind", "ASSOCIATION");
    asset.put("name", assetName);
    asset.put("offers", "Growing vegetables on the allotment, with " + unique + " afterwards");
    asset.put("cost", "FREE");
    asset.put("howToConnect", "TURN_UP");
    asset.put("status", "ACTIVE");
    assertThat(post("/community/assets/new", asset).statusCode()).isEqualTo(302);
    LocalDate today = TestClock.today();
    get("/people/" + person + "/conversations/new");
    Map<String, String> conversation = new LinkedHashMap<>();
    conversation.put("heldOnDay", String.valueOf(today.getDayOfMonth()));
    conversation.put("heldOnMonth", String.valueOf(today.getMonthValue()));
    conversation.put("heldOnYear", String.valueOf(today.getYear()));
    conversation.put("stage", "listen-and-connect");
    conversation.put("outcome", "NFA - Information & Advice / Signposting only");
    conversation.put("whatMatters[0].words", "Getting back to " + unique + " with my friends");
    conversation.put("whatMatters[0].attribution", "person");
    conversation.put("strengths[0].kind", "interests");
    conversation.put("strengths[0].description", "Gardening");
    conversation.put("strengths[0].identifiedBy", "person");
    HttpResponse<String> saved = post("/people/" + person + "/conversations/new", conversation);
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);

    String page = get("/people/" + person + "/ideas-for-connections").body();

    String day = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).format(today);
    assertThat(page)
        .contains(
            "Ideas for each thing that matters to them, from what was said in the conversation on "
                + day
                + ". To look for something else, type other words below.")
        .contains("“Getting back to " + unique + " with my friends”", "“Gardening”")
        .contains(assetName);
    String idea = page.substring(page.indexOf(assetName));
    idea = idea.substring(0, idea.indexOf("</dl>"));
    assertThat(idea)
        .contains(
            "Matches ‘"
                + unique
                + "’ in “Getting back to "
                + unique
                + " with my friends”: what matters to them, said by them, in the conversation on "
                + day);
    assertThat(page).containsPattern("id=\"interests\"[^>]*></textarea>");
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit_entry WHERE person_id = ? AND section = 'ideas'"
                        + " AND action = 'view'")
                .param(person)
                .query(Integer.class)
                .single())
        .isPositive();

    String emptied = get("/people/" + person + "/ideas-for-connections?interests=").body();
    assertThat(emptied).doesNotContain("id=\"ideas-from-conversation\"");
  }

  @Test
  void withoutAConversationThePageIsAsBefore() {
    UUID person = personOfThePractitioner();
    get("/sign-in");
    post("/sign-in", Map.of("username", "practitioner", "password", "strengths-demo"));

    HttpResponse<String> page = get("/people/" + person + "/ideas-for-connections");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).doesNotContain("id=\"ideas-from-conversation\"");
  }

  private UUID personOfThePractitioner() {
    StaffMember worker = accounts.loadUserByUsername("practitioner");
    return people
        .create(
            RecordFixtures.allocated(
                "Ada", word(), LocalDate.of(1950, 5, 17), worker.teamId(), worker.id()),
            worker)
        .personId()
        .orElseThrow();
  }

  private static String word() {
    StringBuilder word = new StringBuilder("q");
    for (int i = 0; i < 9; i++) {
      word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
    }
    return word.toString();
  }

  private HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET());
  }

  private HttpResponse<String> post(String path, Map<String, String> fields) {
    Map<String, String> withToken = new LinkedHashMap<>(fields);
    withToken.put("_csrf", csrf);
    String body =
        withToken.entrySet().stream()
            .map(
                field ->
                    URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          http.send(
              request.header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
      Matcher token = CSRF.matcher(response.body());
      if (token.find()) {
        csrf = token.group(1);
      }
      return response;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
