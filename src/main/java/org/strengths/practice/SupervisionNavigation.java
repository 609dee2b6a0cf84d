package org.strengths.practice;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.strengths.access.Role;
import org.strengths.access.StaffMember;
import org.strengths.platform.NavigationLink;

/** "Supervision" in the service navigation; for team managers, with how many are overdue. */
@Configuration(proxyBeanMethods = false)
class SupervisionNavigation {

  @Bean
  NavigationLink supervisionLink(Supervisions supervisions) {
    return new NavigationLink(
        "/supervision",
        "practice.nav",
        Set.of(
            Role.PRACTITIONER.authority(),
            Role.MANAGER.authority(),
            Role.PRINCIPAL_SOCIAL_WORKER.authority()),
        40,
        signedIn ->
            signedIn.getPrincipal() instanceof StaffMember staff
                ? supervisions.needingAction(staff)
                : 0);
  }
}
