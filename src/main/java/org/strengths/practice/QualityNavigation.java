package org.strengths.practice;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.strengths.access.Role;
import org.strengths.platform.NavigationLink;

/** "Practice quality" in the service navigation for managers, the PSW and analysts. */
@Configuration(proxyBeanMethods = false)
class QualityNavigation {

  @Bean
  NavigationLink practiceQualityLink() {
    return new NavigationLink(
        QualityController.PAGE,
        "quality.nav",
        Set.of(
            Role.MANAGER.authority(),
            Role.PRINCIPAL_SOCIAL_WORKER.authority(),
            Role.ANALYST.authority()),
        42);
  }
}
