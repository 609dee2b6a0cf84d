package org.strengths.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The management endpoints other than the health check (Prometheus metrics under
 * /actuator/prometheus) answer only a scraper that presents the scrape token as a bearer token. No
 * member of staff, however senior, reaches them by signing in, and they never set a session.
 * Without {@code strengths.management.token} (environment {@code STRENGTHS_MANAGEMENT_TOKEN})
 * nobody does. See docs/adr/0030.
 */
@Configuration(proxyBeanMethods = false)
class ManagementSecurity {

  static final String METRICS_ROLE = "METRICS";
  static final int SHORTEST_TOKEN = 32;

  @Bean
  @Order(0)
  SecurityFilterChain management(
      HttpSecurity http, @Value("${strengths.management.token:}") String token) throws Exception {
    if (!token.isEmpty() && token.length() < SHORTEST_TOKEN) {
      throw new IllegalStateException(
          "strengths.management.token must be at least " + SHORTEST_TOKEN + " characters long");
    }
    http.securityMatcher(EndpointRequest.toAnyEndpoint().excluding(HealthEndpoint.class))
        .authorizeHttpRequests(requests -> requests.anyRequest().hasRole(METRICS_ROLE))
        .addFilterBefore(new ScrapeTokenFilter(token), AnonymousAuthenticationFilter.class)
        .sessionManagement(
            session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .requestCache(cache -> cache.disable())
        .csrf(csrf -> csrf.disable())
        .logout(logout -> logout.disable())
        .exceptionHandling(
            errors ->
                errors
                    .authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED))
                    .accessDeniedHandler(
                        (request, response, denied) ->
                            response.sendError(HttpServletResponse.SC_FORBIDDEN)))
        .headers(
            headers ->
                headers
                    .contentSecurityPolicy(
                        csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                    .frameOptions(frame -> frame.deny()));
    return http.build();
  }

  /** Signs the scraper in, with only the metrics role, when it presents the scrape token. */
  static final class ScrapeTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final byte[] token;

    ScrapeTokenFilter(String token) {
      this.token = token.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected void doFilterInternal(
        HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      String header = request.getHeader(HttpHeaders.AUTHORIZATION);
      if (token.length > 0
          && header != null
          && header.regionMatches(true, 0, BEARER, 0, BEARER.length())
          && MessageDigest.isEqual(
              token, header.substring(BEARER.length()).trim().getBytes(StandardCharsets.UTF_8))) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(
                "metrics-scraper",
                null,
                List.of(new SimpleGrantedAuthority("ROLE_" + METRICS_ROLE))));
        SecurityContextHolder.setContext(context);
      }
      chain.doFilter(request, response);
    }
  }
}
