package org.strengths.assessment;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.strengths.platform.NavigationLink;

/**
 * The Client Level Data events page, for managers to check, and the team's list of people waiting
 * (waiting well), in the service navigation.
 */
@Configuration(proxyBeanMethods = false)
class AssessmentNavigation {

  @Bean
  NavigationLink dataQualityNavigationLink() {
    return new NavigationLink(
        "/data-quality/cld-events", "nav.dataQuality", Set.of("ROLE_MANAGER"), 60);
  }

  @Bean
  NavigationLink waitingLink() {
    return new NavigationLink(
        "/waiting", "waiting.nav", Set.of("ROLE_PRACTITIONER", "ROLE_MANAGER"), 31);
  }
}
