package org.strengths.portal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The person's own pages under /my/ have their own filter chain and keep who is signed in under
 * their own session key (docs/adr/0111). So a member of staff signed in in the same browser is not
 * signed in here (they are sent to /my/sign-in, never shown a person's pages), and a person signed
 * in here is nobody on the staff pages (which also refuse the {@code ROLE_PERSON} authority). CSRF
 * protection is on, as on the staff pages.
 */
@Configuration(proxyBeanMethods = false)
class PersonPagesSecurity {

  static final String SIGN_IN = "/my/sign-in";
  static final String CONTEXT_KEY = "STRENGTHS_PERSON_SECURITY_CONTEXT";

  // The same policy as the staff pages: only our own scripts, styles and images.
  private static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
          + "font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
          + "frame-ancestors 'none'";

  static HttpSessionSecurityContextRepository contexts() {
    HttpSessionSecurityContextRepository repository = new HttpSessionSecurityContextRepository();
    repository.setSpringSecurityContextKey(CONTEXT_KEY);
    return repository;
  }

  @Bean
  @Order(5)
  SecurityFilterChain personPages(
      HttpSecurity http, PersonSignIn signIn, CitizenSignOn citizenSignOn) throws Exception {
    HttpSessionSecurityContextRepository contexts = contexts();
    // Sign-in with GOV.UK One Login or NHS login, when configured (docs/adr/0163).
    citizenSignOn.configure(http);
    http.securityMatcher("/my", "/my/**")
        .securityContext(context -> context.securityContextRepository(contexts))
        .authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers(SIGN_IN, SIGN_IN + "/**")
                    .permitAll()
                    .anyRequest()
                    .hasAuthority(PersonSignedIn.AUTHORITY))
        .addFilterBefore(
            new WithdrawnInvitationEndsSession(signIn), AnonymousAuthenticationFilter.class)
        .formLogin(form -> form.disable())
        .httpBasic(basic -> basic.disable())
        .requestCache(cache -> cache.disable())
        .logout(logout -> logout.logoutUrl("/my/sign-out").logoutSuccessUrl(SIGN_IN + "?signedOut"))
        .csrf(csrf -> csrf.csrfTokenRepository(new CookieCsrfTokenRepository()))
        .exceptionHandling(
            errors ->
                errors.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint(SIGN_IN)))
        .headers(
            headers ->
                headers
                    .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                    .frameOptions(frame -> frame.deny())
                    .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
    return http.build();
  }

  /** Once an invitation is withdrawn, a session opened with it ends on the person's next page. */
  static final class WithdrawnInvitationEndsSession extends OncePerRequestFilter {
    private final PersonSignIn signIn;

    WithdrawnInvitationEndsSession(PersonSignIn signIn) {
      this.signIn = signIn;
    }

    @Override
    protected void doFilterInternal(
        HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
      if (authentication != null
          && authentication.getPrincipal() instanceof PersonSignedIn person
          && !signIn.stillInvited(person)) {
        SecurityContextHolder.clearContext();
        if (request.getSession(false) != null) {
          request.getSession(false).removeAttribute(CONTEXT_KEY);
        }
      }
      chain.doFilter(request, response);
    }
  }
}
