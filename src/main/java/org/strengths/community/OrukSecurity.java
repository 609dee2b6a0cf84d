package org.strengths.community;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * The Open Referral UK API is public and anonymous by the standard: no sign-in, no API key, no
 * session or cookie (so no CSRF), CORS open to every origin, and read-only — anything but GET, HEAD
 * or a CORS preflight is refused. Its answers may be cached ({@link OrukCaching}).
 */
@Configuration(proxyBeanMethods = false)
class OrukSecurity {

  @Bean
  @Order(2)
  SecurityFilterChain oruk(HttpSecurity http) throws Exception {
    CorsConfiguration cors = new CorsConfiguration();
    cors.setAllowedOrigins(List.of("*"));
    cors.setAllowedMethods(List.of("GET", "HEAD", "OPTIONS"));
    cors.setAllowedHeaders(List.of("*"));
    cors.setAllowCredentials(false);
    UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
    source.registerCorsConfiguration("/**", cors);
    http.securityMatcher(OrukApiController.BASE, OrukApiController.BASE + "/**")
        .authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers(HttpMethod.GET)
                    .permitAll()
                    .requestMatchers(HttpMethod.HEAD)
                    .permitAll()
                    .requestMatchers(HttpMethod.OPTIONS)
                    .permitAll()
                    .anyRequest()
                    .denyAll())
        .cors(c -> c.configurationSource(source))
        .csrf(csrf -> csrf.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .requestCache(cache -> cache.disable())
        .securityContext(context -> context.disable())
        .logout(logout -> logout.disable())
        .headers(
            headers ->
                headers
                    .contentSecurityPolicy(
                        csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                    .frameOptions(frame -> frame.deny())
                    // public, max-age for answers, no-store for refusals: see OrukCaching
                    .cacheControl(cache -> cache.disable())
                    .addHeaderWriter(OrukCaching.cacheControl()));
    return http.build();
  }
}
