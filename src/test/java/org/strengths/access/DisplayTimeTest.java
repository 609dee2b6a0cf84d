package org.strengths.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DisplayTimeTest {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  @Test
  void writesAfternoonTimesInUkLocalTimeTheGovUkWay() {
    assertThat(DisplayTime.of(Instant.parse("2025-07-04T13:05:00Z"), LONDON))
        .isEqualTo("4 July 2025 at 2:05pm");
  }

  @Test
  void writesMorningTimesWithAm() {
    assertThat(DisplayTime.of(Instant.parse("2025-01-14T09:30:00Z"), LONDON))
        .isEqualTo("14 January 2025 at 9:30am");
  }

  @Test
  void writesNothingForATimeThatNeverHappened() {
    assertThat(DisplayTime.of(null, LONDON)).isEmpty();
  }
}
