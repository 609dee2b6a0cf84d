package org.strengths.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.strengths.testing.WebSession;

/**
 * The public Open Referral directory may be cached by browsers and proxies (with an ETag to
 * revalidate); every page that shows a person stays {@code no-store}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class WhatMayBeCachedTest {

  private static final Pattern PERSON_LINK = Pattern.compile("href=\"(/people/[0-9a-f-]{36})\"");

  @LocalServerPort int port;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void aPublicDirectoryAnswerIsCacheableAndRevalidatesWith304() {
    HttpResponse<String> first = get("/oruk/services?per_page=5", null);

    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(first.headers().firstValue("Cache-Control")).contains("public, max-age=300");
    assertThat(first.headers().allValues("Cache-Control")).hasSize(1);
    assertThat(first.headers().firstValue("Pragma")).isEmpty();
    String etag = first.headers().firstValue("ETag").orElseThrow();

    HttpResponse<String> again = get("/oruk/services?per_page=5", etag);

    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
    assertThat(again.headers().firstValue("ETag")).contains(etag);
  }

  @Test
  void aChangedAnswerGetsANewEtagAndTheWholeBody() {
    String etag = get("/oruk/services?per_page=5", null).headers().firstValue("ETag").orElseThrow();

    HttpResponse<String> otherPage = get("/oruk/services?per_page=5&page=2", etag);

    assertThat(otherPage.statusCode()).isEqualTo(200);
    assertThat(otherPage.body()).isNotEmpty();
  }

  @Test
  void aProblemFromTheDirectoryIsNotCached() {
    HttpResponse<String> missing = get("/oruk/services/" + UUID.randomUUID(), null);

    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.headers().firstValue("Cache-Control")).contains("no-store");
  }

  @Test
  void aPersonsRecordAndMyWorkAreNeverStored() {
    WebSession practitioner = WebSession.signedIn(port, "practitioner", "strengths-demo");
    HttpResponse<String> myWork = practitioner.get("/");
    Matcher person = PERSON_LINK.matcher(myWork.body());
    assertThat(person.find()).as("a person on My work").isTrue();

    HttpResponse<String> record = practitioner.get(person.group(1));

    assertThat(record.statusCode()).isEqualTo(200);
    assertThat(record.headers().firstValue("Cache-Control"))
        .hasValueSatisfying(value -> assertThat(value).contains("no-store"));
    assertThat(myWork.headers().firstValue("Cache-Control"))
        .hasValueSatisfying(value -> assertThat(value).contains("no-store"));
    assertThat(record.headers().firstValue("ETag")).isEmpty();
  }

  private HttpResponse<String> get(String path, String ifNoneMatch) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Accept", "application/json");
    if (ifNoneMatch != null) {
      request.header("If-None-Match", ifNoneMatch);
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
