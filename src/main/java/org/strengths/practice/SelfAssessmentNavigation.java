package org.strengths.practice;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.strengths.access.Role;
import org.strengths.platform.NavigationLink;

/**
 * "Development" in the service navigation: a practitioner's own self-assessments and learning, the
 * team capability heatmap for managers and the principal social worker; for administrators, the
 * statements' wording.
 */
@Configuration(proxyBeanMethods = false)
class SelfAssessmentNavigation {

  @Bean
  NavigationLink developmentLink() {
    return new NavigationLink(
        "/development",
        "development.nav",
        Set.of(
            Role.PRACTITIONER.authority(),
            Role.MANAGER.authority(),
            Role.PRINCIPAL_SOCIAL_WORKER.authority()),
        41);
  }

  @Bean
  NavigationLink statementsLink() {
    return new NavigationLink(
        "/development/statements",
        "development.nav.statements",
        Set.of(Role.ADMIN.authority()),
        41);
  }
}
