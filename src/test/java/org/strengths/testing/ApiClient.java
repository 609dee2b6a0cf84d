package org.strengths.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Calls the JSON API over real HTTP as a council's system would: a bearer token, JSON in, JSON or
 * problem+json out.
 */
public final class ApiClient {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final int port;
  private final JdbcClient jdbc;

  /**
   * @param jdbc to issue tokens; only their hashes are stored, as the admin page does
   */
  public ApiClient(int port, JdbcClient jdbc) {
    this.port = port;
    this.jdbc = jdbc;
  }

  public HttpResponse<String> get(String token, String path) throws Exception {
    return send(token, "GET", path, null);
  }

  /**
   * @param token null to call without one
   * @param body JSON, or null for none
   */
  public HttpResponse<String> send(String token, String method, String path, String body)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Accept", "application/json, application/problem+json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Issues a token the way the admin page does: only its SHA-256 hash is stored. */
  public String tokenFor(String username) throws Exception {
    String secret = "stk_test_" + UUID.randomUUID();
    UUID staffId =
        jdbc.sql("SELECT id FROM access_staff WHERE username = :u")
            .param("u", username)
            .query(UUID.class)
            .single();
    jdbc.sql(
            """
            INSERT INTO access_api_token (id, staff_id, label, token_hash, created_at, created_by)
            VALUES (:id, :staff, 'test', :hash, :now, :staff)
            """)
        .param("id", UUID.randomUUID())
        .param("staff", staffId)
        .param(
            "hash",
            HexFormat.of()
                .formatHex(
                    MessageDigest.getInstance("SHA-256")
                        .digest(secret.getBytes(StandardCharsets.UTF_8))))
        .param("now", TestClock.offsetNow())
        .update();
    return secret;
  }
}
