package org.strengths.practice;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.strengths.access.Role;
import org.strengths.platform.NavigationLink;

/** "Case-file audits" in the service navigation. */
@Configuration(proxyBeanMethods = false)
class AuditNavigation {

  @Bean
  NavigationLink caseFileAuditLink() {
    return new NavigationLink(
        "/audits",
        "audit.nav",
        Set.of(
            Role.PRACTITIONER.authority(),
            Role.MANAGER.authority(),
            Role.PRINCIPAL_SOCIAL_WORKER.authority(),
            Role.ADMIN.authority()),
        41);
  }
}
