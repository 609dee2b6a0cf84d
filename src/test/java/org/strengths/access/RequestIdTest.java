package org.strengths.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.strengths.testing.WebSession;

/**
 * Each request's id comes back in X-Request-Id, is on the error pages for the user to quote to
 * support, and is in the log lines written while serving it.
 */
@AccessIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class RequestIdTest {

  private static final String OUR_ID =
      "[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}";

  @LocalServerPort int port;

  @Test
  void givesEveryAnswerItsOwnId() {
    String first = id(new WebSession(port).get("/sign-in"));
    String second = id(new WebSession(port).get("/sign-in"));

    assertThat(first).matches(OUR_ID);
    assertThat(second).matches(OUR_ID).isNotEqualTo(first);
  }

  @Test
  void keepsAPlainIdFromTheProxyInFrontAndReplacesAnythingElse() {
    assertThat(id(get("/sign-in", "lb-1f2e3d4c-0001"))).isEqualTo("lb-1f2e3d4c-0001");
    assertThat(id(get("/sign-in", "<script>alert(1)</script>"))).matches(OUR_ID);
    assertThat(id(get("/sign-in", "a".repeat(65)))).matches(OUR_ID);
    assertThat(id(get("/sign-in", "two words"))).matches(OUR_ID);
  }

  @Test
  void showsTheIdOnThePageNotFound() {
    WebSession staff = WebSession.signedIn(port, "admin", "strengths-demo");

    HttpResponse<String> page = staff.get("/no-such-page");

    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.body()).contains("Quote this reference if you contact support: " + id(page));
  }

  @Test
  void showsTheIdOnTheRefusedFormPage() {
    HttpResponse<String> page = new WebSession(port).postExactly("/sign-out", Map.of());

    assertThat(page.statusCode()).isEqualTo(403);
    assertThat(page.body()).contains("Quote this reference if you contact support: " + id(page));
  }

  @Test
  void showsTheIdOnTheServerErrorPageAndLogsTheFailureWithIt(CapturedOutput log) {
    WebSession staff = WebSession.signedIn(port, "admin", "strengths-demo");

    HttpResponse<String> page = staff.get("/test-only/failure");

    assertThat(page.statusCode()).isEqualTo(500);
    String id = id(page);
    assertThat(page.body()).contains("Quote this reference if you contact support: " + id);
    assertThat(log.getAll())
        .containsPattern("(?s)\\[" + id + "\\].*A page that fails on the server");
  }

  private static String id(HttpResponse<String> response) {
    return response.headers().firstValue("X-Request-Id").orElseThrow();
  }

  private HttpResponse<String> get(String path, String requestId) {
    try {
      return HttpClient.newHttpClient()
          .send(
              HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                  .header("X-Request-Id", requestId)
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
