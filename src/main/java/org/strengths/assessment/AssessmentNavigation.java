package org.strengths.assessment;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.strengths.platform.NavigationLink;

/** The Client Level Data events page, for managers to check, in the service navigation. */
@Configuration(proxyBeanMethods = false)
class AssessmentNavigation {

  @Bean
  NavigationLink dataQualityNavigationLink() {
    return new NavigationLink(
        "/data-quality/cld-events", "nav.dataQuality", Set.of("ROLE_MANAGER"), 60);
  }
}
