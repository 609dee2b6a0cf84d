package org.strengths.insight;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.strengths.platform.NavigationLink;

/** The analyst's links to the flow of demand and the cohorts ("did it work?"). */
@Configuration(proxyBeanMethods = false)
class FlowNavigation {

  @Bean
  NavigationLink flowOfDemandLink() {
    return new NavigationLink(FlowController.PAGE, "flow.nav", Set.of("ROLE_ANALYST"), 42);
  }

  @Bean
  NavigationLink cohortsLink() {
    return new NavigationLink(
        CohortController.PAGE, "cohort.nav", Set.of("ROLE_ANALYST", "ROLE_ADMIN"), 43);
  }
}
