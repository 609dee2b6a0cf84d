package org.strengths.connection;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.strengths.access.Role;
import org.strengths.platform.NavigationLink;

/** The partner portal's items in the service navigation; partners see nothing else. */
@Configuration(proxyBeanMethods = false)
class ConnectionNavigation {

  @Bean
  NavigationLink partnerConnectionsLink() {
    return new NavigationLink(
        "/partner/connections", "nav.partnerConnections", Set.of(Role.PARTNER.authority()), 10);
  }

  @Bean
  NavigationLink partnerDirectoryLink() {
    return new NavigationLink(
        "/partner/directory", "nav.partnerDirectory", Set.of(Role.PARTNER.authority()), 20);
  }
}
