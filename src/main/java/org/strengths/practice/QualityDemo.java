package org.strengths.practice;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.strengths.platform.StrengthsProperties;

/**
 * With demo data enabled, the practice-quality page has figures on a fresh start: once the demo
 * council is in (it runs first), the read model is worked out at once rather than a minute later.
 * Later starts leave the read model they find to the scheduled refresh.
 */
@Component
@Order(21)
class QualityDemo implements ApplicationRunner {

  private final StrengthsProperties properties;
  private final QualityRefresh refresh;

  QualityDemo(StrengthsProperties properties, QualityRefresh refresh) {
    this.properties = properties;
    this.refresh = refresh;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (properties.demo() && refresh.refreshedAt().isEmpty()) {
      refresh.refresh();
    }
  }
}
