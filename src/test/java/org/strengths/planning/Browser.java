package org.strengths.planning;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A signed-in (or not) visitor over real HTTP: keeps cookies, does not follow redirects, and sends
 * back the CSRF token of the last page it saw, as a browser submitting that page's form would.
 */
final class Browser {

  private static final Pattern CSRF =
      Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");

  private final String base;
  private final HttpClient http;
  private final CookieManager cookies = new CookieManager();
  private String csrf;

  Browser(int port) {
    this.base = "http://localhost:" + port;
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  static Browser signedIn(int port, String username, String password) {
    Browser browser = new Browser(port);
    HttpResponse<String> response = browser.signIn(username, password);
    if (response.statusCode() != 302
        || response.headers().firstValue("Location").orElse("").contains("error")) {
      throw new IllegalStateException("Could not sign in as " + username);
    }
    return browser;
  }

  HttpResponse<String> signIn(String username, String password) {
    get("/sign-in");
    return post("/sign-in", Map.of("username", username, "password", password));
  }

  HttpResponse<String> get(String path) {
    return send(
        HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").GET());
  }

  HttpResponse<String> getJson(String path) {
    return send(
        HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json").GET());
  }

  /** Posts the fields with the CSRF token of the last page seen. */
  HttpResponse<String> post(String path, Map<String, String> fields) {
    Map<String, String> withToken = new LinkedHashMap<>(fields);
    if (csrf != null) {
      withToken.put("_csrf", csrf);
    }
    return postExactly(path, withToken);
  }

  /** Posts exactly these fields, with no CSRF token unless one is among them. */
  HttpResponse<String> postExactly(String path, Map<String, String> fields) {
    String body =
        fields.entrySet().stream()
            .map(
                field ->
                    URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "text/html")
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

  /** The cookies as a Cookie header, for requests sent outside this visitor. */
  String cookies() {
    return cookies.getCookieStore().getCookies().stream()
        .map(cookie -> cookie.getName() + "=" + cookie.getValue())
        .collect(Collectors.joining("; "));
  }

  static String location(HttpResponse<?> response) {
    return response.headers().firstValue("Location").orElse("").replaceFirst("^https?://[^/]+", "");
  }
}
