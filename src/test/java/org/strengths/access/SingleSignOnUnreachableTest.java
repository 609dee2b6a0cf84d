package org.strengths.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * While the provider cannot be reached, pressing "Sign in with …" is let through to the sign-in
 * page's message instead of failing; once the provider is back, the next press goes to it.
 */
class SingleSignOnUnreachableTest {

  @Test
  void aProviderThatCannotBeReachedIsTriedAgainAtTheNextSignIn() throws IOException {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    var oidc =
        new SignInProperties.Oidc(
            "http://localhost:" + port + "/council",
            "strengths",
            "secret",
            "Council account",
            "email",
            List.of("openid"));
    var start =
        new OpenIdProvider.StartUnlessUnreachable(
            new OpenIdProvider.DiscoveredOnFirstUse(
                "provider", oidc.issuerUri(), () -> SingleSignOn.registration(oidc)),
            "/sign-in/with",
            Map.of(),
            "Single sign-on");

    assertThat(start.resolve(press())).isNull();

    MockOAuth2Server provider = new MockOAuth2Server();
    provider.start(port);
    try {
      var request = start.resolve(press());

      assertThat(request).isNotNull();
      assertThat(request.getAuthorizationUri())
          .isEqualTo(provider.authorizationEndpointUrl("council").toString());
    } finally {
      provider.shutdown();
    }
  }

  private static MockHttpServletRequest press() {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", SingleSignOn.START);
    request.setServerPort(8080);
    return request;
  }
}
