package org.strengths.assessment;

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
 * A signed-in member of staff over real HTTP: keeps cookies, does not follow redirects, and sends
 * back the CSRF token of the last page seen. Fields may repeat (checkboxes).
 */
final class AssessmentBrowser {

  private static final Pattern CSRF =
      Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");

  private final String base;
  private final HttpClient http;
  private String csrf;

  private AssessmentBrowser(int port) {
    this.base = "http://localhost:" + port;
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  static AssessmentBrowser signedIn(int port, String username) {
    AssessmentBrowser browser = new AssessmentBrowser(port);
    browser.get("/sign-in");
    HttpResponse<String> response =
        browser.post("/sign-in", Map.of("username", username, "password", "strengths-demo"));
    if (response.statusCode() != 302 || location(response).contains("error")) {
      throw new IllegalStateException("Could not sign in as " + username);
    }
    return browser;
  }

  HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
  }

  HttpResponse<byte[]> getBytes(String path) {
    try {
      return http.send(
          HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
          HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  HttpResponse<String> post(String path, Map<String, String> fields) {
    List<String[]> pairs = new ArrayList<>();
    fields.forEach((name, value) -> pairs.add(new String[] {name, value}));
    return post(path, pairs);
  }

  HttpResponse<String> post(String path, List<String[]> fields) {
    List<String[]> withToken = new ArrayList<>(fields);
    if (csrf != null) {
      withToken.add(new String[] {"_csrf", csrf});
    }
    String body =
        withToken.stream()
            .map(
                pair ->
                    URLEncoder.encode(pair[0], StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(pair[1], StandardCharsets.UTF_8))
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

  static String location(HttpResponse<?> response) {
    return response.headers().firstValue("Location").orElse("");
  }
}
