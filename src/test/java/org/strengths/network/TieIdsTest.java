package org.strengths.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TieIdsTest {

  @Test
  void makesVersionSevenIdsThatSortInTheOrderTheyWereMade() {
    UUID earlier = TieIds.next(at("2026-01-05T10:00:00.001Z"));
    UUID later = TieIds.next(at("2026-01-05T10:00:00.002Z"));
    assertThat(earlier.version()).isEqualTo(7);
    assertThat(earlier.variant()).isEqualTo(2);
    assertThat(earlier).isLessThan(later);
    assertThat(UUID.fromString(later.toString())).isEqualTo(later);
  }

  private static Clock at(String instant) {
    return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
  }
}
