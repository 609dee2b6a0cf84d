package org.strengths.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;

/**
 * The pieces staff single sign-on ({@link SingleSignOn}) and the person's sign-in through GOV.UK
 * One Login or NHS login (portal) share: each builds its own registration and matching, and both
 * reach the provider the same way.
 */
public final class OpenIdProvider {

  private static final Logger log = LoggerFactory.getLogger(OpenIdProvider.class);

  private OpenIdProvider() {}

  /**
   * Finds the provider's endpoints and keys from its discovery document when someone first signs
   * in, not at start, so the application starts (and the other ways of signing in work) while the
   * provider is unreachable; a failed discovery is tried again at the next sign-in.
   */
  public static final class DiscoveredOnFirstUse implements ClientRegistrationRepository {

    private final String registrationId;
    private final String issuerUri;
    private final Supplier<ClientRegistration> discovery;
    private volatile ClientRegistration registration;

    /** {@code discovery} reads the provider's discovery document and builds the registration. */
    public DiscoveredOnFirstUse(
        String registrationId, String issuerUri, Supplier<ClientRegistration> discovery) {
      this.registrationId = registrationId;
      this.issuerUri = issuerUri;
      this.discovery = discovery;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
      if (!this.registrationId.equals(registrationId)) {
        return null;
      }
      ClientRegistration found = registration;
      if (found == null) {
        synchronized (this) {
          if (registration == null) {
            registration = discover();
          }
          found = registration;
        }
      }
      return found;
    }

    private ClientRegistration discover() {
      try {
        return discovery.get();
      } catch (RuntimeException unreachable) {
        throw new ProviderUnreachable(issuerUri, unreachable);
      }
    }
  }

  /** The provider's discovery document could not be read (the provider is down or unreachable). */
  static final class ProviderUnreachable extends IllegalStateException {
    ProviderUnreachable(String issuer, Throwable cause) {
      super("Could not read the OpenID Connect discovery document of " + issuer, cause);
    }
  }

  /**
   * Sends the visitor to the provider, with any extra parameters it asks for (One Login's {@code
   * vtr}); while its discovery document cannot be read, lets the request through instead, to a
   * controller that says so on the sign-in page rather than answering with an error page.
   */
  public static final class StartUnlessUnreachable implements OAuth2AuthorizationRequestResolver {

    private final DefaultOAuth2AuthorizationRequestResolver resolver;
    private final String signIn;

    /** {@code signIn} names the sign-in in the log ("Single sign-on", "Citizen sign-in"). */
    public StartUnlessUnreachable(
        ClientRegistrationRepository registrations,
        String startBase,
        Map<String, String> extra,
        String signIn) {
      this.resolver = new DefaultOAuth2AuthorizationRequestResolver(registrations, startBase);
      this.signIn = signIn;
      if (!extra.isEmpty()) {
        resolver.setAuthorizationRequestCustomizer(
            request -> request.additionalParameters(parameters -> parameters.putAll(extra)));
      }
    }

    private void unavailable(ProviderUnreachable unreachable) {
      log.warn(
          "{} unavailable: {} ({})",
          signIn,
          unreachable.getMessage(),
          NestedExceptionUtils.getMostSpecificCause(unreachable).toString());
    }

    @Override
    public OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
      try {
        return resolver.resolve(request);
      } catch (ProviderUnreachable unreachable) {
        unavailable(unreachable);
        return null;
      }
    }

    @Override
    public OAuth2AuthorizationRequest resolve(
        HttpServletRequest request, String clientRegistrationId) {
      try {
        return resolver.resolve(request, clientRegistrationId);
      } catch (ProviderUnreachable unreachable) {
        unavailable(unreachable);
        return null;
      }
    }
  }

  /** Keeps no access token: the provider is used to sign in, not to call its APIs. */
  public static final class KeepNothing implements OAuth2AuthorizedClientRepository {

    @Override
    public <T extends OAuth2AuthorizedClient> T loadAuthorizedClient(
        String clientRegistrationId, Authentication principal, HttpServletRequest request) {
      return null;
    }

    @Override
    public void saveAuthorizedClient(
        OAuth2AuthorizedClient authorizedClient,
        Authentication principal,
        HttpServletRequest request,
        HttpServletResponse response) {}

    @Override
    public void removeAuthorizedClient(
        String clientRegistrationId,
        Authentication principal,
        HttpServletRequest request,
        HttpServletResponse response) {}
  }
}
