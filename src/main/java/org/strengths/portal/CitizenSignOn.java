package org.strengths.portal;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.endpoint.NimbusJwtClientAuthenticationParametersConverter;
import org.springframework.security.oauth2.client.endpoint.OAuth2AuthorizationCodeGrantRequest;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenDecoderFactory;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.client.web.AuthorizationRequestRepository;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.strengths.access.AuditLog;
import org.strengths.access.OpenIdProvider;

/**
 * Signing in to the person's own pages with a citizen identity provider, GOV.UK One Login or NHS
 * login, when one is configured (docs/adr/0163). The provider says who the person is; their
 * invitation decides whether they have pages here and whose: the provider's subject, once linked to
 * an invitation, or else the address the provider has verified, matched to an open invitation. The
 * signed-in principal is the same {@link PersonSignedIn} as after a code, kept under the person's
 * pages' own session key, so a person never becomes staff and a member of staff signed in with
 * their organisation's provider never becomes a person. Nothing from the provider is kept but the
 * subject it was linked to.
 */
@Component
class CitizenSignOn {

  /** Where the sign-in page's button goes to start signing in at the provider. */
  static final String START = "/my/sign-in/with/" + CitizenSignOn.REGISTRATION_ID;

  /** Where the provider sends the person back (register it at the provider as the redirect URI). */
  static final String CALLBACK = "/my/sign-in/callback";

  /** The page for someone the provider signed in whom we could not match to an invitation. */
  static final String NOT_FOUND = "/my/sign-in/not-found";

  static final String NOT_INVITED = "strengths_not_invited";
  static final String NOT_VERIFIED = "strengths_not_verified";
  static final String OTHER_ACCOUNT = "strengths_other_account";

  private static final String REGISTRATION_ID = "citizen";
  private static final String START_BASE = "/my/sign-in/with";

  /** The sign-in in progress at the provider, apart from the staff's (a different session key). */
  private static final String AUTHORIZATION_REQUEST =
      CitizenSignOn.class.getName() + ".authorizationRequest";

  private static final Logger log = LoggerFactory.getLogger(CitizenSignOn.class);

  private final PersonSignInProperties properties;
  private final ProviderSignIn provider;
  private final SignedInAs signedInAs;
  private final Representatives representatives;
  private final AuditLog audit;
  private final SignatureAlgorithm idTokenAlgorithm;

  CitizenSignOn(
      PersonSignInProperties properties,
      ProviderSignIn provider,
      SignedInAs signedInAs,
      Representatives representatives,
      AuditLog audit) {
    this.properties = properties;
    this.provider = provider;
    this.signedInAs = signedInAs;
    this.representatives = representatives;
    this.audit = audit;
    this.idTokenAlgorithm =
        SignatureAlgorithm.from(properties.oidc().idTokenAlgorithm().toUpperCase(Locale.ROOT));
    if (idTokenAlgorithm == null) {
      throw new IllegalStateException(
          "strengths.portal.sign-in.oidc.id-token-algorithm is not a signature algorithm: "
              + properties.oidc().idTokenAlgorithm());
    }
  }

  boolean enabled() {
    return properties.oidc().configured();
  }

  boolean codes() {
    return properties.codes();
  }

  String providerName() {
    return properties.oidc().providerName();
  }

  /**
   * Adds the provider to the person's pages' chain when one is configured; and, when codes are off,
   * refuses a code asked for or typed in anyway.
   */
  void configure(HttpSecurity http) throws Exception {
    if (!codes()) {
      http.addFilterBefore(new RefuseCodes(), CsrfFilter.class);
    }
    if (!enabled()) {
      return;
    }
    ClientRegistrationRepository registrations =
        new OpenIdProvider.DiscoveredOnFirstUse(
            REGISTRATION_ID, properties.oidc().issuerUri(), () -> registration(properties.oidc()));
    http.oauth2Login(
        login ->
            login
                .loginPage(PersonPagesSecurity.SIGN_IN)
                .clientRegistrationRepository(registrations)
                .authorizedClientRepository(new OpenIdProvider.KeepNothing())
                .securityContextRepository(PersonPagesSecurity.contexts())
                .authorizationEndpoint(
                    endpoint ->
                        endpoint
                            .authorizationRequestResolver(
                                new OpenIdProvider.StartUnlessUnreachable(
                                    registrations,
                                    START_BASE,
                                    properties.oidc().authorizationParameters(),
                                    "Citizen sign-in"))
                            .authorizationRequestRepository(new OwnSessionKey()))
                .redirectionEndpoint(endpoint -> endpoint.baseUri(CALLBACK))
                .tokenEndpoint(token -> token.accessTokenResponseClient(tokenClient()))
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(new MatchInvitation()))
                .successHandler(new SignInAsThePerson())
                .failureHandler(new Refused())
                .withObjectPostProcessor(new IdTokensSignedAs(idTokenAlgorithm)));
  }

  /** The provider's registration, from its discovery document (read on first use). */
  private static ClientRegistration registration(PersonSignInProperties.Oidc oidc) {
    Set<String> scopes = new LinkedHashSet<>();
    scopes.add("openid");
    scopes.addAll(oidc.scopes());
    ClientAuthenticationMethod method =
        oidc.signsWithKey()
            ? ClientAuthenticationMethod.PRIVATE_KEY_JWT
            : oidc.hasSecret()
                ? ClientAuthenticationMethod.CLIENT_SECRET_BASIC
                : ClientAuthenticationMethod.NONE;
    return ClientRegistrations.fromOidcIssuerLocation(oidc.issuerUri())
        .registrationId(REGISTRATION_ID)
        .clientName(oidc.providerName())
        .clientId(oidc.clientId())
        .clientSecret(
            method == ClientAuthenticationMethod.CLIENT_SECRET_BASIC ? oidc.clientSecret() : null)
        .clientAuthenticationMethod(method)
        .scope(scopes)
        .redirectUri("{baseUrl}" + CALLBACK)
        .userNameAttributeName("sub")
        .build();
  }

  /** Asks for tokens, signing the request with the service's private key when it has one. */
  private RestClientAuthorizationCodeTokenResponseClient tokenClient() {
    RestClientAuthorizationCodeTokenResponseClient client =
        new RestClientAuthorizationCodeTokenResponseClient();
    if (properties.oidc().signsWithKey()) {
      JWK key = signingKey(properties.oidc());
      Function<ClientRegistration, JWK> keys =
          registration ->
              ClientAuthenticationMethod.PRIVATE_KEY_JWT.equals(
                      registration.getClientAuthenticationMethod())
                  ? key
                  : null;
      client.addParametersConverter(
          new NimbusJwtClientAuthenticationParametersConverter<OAuth2AuthorizationCodeGrantRequest>(
              keys));
    }
    return client;
  }

  /**
   * The service's RSA private key, PKCS#8 PEM, given as the text itself or as the path of a file
   * holding it; with its public half, which the provider holds.
   */
  static JWK signingKey(PersonSignInProperties.Oidc oidc) {
    String value = oidc.privateKey().strip();
    try {
      String pem = value.startsWith("-----BEGIN") ? value : Files.readString(Path.of(value));
      if (pem.contains("BEGIN RSA PRIVATE KEY")) {
        throw new IllegalStateException(
            "strengths.portal.sign-in.oidc.private-key must be PKCS#8 (BEGIN PRIVATE KEY):"
                + " convert it with openssl pkcs8 -topk8 -nocrypt");
      }
      byte[] der =
          Base64.getMimeDecoder()
              .decode(pem.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").strip());
      KeyFactory rsa = KeyFactory.getInstance("RSA");
      RSAPrivateCrtKey privateKey =
          (RSAPrivateCrtKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(der));
      RSAPublicKey publicKey =
          (RSAPublicKey)
              rsa.generatePublic(
                  new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
      RSAKey.Builder key = new RSAKey.Builder(publicKey).privateKey(privateKey);
      if (oidc.keyId() != null && !oidc.keyId().isBlank()) {
        key.keyID(oidc.keyId());
      }
      return key.build();
    } catch (IOException
        | GeneralSecurityException
        | IllegalArgumentException
        | ClassCastException e) {
      throw new IllegalStateException(
          "strengths.portal.sign-in.oidc.private-key is not an RSA private key (PKCS#8 PEM)", e);
    }
  }

  /**
   * Keeps the sign-in in progress (state, nonce, PKCE verifier) in the session under a key of the
   * person's pages' own, so an answer to a member of staff's sign-in at their organisation's
   * provider is never taken as a person's, nor the other way round. The session is in the database,
   * so the answer may come back to any instance.
   */
  static final class OwnSessionKey
      implements AuthorizationRequestRepository<OAuth2AuthorizationRequest> {

    @Override
    public OAuth2AuthorizationRequest loadAuthorizationRequest(HttpServletRequest request) {
      HttpSession session = request.getSession(false);
      String state = request.getParameter(OAuth2ParameterNames.STATE);
      if (session == null || state == null) {
        return null;
      }
      return session.getAttribute(AUTHORIZATION_REQUEST) instanceof OAuth2AuthorizationRequest saved
              && state.equals(saved.getState())
          ? saved
          : null;
    }

    @Override
    public void saveAuthorizationRequest(
        OAuth2AuthorizationRequest authorizationRequest,
        HttpServletRequest request,
        HttpServletResponse response) {
      if (authorizationRequest == null) {
        removeAuthorizationRequest(request, response);
        return;
      }
      request.getSession().setAttribute(AUTHORIZATION_REQUEST, authorizationRequest);
    }

    @Override
    public OAuth2AuthorizationRequest removeAuthorizationRequest(
        HttpServletRequest request, HttpServletResponse response) {
      OAuth2AuthorizationRequest saved = loadAuthorizationRequest(request);
      if (saved != null) {
        request.getSession().removeAttribute(AUTHORIZATION_REQUEST);
      }
      return saved;
    }
  }

  /** Checks ID tokens with the algorithm the citizen provider signs them with. */
  static final class IdTokensSignedAs
      implements ObjectPostProcessor<OidcAuthorizationCodeAuthenticationProvider> {

    private final OidcIdTokenDecoderFactory decoders = new OidcIdTokenDecoderFactory();

    IdTokensSignedAs(SignatureAlgorithm algorithm) {
      decoders.setJwsAlgorithmResolver(registration -> algorithm);
    }

    @Override
    public <O extends OidcAuthorizationCodeAuthenticationProvider> O postProcess(O provider) {
      provider.setJwtDecoderFactory(decoders);
      return provider;
    }
  }

  /**
   * Matches the person the provider vouched for (its ID token, already checked: signature, issuer,
   * audience, expiry, nonce; and its user info, whose subject must be the ID token's) to an open
   * invitation. Nobody without one gets in, and nothing is made here but the link of a subject to
   * an invitation.
   */
  final class MatchInvitation implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService users = new OidcUserService();

    @Override
    public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
      OidcUser user = users.loadUser(request);
      String claim = properties.oidc().claim();
      Object value = user.getClaims().get(claim);
      Object verified = user.getClaims().get(claim + "_verified");
      OutboxMessage.Channel channel =
          "email".equals(claim) ? OutboxMessage.Channel.EMAIL : OutboxMessage.Channel.SMS;
      Optional<ContactAddress> address =
          value == null
              ? Optional.empty()
              : ContactAddress.read(value.toString()).filter(read -> read.channel() == channel);
      ProviderSignIn.Outcome outcome =
          provider.match(
              new ProviderSignIn.Vouched(
                  request.getClientRegistration().getProviderDetails().getIssuerUri(),
                  user.getSubject(),
                  address,
                  Boolean.TRUE.equals(verified) || "true".equals(String.valueOf(verified))));
      if (outcome.person().isEmpty()) {
        String code =
            switch (outcome.refusal()) {
              case NOT_VERIFIED -> NOT_VERIFIED;
              case LINKED_TO_ANOTHER_ACCOUNT -> OTHER_ACCOUNT;
              case NOT_INVITED -> NOT_INVITED;
            };
        throw new OAuth2AuthenticationException(new OAuth2Error(code));
      }
      return new PersonOidcUser(outcome.person().get(), user);
    }
  }

  /** The provider's view of the person, carrying whose pages they may see. */
  static final class PersonOidcUser extends DefaultOidcUser {

    private final PersonSignedIn person;

    PersonOidcUser(PersonSignedIn person, OidcUser user) {
      super(
          java.util.List.of(new SimpleGrantedAuthority(PersonSignedIn.AUTHORITY)),
          user.getIdToken(),
          user.getUserInfo(),
          "sub");
      this.person = person;
    }

    PersonSignedIn person() {
      return person;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof PersonOidcUser that
          && super.equals(other)
          && person.equals(that.person);
    }

    @Override
    public int hashCode() {
      return super.hashCode() * 31 + person.hashCode();
    }
  }

  /**
   * Signs the person in exactly as a code does: the session holds the same {@link PersonSignedIn}
   * (the provider's tokens are dropped), the sign-in is audited as the person, and they go where a
   * code would send them.
   */
  final class SignInAsThePerson implements AuthenticationSuccessHandler {

    @Override
    public void onAuthenticationSuccess(
        HttpServletRequest request, HttpServletResponse response, Authentication authentication)
        throws IOException {
      PersonSignedIn person = ((PersonOidcUser) authentication.getPrincipal()).person();
      signedInAs.signIn(person, request, response);
      audit.recordByThePerson(person.personId(), "sign-in", "sign-in", providerName());
      log.info("Signed in to the person's pages with {}", providerName());
      String next =
          representatives.choices(person.invitationId()).size() > 1
              ? MyActForController.PATH
              : "/my/";
      response.sendRedirect(request.getContextPath() + next);
    }
  }

  /**
   * Someone the provider signed in but whom no open invitation names gets the "ask your worker"
   * page; anything else that went wrong (they stopped at the provider, an old or altered answer)
   * goes back to the sign-in page to try again.
   */
  static final class Refused implements AuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(
        HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
        throws IOException {
      String code =
          failure instanceof OAuth2AuthenticationException oauth
              ? oauth.getError().getErrorCode()
              : "";
      String page =
          switch (code) {
            case NOT_INVITED -> NOT_FOUND;
            case NOT_VERIFIED -> NOT_FOUND + "?notVerified";
            case OTHER_ACCOUNT -> NOT_FOUND + "?otherAccount";
            default -> PersonPagesSecurity.SIGN_IN + "?providerFailed";
          };
      log.info("Citizen sign-in did not let anyone in ({}): {}", code, failure.getMessage());
      response.sendRedirect(request.getContextPath() + page);
    }
  }

  /**
   * With codes off, asking for a code or typing one in is refused before anything is looked up, and
   * the sign-in page says to use the provider instead.
   */
  static final class RefuseCodes extends OncePerRequestFilter {

    static final String REFUSED_PAGE = PersonPagesSecurity.SIGN_IN + "?codesOff";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
      String path = request.getServletPath();
      return !("POST".equals(request.getMethod())
          && (PersonPagesSecurity.SIGN_IN.equals(path)
              || (PersonPagesSecurity.SIGN_IN + "/code").equals(path)));
    }

    @Override
    protected void doFilterInternal(
        HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws IOException {
      response.sendRedirect(request.getContextPath() + REFUSED_PAGE);
    }
  }
}
