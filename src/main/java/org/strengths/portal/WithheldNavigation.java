package org.strengths.portal;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.strengths.platform.NavigationLink;

/** What is withheld from the team's people on their own pages, for managers to check. */
@Configuration(proxyBeanMethods = false)
class WithheldNavigation {

  @Bean
  NavigationLink withheldItemsNavigationLink() {
    return new NavigationLink("/withheld-items", "withheld.list.nav", Set.of("ROLE_MANAGER"), 61);
  }
}
