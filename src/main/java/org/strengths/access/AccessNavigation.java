package org.strengths.access;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.strengths.platform.NavigationLink;

/** The access module's items in the service navigation. */
@Configuration(proxyBeanMethods = false)
class AccessNavigation {

  @Bean
  NavigationLink breakGlassReviewsLink() {
    return new NavigationLink(
        "/break-glass-reviews", "nav.breakGlassReviews", Set.of(Role.MANAGER.authority()), 50);
  }

  @Bean
  NavigationLink teamsLink() {
    return new NavigationLink("/admin/teams", "nav.teams", Set.of(Role.ADMIN.authority()), 75);
  }

  @Bean
  NavigationLink apiTokensLink() {
    return new NavigationLink(
        "/admin/api-tokens", "nav.apiTokens", Set.of(Role.ADMIN.authority()), 80);
  }

  @Bean
  NavigationLink auditLogLink() {
    return new NavigationLink(
        "/admin/audit-log", "nav.auditLog", Set.of(Role.ADMIN.authority()), 90);
  }
}
