package org.strengths.connection;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A visitor over real HTTP: keeps cookies, does not follow redirects, and sends back the CSRF token
 * of the last page it saw. Fields may repeat, as ticked checkboxes do.
 */
final class Visitor {

  private static final Pattern CSRF =
      Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");

  private final String base;
  private final HttpClient http;
  private String csrf;

  private Visitor(int port) {
    this.base = "http://localhost:" + port;
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  static Visitor signedIn(int port, String username) {
    Visitor visitor = new Visitor(port);
    visitor.get("/sign-in");
    HttpResponse<String> response =
        visitor.post(
            "/sign-in",
            List.of(Map.entry("username", username), Map.entry("password", "strengths-demo")));
    if (response.statusCode() != 302 || location(response).contains("error")) {
      throw new IllegalStateException("Could not sign in as " + username);
    }
    visitor.lastSignIn = response;
    return visitor;
  }

  HttpResponse<String> lastSignIn;

  HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
  }

  HttpResponse<String> post(String path, List<Map.Entry<String, String>> fields) {
    List<Map.Entry<String, String>> all = new ArrayList<>(fields);
    if (csrf != null) {
      all.add(Map.entry("_csrf", csrf));
    }
    String body =
        all.stream()
            .map(
                field ->
                    URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
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
        csrf = token.group(1) != null ? token.group(1) : token.group(2);
      }
      return response;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Where a redirect leads, as a path (the server may send an absolute address). */
  static String location(HttpResponse<?> response) {
    String location = response.headers().firstValue("Location").orElse("");
    return location.replaceFirst("^https?://[^/]+", "");
  }
}
