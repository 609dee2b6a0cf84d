package org.strengths.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.aop.Advisor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.authorization.method.AuthorizationManagerBeforeMethodInterceptor;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.strengths.platform.PreservedForm;

/**
 * Pages: everything needs sign-in except the sign-in page, static assets and the health check. The
 * API under /api/ has its own chain: bearer tokens, no session, problem+json refusals. Each
 * controller method also carries its own {@code @PreAuthorize} rule (checked by a test).
 *
 * <p>Partners (staff of voluntary organisations) are fenced in twice: here, where they may reach
 * only the partner portal under /partner (plus the start page, which sends them there, and signing
 * out), and in each controller's {@code @PreAuthorize}. Council staff cannot open the portal.
 *
 * <p>Staff sign in with a password, with the organisation's OpenID Connect provider ({@link
 * SingleSignOn}, when configured), or both; either way the session holds the same {@link
 * StaffMember}.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity(prePostEnabled = false)
class SecurityConfiguration {

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
          + "font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
          + "frame-ancestors 'none'";

  /**
   * Each handler's {@code @PreAuthorize}: the one method-security annotation used here, so its
   * interceptor alone rather than the four that {@code prePostEnabled} publishes, each of which is
   * matched against every method of every bean at start (ADR 0187). {@code
   * EveryEndpointHasAnAccessRuleTest} refuses the annotations this leaves unenforced.
   */
  @Bean
  @org.springframework.context.annotation.Role(BeanDefinition.ROLE_INFRASTRUCTURE)
  static Advisor preAuthorizeMethodInterceptor() {
    return AuthorizationManagerBeforeMethodInterceptor.preAuthorize();
  }

  /**
   * bcrypt at cost 10, hashes worked out in turn (one at a time per processor unless {@code
   * strengths.sign-in.concurrent-hashes} says otherwise); weaker hashes are replaced at sign-in.
   * Why: docs/adr/0080.
   */
  @Bean
  PasswordEncoder passwordEncoder(
      @Value("${strengths.sign-in.concurrent-hashes:0}") int concurrentHashes) {
    return new PasswordHashing(
        concurrentHashes > 0 ? concurrentHashes : Runtime.getRuntime().availableProcessors());
  }

  /**
   * Once started, in the background before anyone signs in: a sign-in with an unknown username
   * (Spring Security then makes, once, the hash it checks unknown usernames against), and bcrypt
   * compiled (ADR 0080).
   */
  @Bean
  ApplicationListener<ApplicationReadyEvent> warmPasswordHashing(
      PasswordEncoder passwords, AuthenticationConfiguration authentication) {
    Runnable unknownUsername =
        () -> {
          try {
            authentication
                .getAuthenticationManager()
                .authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(
                        "(warm-up: no such account)", "not a password"));
          } catch (Exception refused) {
            // Refused, as it should be (or no manager yet): the warm-up carries on regardless.
          }
        };
    return ready -> {
      if (passwords instanceof PasswordHashing hashing) {
        Thread warming =
            new Thread(() -> hashing.warmUp(unknownUsername, 40), "password-hashing-warm-up");
        warming.setDaemon(true);
        warming.setPriority(Thread.MIN_PRIORITY);
        warming.start();
      }
    };
  }

  /**
   * The JSON API: bearer tokens only, no session, no cookies (so no CSRF), and every refusal as
   * problem+json. The OpenAPI description under /api/v1/openapi is open to any API client.
   */
  @Bean
  @Order(1)
  SecurityFilterChain api(HttpSecurity http, ApiTokens tokens) throws Exception {
    ApiSecurityHandlers problems = new ApiSecurityHandlers();
    http.securityMatcher("/api/**")
        .authorizeHttpRequests(requests -> requests.anyRequest().access(staffNotPartners()))
        .addFilterBefore(
            new BearerTokenFilter(tokens, problems), AnonymousAuthenticationFilter.class)
        .sessionManagement(
            session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .requestCache(cache -> cache.disable())
        .csrf(csrf -> csrf.disable())
        .logout(logout -> logout.disable())
        .exceptionHandling(
            errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
        .headers(
            headers ->
                headers
                    .contentSecurityPolicy(
                        csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                    .frameOptions(frame -> frame.deny()));
    return http.build();
  }

  @Bean
  @Order(10)
  SecurityFilterChain pages(HttpSecurity http, SignInAddresses addresses, SingleSignOn singleSignOn)
      throws Exception {
    ReturnToPreservedForm afterSignIn = new ReturnToPreservedForm();
    singleSignOn.configure(http, afterSignIn);
    http.addFilterBefore(
            new SignInAddresses.RefuseBusyAddresses(addresses),
            UsernamePasswordAuthenticationFilter.class)
        .authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers(
                        "/sign-in",
                        SingleSignOn.START,
                        SingleSignOn.NOT_RECOGNISED,
                        "/assets/**",
                        "/css/**",
                        "/js/**",
                        "/webjars/**",
                        "/error")
                    .permitAll()
                    // "Ask for support" is the public front door: anyone, signed in or not.
                    .requestMatchers("/ask-for-support", "/ask-for-support/**")
                    .permitAll()
                    .requestMatchers("/actuator/health")
                    .permitAll()
                    .requestMatchers("/partner", "/partner/**")
                    .hasRole(Role.PARTNER.name())
                    .requestMatchers("/")
                    .authenticated()
                    .anyRequest()
                    .access(staffNotPartners()))
        .formLogin(
            form ->
                form.loginPage("/sign-in")
                    .loginProcessingUrl("/sign-in")
                    .failureUrl("/sign-in?error")
                    .successHandler(afterSignIn))
        .logout(logout -> logout.logoutUrl("/sign-out").logoutSuccessUrl("/sign-in?signedOut"))
        // The token lives in a cookie, not the session, so a form submitted after the session
        // expired still passes the CSRF check and reaches the entry point that keeps its text.
        .csrf(
            csrf ->
                csrf.csrfTokenRepository(new CookieCsrfTokenRepository())
                    .csrfTokenRequestHandler(new MalformedCsrfTokenRefused()))
        .exceptionHandling(
            errors ->
                errors
                    .authenticationEntryPoint(new KeepFormAndSignIn())
                    .accessDeniedHandler(new FormExpiredPage()))
        .headers(
            headers ->
                headers
                    .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                    .frameOptions(frame -> frame.deny())
                    .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
    return http.build();
  }

  /**
   * Signed in, and not a partner: partners never reach council pages or the API. Nor does a person
   * signed in to their own pages (the portal keeps that sign-in apart, docs/adr/0111; this refuses
   * it here too).
   */
  static AuthorizationManager<RequestAuthorizationContext> staffNotPartners() {
    return AuthorizationManagers.allOf(
        AuthenticatedAuthorizationManager.authenticated(),
        AuthorizationManagers.not(AuthorityAuthorizationManager.hasRole(Role.PARTNER.name())),
        AuthorizationManagers.not(AuthorityAuthorizationManager.hasRole("PERSON")));
  }

  /**
   * Sends an unauthenticated visitor to sign in. When what they sent was a form, its fields are
   * kept in the new session so the form can be shown again, filled in, once they are back.
   */
  static final class KeepFormAndSignIn extends LoginUrlAuthenticationEntryPoint {

    KeepFormAndSignIn() {
      super("/sign-in");
    }

    @Override
    public void commence(
        HttpServletRequest request,
        HttpServletResponse response,
        org.springframework.security.core.AuthenticationException authException)
        throws IOException, jakarta.servlet.ServletException {
      if (fromScript(request)) {
        // A script's background request (the language coach, a draft's autosave) is not a form
        // the user sent: answering 401 keeps it from replacing the form they are about to send.
        response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
        return;
      }
      if ("POST".equals(request.getMethod())) {
        PreservedForm.keep(request);
        response.sendRedirect(request.getContextPath() + "/sign-in?expired");
        return;
      }
      if ("GET".equals(request.getMethod())) {
        request.getSession().setAttribute(RETURN_TO, pathAndQuery(request));
      }
      super.commence(request, response, authException);
    }

    private static boolean fromScript(HttpServletRequest request) {
      String accept = request.getHeader("Accept");
      return accept != null && accept.contains("application/json") && !accept.contains("text/html");
    }

    private static String pathAndQuery(HttpServletRequest request) {
      String query = request.getQueryString();
      return request.getRequestURI() + (query == null ? "" : "?" + query);
    }
  }

  static final String PARTNER_HOME = "/partner";

  static final String RETURN_TO = KeepFormAndSignIn.class.getName() + ".returnTo";

  /**
   * After sign-in, go back to the kept form or the page asked for, else the home page (My work for
   * practitioners, the team's home for managers, what they can do for analysts and administrators).
   */
  static final class ReturnToPreservedForm implements AuthenticationSuccessHandler {
    private final SavedRequestAwareAuthenticationSuccessHandler fallback =
        new SavedRequestAwareAuthenticationSuccessHandler();
    private final SavedRequestAwareAuthenticationSuccessHandler home =
        new SavedRequestAwareAuthenticationSuccessHandler();

    ReturnToPreservedForm() {
      fallback.setDefaultTargetUrl("/");
      home.setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(
        HttpServletRequest request, HttpServletResponse response, Authentication authentication)
        throws IOException, jakarta.servlet.ServletException {
      HttpSession session = request.getSession();
      String target =
          PreservedForm.pendingPath(session)
              .orElseGet(() -> (String) session.getAttribute(RETURN_TO));
      session.removeAttribute(RETURN_TO);
      boolean partner =
          authentication.getPrincipal() instanceof StaffMember staff && staff.hasRole(Role.PARTNER);
      if (partner) {
        // A partner only ever goes back to a portal page, never to a council page they cannot see.
        boolean portal =
            target != null
                && (target.equals(PARTNER_HOME) || target.startsWith(PARTNER_HOME + "/"));
        response.sendRedirect(request.getContextPath() + (portal ? target : PARTNER_HOME));
      } else if (target != null && target.startsWith("/") && !target.startsWith("//")) {
        response.sendRedirect(request.getContextPath() + target);
      } else if (authentication.getPrincipal() instanceof StaffMember staff
          && (staff.hasRole(Role.ADMIN) || staff.hasRole(Role.ANALYST))) {
        home.onAuthenticationSuccess(request, response, authentication);
      } else {
        fallback.onAuthenticationSuccess(request, response, authentication);
      }
    }
  }
}
