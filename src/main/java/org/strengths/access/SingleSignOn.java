package org.strengths.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Staff single sign-on with the organisation's OpenID Connect provider, when it is configured
 * (docs/adr/0060). The provider says who the person is; this application decides whether they have
 * an account here and what they may do: a claim of the ID token is matched to an existing staff
 * account, never used to make one, and the signed-in principal is the same {@link StaffMember} as
 * after a password sign-in. Nothing from the provider (tokens) is kept after sign-in.
 */
@Component
class SingleSignOn {

  /** Where the sign-in page's button goes to start signing in at the provider. */
  static final String START = "/sign-in/with/" + SingleSignOn.REGISTRATION_ID;

  /** Where the provider sends the person back (register it at the provider as the redirect URI). */
  static final String CALLBACK = "/sign-in/callback";

  /** The page for someone the provider knows but this application does not let in. */
  static final String NOT_RECOGNISED = "/sign-in/not-recognised";

  /** The session attribute with the claim value of a person who was not let in, to show them. */
  static final String REFUSED_AS = SingleSignOn.class.getName() + ".refusedAs";

  static final String UNKNOWN = "strengths_unknown_staff";
  static final String DISABLED = "strengths_account_disabled";
  static final String LOCKED = "strengths_account_locked";

  private static final String REGISTRATION_ID = "provider";
  private static final String START_BASE = "/sign-in/with";

  private static final Logger log = LoggerFactory.getLogger(SingleSignOn.class);

  private final SignInProperties properties;
  private final StaffAccounts accounts;
  private final ApplicationEventPublisher events;

  SingleSignOn(
      SignInProperties properties, StaffAccounts accounts, ApplicationEventPublisher events) {
    this.properties = properties;
    this.accounts = accounts;
    this.events = events;
  }

  boolean enabled() {
    return properties.oidc().configured();
  }

  boolean localPasswords() {
    return properties.localPasswords();
  }

  String providerName() {
    return properties.oidc().providerName();
  }

  /**
   * Adds OpenID Connect sign-in to the pages' chain when a provider is configured; and, when local
   * passwords are off, refuses the password form before any password is looked at.
   */
  void configure(HttpSecurity http, AuthenticationSuccessHandler afterSignIn) throws Exception {
    if (!localPasswords()) {
      // Before the CSRF check: the refusal changes nothing, and it should read the same to an old
      // password form left open in a browser and to a script that never had a token.
      http.addFilterBefore(new RefusePasswords(), CsrfFilter.class);
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
                .loginPage("/sign-in")
                .clientRegistrationRepository(registrations)
                .authorizedClientRepository(new OpenIdProvider.KeepNothing())
                .authorizationEndpoint(
                    endpoint ->
                        endpoint.authorizationRequestResolver(
                            new OpenIdProvider.StartUnlessUnreachable(
                                registrations, START_BASE, Map.of(), "Single sign-on")))
                .redirectionEndpoint(endpoint -> endpoint.baseUri(CALLBACK))
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(new MatchStaff()))
                .successHandler(new SignInAsStaff(afterSignIn))
                .failureHandler(new Refused()));
  }

  /** The provider's registration, from its discovery document (read on first use). */
  static ClientRegistration registration(SignInProperties.Oidc oidc) {
    Set<String> scopes = new LinkedHashSet<>();
    scopes.add("openid");
    scopes.addAll(oidc.scopes());
    boolean publicClient = oidc.clientSecret() == null || oidc.clientSecret().isBlank();
    return ClientRegistrations.fromOidcIssuerLocation(oidc.issuerUri())
        .registrationId(REGISTRATION_ID)
        .clientName(oidc.providerName())
        .clientId(oidc.clientId())
        .clientSecret(publicClient ? null : oidc.clientSecret())
        .clientAuthenticationMethod(
            publicClient
                ? ClientAuthenticationMethod.NONE
                : ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
        .scope(scopes)
        .redirectUri("{baseUrl}" + CALLBACK)
        .userNameAttributeName("sub")
        .build();
  }

  /**
   * Matches the person the provider vouched for (its ID token, already checked: signature, issuer,
   * audience, expiry, nonce) to a staff account by the configured claim. Nobody without an enabled,
   * unlocked account gets in, and no account is ever made here.
   */
  final class MatchStaff implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService provider = new OidcUserService();

    MatchStaff() {
      // Everything needed is in the ID token; Entra ID's user info endpoint, for one, is
      // Microsoft Graph and would need another token.
      provider.setRetrieveUserInfo(request -> false);
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
      OidcUser user = provider.loadUser(request);
      Object claim = user.getClaims().get(properties.oidc().claim());
      String value = claim == null ? null : claim.toString();
      StaffAccounts.SingleSignOnAccount account =
          accounts.findForSingleSignOn(value).orElseThrow(() -> refused(UNKNOWN, value));
      if (!account.enabled()) {
        throw refused(DISABLED, value);
      }
      if (!account.staff().isAccountNonLocked()) {
        throw refused(LOCKED, value);
      }
      return new StaffOidcUser(account.staff(), user);
    }

    private OAuth2AuthenticationException refused(String code, String value) {
      return new OAuth2AuthenticationException(new OAuth2Error(code, value, null));
    }
  }

  /** The provider's view of the person, carrying the staff account it was matched to. */
  static final class StaffOidcUser extends DefaultOidcUser {

    private final StaffMember staff;

    StaffOidcUser(StaffMember staff, OidcUser user) {
      super(staff.getAuthorities(), user.getIdToken(), user.getUserInfo(), "sub");
      this.staff = staff;
    }

    StaffMember staff() {
      return staff;
    }
  }

  /**
   * Signs the member of staff in exactly as a password sign-in does: the session holds their {@link
   * StaffMember} (the provider's tokens are dropped), the same success event is published (it
   * clears failed password attempts, as a password sign-in would), and they go where a password
   * sign-in would send them.
   */
  final class SignInAsStaff implements AuthenticationSuccessHandler {

    private final AuthenticationSuccessHandler afterSignIn;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SignInAsStaff(AuthenticationSuccessHandler afterSignIn) {
      this.afterSignIn = afterSignIn;
    }

    @Override
    public void onAuthenticationSuccess(
        HttpServletRequest request, HttpServletResponse response, Authentication authentication)
        throws IOException, ServletException {
      StaffMember staff = ((StaffOidcUser) authentication.getPrincipal()).staff();
      UsernamePasswordAuthenticationToken signedIn =
          UsernamePasswordAuthenticationToken.authenticated(staff, null, staff.getAuthorities());
      signedIn.setDetails(authentication.getDetails());
      SecurityContext context = SecurityContextHolder.createEmptyContext();
      context.setAuthentication(signedIn);
      SecurityContextHolder.setContext(context);
      contexts.saveContext(context, request, response);
      events.publishEvent(new AuthenticationSuccessEvent(signedIn));
      log.info("Signed in with single sign-on: {}", staff.getUsername());
      afterSignIn.onAuthenticationSuccess(request, response, signedIn);
    }
  }

  /**
   * Someone the provider knows but who has no usable account here gets the "ask your administrator"
   * page; anything else that went wrong (they cancelled at the provider, an old or altered answer)
   * sends them back to the sign-in page to try again.
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
            case UNKNOWN -> NOT_RECOGNISED;
            case DISABLED -> NOT_RECOGNISED + "?disabled";
            case LOCKED -> NOT_RECOGNISED + "?locked";
            default -> "/sign-in?providerFailed";
          };
      if (failure instanceof OAuth2AuthenticationException oauth
          && page.startsWith(NOT_RECOGNISED)) {
        String description = oauth.getError().getDescription();
        request.getSession().setAttribute(REFUSED_AS, description == null ? "" : description);
        log.info("Single sign-on refused ({}): {}", code, description);
      } else {
        log.info("Single sign-on did not complete: {}", failure.getMessage());
      }
      response.sendRedirect(request.getContextPath() + page);
    }
  }

  /**
   * With local passwords off, a password sent to the sign-in form is refused before any account is
   * looked up, and the sign-in page says to use single sign-on instead.
   */
  static final class RefusePasswords extends OncePerRequestFilter {

    static final String REFUSED_PAGE = "/sign-in?passwordsOff";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
      return !("POST".equals(request.getMethod()) && "/sign-in".equals(request.getServletPath()));
    }

    @Override
    protected void doFilterInternal(
        HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws IOException {
      response.sendRedirect(request.getContextPath() + REFUSED_PAGE);
    }
  }
}
