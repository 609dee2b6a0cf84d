package org.strengths.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.strengths.testing.WebSession;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Bearer tokens issued on the admin pages, and the API's problem+json answers, over real HTTP. */
@AccessIntegrationTest
class ApiAuthenticationTest {

  private static final String DEMO = "strengths-demo";
  private static final Pattern SECRET = Pattern.compile("id=\"token-secret\">(stk_[^<]+)<");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort int port;
  @Autowired FakePersonDirectory people;
  @Autowired JdbcClient jdbc;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void showsANewTokenOnceAndListsItWithoutTheSecret() {
    WebSession admin = WebSession.signedIn(port, "admin", DEMO);
    admin.get("/admin/api-tokens");
    HttpResponse<String> issued =
        admin.post(
            "/admin/api-tokens",
            Map.of("staffId", staffId("practitioner"), "label", "Care portal"));
    assertThat(WebSession.location(issued)).endsWith("/admin/api-tokens/issued");

    String secretPage = admin.get("/admin/api-tokens/issued").body();
    String secret = secretOn(secretPage);
    assertThat(secret).matches("stk_[A-Za-z0-9_-]{43}");
    assertThat(secretPage).contains("Copy this token now. You will not be able to see it again.");
    assertThat(WebSession.location(admin.get("/admin/api-tokens/issued")))
        .endsWith("/admin/api-tokens");
    String list = admin.get("/admin/api-tokens").body();
    assertThat(list).contains("Care portal").contains("Active").doesNotContain(secret);
    assertThat(
            jdbc.sql("SELECT count(*) FROM access_api_token WHERE token_hash = :hash")
                .param("hash", ApiTokens.hash(secret))
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void explainsWhatIsMissingWhenIssuingATokenGoesWrong() {
    WebSession admin = WebSession.signedIn(port, "admin", DEMO);
    admin.get("/admin/api-tokens");

    String missing = admin.post("/admin/api-tokens", Map.of("staffId", "", "label", " ")).body();
    String tooLong =
        admin
            .post(
                "/admin/api-tokens",
                Map.of("staffId", staffId("practitioner"), "label", "L".repeat(101)))
            .body();

    assertThat(missing)
        .contains("Choose the member of staff the token is for")
        .contains("Enter what the token is for");
    assertThat(tooLong)
        .contains("What the token is for must be 100 characters or fewer")
        .contains("L".repeat(101));
  }

  @Test
  void keepsTheTokenPagesFromEveryoneButAdministrators() {
    assertThat(WebSession.signedIn(port, "manager", DEMO).get("/admin/api-tokens").statusCode())
        .isEqualTo(403);
  }

  @Test
  void callsTheApiAsTheMemberOfStaffWhoOwnsTheToken() throws Exception {
    String token = issueTokenFor("practitioner");
    UUID person = people.add("Ada Lovelace", team("North locality"), null);

    HttpResponse<String> answer = get("/api/test-only/people/" + person, token);

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(json(answer).get("basis").asString()).isEqualTo("TEAM_MEMBER");
    assertThat(answer.headers().firstValue("Set-Cookie")).as("no session").isEmpty();
    assertThat(
            jdbc.sql(
                    "SELECT last_used_at IS NOT NULL FROM access_api_token"
                        + " WHERE token_hash = :hash")
                .param("hash", ApiTokens.hash(token))
                .query(Boolean.class)
                .single())
        .isTrue();
  }

  @Test
  void answersAMissingTokenWithAProblem() throws Exception {
    HttpResponse<String> answer = get("/api/test-only/people/" + UUID.randomUUID(), null);

    assertProblem(answer, 401);
    assertThat(answer.headers().firstValue("WWW-Authenticate")).contains("Bearer");
  }

  @Test
  void answersAWrongTokenWithAProblem() throws Exception {
    assertProblem(get("/api/test-only/people/" + UUID.randomUUID(), "stk_nonsense"), 401);
    assertProblem(get("/api/test-only/people/" + UUID.randomUUID(), "not even a token"), 401);
  }

  @Test
  void doesNotLetASignedInBrowserSessionCallTheApi() throws Exception {
    WebSession sam = WebSession.signedIn(port, "practitioner", DEMO);

    HttpResponse<String> answer = sam.getJson("/api/test-only/people/" + UUID.randomUUID());

    assertThat(answer.statusCode()).isEqualTo(401);
  }

  @Test
  void refusesARevokedToken() throws Exception {
    WebSession admin = WebSession.signedIn(port, "admin", DEMO);
    String token = issueTokenFor(admin, "practitioner");
    UUID tokenId = tokenId(token);
    UUID person = people.add("Grace Hopper", team("North locality"), null);
    assertThat(get("/api/test-only/people/" + person, token).statusCode()).isEqualTo(200);

    String confirm = admin.get("/admin/api-tokens/" + tokenId + "/revoke").body();
    assertThat(confirm).contains("Revoke this API token?").contains(">Revoke token</button>");
    HttpResponse<String> revoked = admin.post("/admin/api-tokens/" + tokenId + "/revoke", Map.of());

    assertThat(WebSession.location(revoked)).endsWith("/admin/api-tokens");
    assertThat(admin.get("/admin/api-tokens").body()).contains("has been revoked");
    assertProblem(get("/api/test-only/people/" + person, token), 401);
    assertThat(admin.get("/admin/api-tokens/" + tokenId + "/revoke").statusCode()).isEqualTo(404);
  }

  @Test
  void refusesATokenOfADisabledAccount() throws Exception {
    String username = "api-" + UUID.randomUUID().toString().substring(0, 8);
    jdbc.sql(
            """
            INSERT INTO access_staff (id, username, display_name, password_hash, role, team_id)
            VALUES (:id, :username, 'API Test', 'x', 'PRACTITIONER', :team)
            """)
        .param("id", UUID.randomUUID())
        .param("username", username)
        .param("team", team("North locality"))
        .update();
    String token = issueTokenFor(username);
    UUID person = people.add("Alan Turing", team("North locality"), null);
    assertThat(get("/api/test-only/people/" + person, token).statusCode()).isEqualTo(200);

    jdbc.sql("UPDATE access_staff SET enabled = false WHERE username = :username")
        .param("username", username)
        .update();

    assertProblem(get("/api/test-only/people/" + person, token), 401);
  }

  @Test
  void answersNoWorkingRelationshipWithAForbiddenProblemNotABreakGlassPage() throws Exception {
    String token = issueTokenFor("practitioner");
    UUID person = people.add("Mary Somerville", team("South locality"), null);

    HttpResponse<String> answer = get("/api/test-only/people/" + person, token);

    JsonNode problem = assertProblem(answer, 403);
    assertThat(problem.get("type").asString())
        .isEqualTo("urn:strengths:problem:no-working-relationship");
    assertThat(problem.get("instance").asString()).isEqualTo("/api/test-only/people/" + person);
  }

  @Test
  void answersARoleThatMayNotWithAForbiddenProblem() throws Exception {
    String token = issueTokenFor("analyst");

    assertProblem(get("/api/test-only/people/" + UUID.randomUUID(), token), 403);
  }

  @Test
  void answersInvalidFieldsWithAProblemNamingEachField() throws Exception {
    String token = issueTokenFor("practitioner");

    HttpResponse<String> answer =
        post("/api/test-only/people", token, "{\"firstName\": \"\", \"lastName\": \"Longer\"}");

    JsonNode problem = assertProblem(answer, 400);
    assertThat(problem.get("errors").findValuesAsString("field"))
        .containsExactlyInAnyOrder("firstName", "lastName");
    assertThat(problem.get("errors").findValuesAsString("pointer"))
        .containsExactlyInAnyOrder("#/firstName", "#/lastName");
  }

  @Test
  void answersMalformedJsonWithAProblem() throws Exception {
    String token = issueTokenFor("practitioner");

    JsonNode problem = assertProblem(post("/api/test-only/people", token, "{\"firstName\": "), 400);

    assertThat(problem.get("detail").asString()).doesNotContain("Jackson").doesNotContain("tools.");
  }

  @Test
  void answersAnUnexpectedFailureWithAProblemThatGivesNothingAway() throws Exception {
    String token = issueTokenFor("practitioner");

    HttpResponse<String> answer = get("/api/test-only/failure", token);

    assertProblem(answer, 500);
    assertThat(answer.body()).doesNotContain("SELECT").doesNotContain("IllegalState");
  }

  @Test
  void answersWhileTheDatabaseCannotBeReachedWithAProblemToTryAgain() throws Exception {
    String token = issueTokenFor("practitioner");

    HttpResponse<String> answer = get("/api/test-only/database-down", token);

    assertProblem(answer, 503);
    assertThat(answer.headers().firstValue("Retry-After")).contains("10");
    assertThat(answer.body()).contains("nothing was saved").doesNotContain("JDBC");
  }

  @Test
  void answersAnUnknownApiPathWithAProblem() throws Exception {
    assertProblem(get("/api/v1/nothing-here", issueTokenFor("practitioner")), 404);
  }

  @Test
  void servesTheOpenApiDescriptionToAnyApiClient() throws Exception {
    String token = issueTokenFor("analyst");

    HttpResponse<String> answer = get("/api/v1/openapi", token);

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(json(answer).has("openapi")).isTrue();
    assertThat(get("/api/v1/openapi", null).statusCode()).isEqualTo(401);
  }

  private JsonNode assertProblem(HttpResponse<String> answer, int status) throws IOException {
    assertThat(answer.statusCode()).isEqualTo(status);
    assertThat(answer.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    JsonNode problem = json(answer);
    assertThat(problem.get("status").asInt()).isEqualTo(status);
    assertThat(problem.has("type")).isTrue();
    assertThat(problem.get("title").asString()).isNotBlank();
    assertThat(problem.get("detail").asString()).isNotBlank();
    return problem;
  }

  private static JsonNode json(HttpResponse<String> answer) {
    return JSON.readTree(answer.body());
  }

  private HttpResponse<String> get(String path, String token) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Accept", "application/json");
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, String token, String body) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Accept", "application/json")
            .header("Content-Type", "application/json")
            .header("Authorization", "Bearer " + token)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private String issueTokenFor(String username) {
    return issueTokenFor(WebSession.signedIn(port, "admin", DEMO), username);
  }

  private String issueTokenFor(WebSession admin, String username) {
    admin.get("/admin/api-tokens");
    admin.post(
        "/admin/api-tokens", Map.of("staffId", staffId(username), "label", "Test " + username));
    return secretOn(admin.get("/admin/api-tokens/issued").body());
  }

  private static String secretOn(String page) {
    Matcher secret = SECRET.matcher(page);
    assertThat(secret.find()).as("the secret on the page").isTrue();
    return secret.group(1);
  }

  private UUID tokenId(String secret) {
    return jdbc.sql("SELECT id FROM access_api_token WHERE token_hash = :hash")
        .param("hash", ApiTokens.hash(secret))
        .query(UUID.class)
        .single();
  }

  private String staffId(String username) {
    return jdbc.sql("SELECT id FROM access_staff WHERE username = :username")
        .param("username", username)
        .query(UUID.class)
        .single()
        .toString();
  }

  private UUID team(String name) {
    return jdbc.sql("SELECT id FROM access_team WHERE name = :name")
        .param("name", name)
        .query(UUID.class)
        .single();
  }
}
