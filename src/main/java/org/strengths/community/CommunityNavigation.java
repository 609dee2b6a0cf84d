package org.strengths.community;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.strengths.platform.NavigationLink;

@Configuration(proxyBeanMethods = false)
class CommunityNavigation {

  @Bean
  NavigationLink communityLink() {
    return new NavigationLink(
        "/community",
        "community.nav",
        Set.of("ROLE_PRACTITIONER", "ROLE_MANAGER", "ROLE_ANALYST", "ROLE_ADMIN"),
        30);
  }

  @Bean
  NavigationLink gapsLink() {
    return new NavigationLink("/community/gaps", "community.gaps.nav", Set.of("ROLE_ANALYST"), 31);
  }
}
