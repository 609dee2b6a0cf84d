package org.strengths.insight;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.strengths.platform.StrengthsProperties;

/**
 * With demo data enabled, the flow and cohort pages have something to show on a fresh start: once
 * the demo council is in (it runs first), the read model is worked out at once rather than a minute
 * later, and, if the council has not set one, the date the way of working changed is a year ago.
 * Later starts leave the read model they find to the scheduled refresh.
 */
@Component
@Order(20)
class FlowDemo implements ApplicationRunner {

  static final String WHAT = "Three conversations began in every team (demo council)";

  private final StrengthsProperties properties;
  private final CohortOutcomes outcomes;
  private final FlowRefresh refresh;
  private final Clock clock;

  FlowDemo(
      StrengthsProperties properties, CohortOutcomes outcomes, FlowRefresh refresh, Clock clock) {
    this.properties = properties;
    this.outcomes = outcomes;
    this.refresh = refresh;
    this.clock = clock;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!properties.demo()) {
      return;
    }
    if (outcomes.goLive().isEmpty()) {
      LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/London")));
      outcomes.setGoLive(today.minusYears(1), WHAT, "demo", clock.instant());
    }
    if (refresh.refreshedAt().isEmpty()) {
      refresh.refresh();
    }
  }
}
