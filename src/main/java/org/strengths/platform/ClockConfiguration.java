package org.strengths.platform;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

  /** Statutory dates are in UK local time; tests replace this bean with a fixed clock. */
  @Bean
  Clock clock() {
    return new ApplicationClock(Clock.system(ZoneId.of("Europe/London")));
  }
}
