package org.strengths.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

  static final ZoneId LONDON = ZoneId.of("Europe/London");

  /**
   * Statutory dates are in UK local time. Tests (and the app under browser test) set {@code
   * strengths.clock.fixed-at} to an instant, so that every date they compare with is the app's.
   */
  @Bean
  Clock clock(@Value("${strengths.clock.fixed-at:}") String fixedAt) {
    Clock base =
        fixedAt.isBlank() ? Clock.system(LONDON) : Clock.fixed(Instant.parse(fixedAt), LONDON);
    return new ApplicationClock(base);
  }
}
