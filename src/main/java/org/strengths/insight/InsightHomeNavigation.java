package org.strengths.insight;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.strengths.platform.NavigationLink;

/**
 * The analyst's home comes first in their navigation; community-asset use is also in a team
 * manager's (their own team's figures).
 */
@Configuration(proxyBeanMethods = false)
class InsightHomeNavigation {

  @Bean
  NavigationLink insightHomeLink() {
    return new NavigationLink(
        InsightHomeController.PAGE, "insightHome.nav", Set.of("ROLE_ANALYST"), 5);
  }

  @Bean
  NavigationLink communityUseLink() {
    return new NavigationLink(
        CommunityUseController.PAGE, "insightHome.use.nav", Set.of("ROLE_MANAGER"), 44);
  }
}
