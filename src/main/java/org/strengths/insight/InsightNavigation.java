package org.strengths.insight;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.strengths.platform.NavigationLink;

@Configuration(proxyBeanMethods = false)
class InsightNavigation {

  @Bean
  NavigationLink cldReturnLink() {
    return new NavigationLink(CldExtractController.PAGE, "insight.nav", Set.of("ROLE_ANALYST"), 40);
  }

  @Bean
  NavigationLink nationalMeasuresLink() {
    return new NavigationLink(
        NationalMeasuresController.PAGE, "insight.measures.nav", Set.of("ROLE_ANALYST"), 41);
  }
}
