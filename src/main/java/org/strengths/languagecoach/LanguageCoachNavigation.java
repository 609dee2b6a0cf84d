package org.strengths.languagecoach;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.strengths.access.Role;
import org.strengths.platform.NavigationLink;

/** The lexicon's admin page in the service navigation. */
@Configuration(proxyBeanMethods = false)
class LanguageCoachNavigation {

  @Bean
  NavigationLink languageCoachLink() {
    return new NavigationLink(
        "/admin/language-coach", "nav.languageCoach", Set.of(Role.ADMIN.authority()), 70);
  }
}
