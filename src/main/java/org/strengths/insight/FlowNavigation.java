package org.strengths.insight;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.strengths.platform.NavigationLink;

/** The links to the flow of demand (analysts, and managers for their team) and the cohorts. */
@Configuration(proxyBeanMethods = false)
class FlowNavigation {

  @Bean
  NavigationLink flowOfDemandLink() {
    return new NavigationLink(
        FlowController.PAGE, "flow.nav", Set.of("ROLE_ANALYST", "ROLE_MANAGER"), 42);
  }

  @Bean
  NavigationLink cohortsLink() {
    return new NavigationLink(
        CohortController.PAGE, "cohort.nav", Set.of("ROLE_ANALYST", "ROLE_ADMIN"), 43);
  }
}
