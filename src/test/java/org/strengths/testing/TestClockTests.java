package org.strengths.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class TestClockTests {

  @Autowired Clock clock;

  @Test
  void theAppUnderTestReadsTheSameFixedLondonClockAsTheTests() {
    assertThat(clock.instant()).isEqualTo(TestClock.now());
    assertThat(LocalDate.now(clock)).isEqualTo(TestClock.today());
  }

  @Test
  void isJustAfterMidnightInLondonInSummerWhenUtcIsStillTheDayBefore() {
    assertThat(TestClock.today()).isEqualTo(LocalDate.of(2026, 7, 15));
    assertThat(LocalDate.ofInstant(TestClock.now(), ZoneOffset.UTC))
        .isEqualTo(LocalDate.of(2026, 7, 14));
  }
}
