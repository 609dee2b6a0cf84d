package org.strengths.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.strengths.testing.WebSession;

/**
 * A form sent with an altered or garbled CSRF token is refused with 403 and a page that says to go
 * back and try again, never the generic error page: over real HTTP, through the same filters a
 * browser's request goes through.
 */
@AccessIntegrationTest
class AlteredCsrfTokenTest {

  private static final String PASSWORD = "correct horse battery";
  private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
  private static final String BASE64URL =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired PasswordEncoder passwords;

  @Test
  void refusesATokenAlteredInAnyOneCharacterWith403() {
    WebSession browser = WebSession.signedIn(port, freshAccount(), PASSWORD);
    String token = tokenOn(browser.get("/"));

    List<String> notRefused = new ArrayList<>();
    for (int position = 0; position < token.length(); position++) {
      String altered = alter(token, position);
      HttpResponse<String> answer = browser.postExactly("/sign-out", Map.of("_csrf", altered));
      if (answer.statusCode() != 403) {
        notRefused.add(position + " answered " + answer.statusCode());
      }
    }

    assertThat(notRefused).as("positions not refused with 403").isEmpty();
    assertThat(browser.postExactly("/sign-out", Map.of("_csrf", token)).statusCode())
        .as("the real token still signs out")
        .isEqualTo(302);
  }

  @Test
  void refusesGarbageAndShowsTheGoBackAndTryAgainPage() {
    WebSession browser = WebSession.signedIn(port, freshAccount(), PASSWORD);
    String token = tokenOn(browser.get("/"));

    for (String garbage :
        List.of(
            "not a token",
            "%%%",
            "====",
            "ÿÿÿÿ",
            token.substring(0, token.length() - 1),
            token + "A",
            token.substring(0, 4),
            "A".repeat(4000))) {
      HttpResponse<String> answer = browser.postExactly("/sign-out", Map.of("_csrf", garbage));

      assertThat(answer.statusCode()).as(garbage).isEqualTo(403);
      assertThat(answer.body())
          .as(garbage)
          .contains("Your form could not be sent")
          .contains("Go back and try again")
          .doesNotContain("there is a problem with the service");
    }
  }

  @Test
  void refusesAnAlteredTokenOnTheSignInFormToo() {
    WebSession visitor = new WebSession(port);
    String token = tokenOn(visitor.get("/sign-in"));

    for (int position = 0; position < token.length(); position++) {
      HttpResponse<String> answer =
          visitor.postExactly(
              "/sign-in",
              Map.of("username", "nobody", "password", "x", "_csrf", alter(token, position)));
      assertThat(answer.statusCode()).as("position " + position).isEqualTo(403);
    }
  }

  /** The token with one character swapped for another base64url character: still well formed. */
  private static String alter(String token, int position) {
    char original = token.charAt(position);
    int at = BASE64URL.indexOf(original);
    char replacement = BASE64URL.charAt((Math.max(at, 0) + 1) % BASE64URL.length());
    return token.substring(0, position) + replacement + token.substring(position + 1);
  }

  private static String tokenOn(HttpResponse<String> page) {
    Matcher token = TOKEN.matcher(page.body());
    assertThat(token.find()).as("a form with a CSRF token on the page").isTrue();
    return token.group(1);
  }

  private String freshAccount() {
    String username = "csrf-" + UUID.randomUUID().toString().substring(0, 8);
    jdbc.sql(
            """
            INSERT INTO access_staff (id, username, display_name, password_hash, role)
            VALUES (:id, :username, 'Test Account', :hash, 'PRACTITIONER')
            """)
        .param("id", UUID.randomUUID())
        .param("username", username)
        .param("hash", passwords.encode(PASSWORD))
        .update();
    return username;
  }
}
