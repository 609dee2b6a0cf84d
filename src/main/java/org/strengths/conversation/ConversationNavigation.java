package org.strengths.conversation;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.strengths.access.Role;
import org.strengths.platform.NavigationLink;

/** The conversation module's admin pages in the service navigation. */
@Configuration(proxyBeanMethods = false)
class ConversationNavigation {

  @Bean
  NavigationLink conversationStagesLink() {
    return new NavigationLink(
        "/admin/conversation-stages", "nav.conversationStages", Set.of(Role.ADMIN.authority()), 71);
  }
}
