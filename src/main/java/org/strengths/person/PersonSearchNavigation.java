package org.strengths.person;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.strengths.platform.NavigationLink;

@Configuration(proxyBeanMethods = false)
class PersonSearchNavigation {

  @Bean
  NavigationLink peopleNavigationLink() {
    return new NavigationLink(
        "/people", "nav.people", Set.of("ROLE_PRACTITIONER", "ROLE_MANAGER"), 10);
  }
}
