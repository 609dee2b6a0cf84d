package org.strengths.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.strengths.testing.WebSession;

/**
 * With no citizen identity provider configured (the demo, development, and every council that has
 * not set one up), the person's sign-in page offers the code only, and the provider's addresses
 * lead nowhere (docs/adr/0163). CitizenSignOnTest shows them with a provider.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CitizenSignOnOffTest {

  @LocalServerPort int port;

  @Test
  void theSignInPageOffersTheCodeAndNoProvider() {
    HttpResponse<String> page = new WebSession(port).get(PersonPagesSecurity.SIGN_IN);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("Send me a code")
        .doesNotContain("Sign in with")
        .doesNotContain(CitizenSignOn.START);
  }

  @Test
  void theProvidersAddressesAreNotThere() {
    WebSession visitor = new WebSession(port);
    for (String path :
        List.of(
            CitizenSignOn.START,
            CitizenSignOn.CALLBACK + "?code=made-up&state=made-up",
            CitizenSignOn.NOT_FOUND)) {
      assertThat(visitor.get(path).statusCode()).as(path).isEqualTo(404);
    }
    assertThat(visitor.get("/my/").statusCode()).isEqualTo(302);
  }

  @Test
  void askingForACodeStillWorks() {
    WebSession visitor = new WebSession(port);
    visitor.get(PersonPagesSecurity.SIGN_IN);

    HttpResponse<String> asked =
        visitor.post(
            PersonPagesSecurity.SIGN_IN, java.util.Map.of("contact", "nobody@example.com"));

    assertThat(asked.statusCode()).isEqualTo(302);
    assertThat(WebSession.location(asked)).isEqualTo(PersonPagesSecurity.SIGN_IN + "/code");
  }
}
