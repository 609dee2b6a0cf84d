package org.strengths.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DisplayTest {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  private final Display display =
      new Display(Clock.fixed(Instant.parse("2025-07-04T23:30:00Z"), LONDON));

  @Test
  void writesDatesTheGovUkWay() {
    assertThat(display.date(LocalDate.of(2025, 6, 4))).isEqualTo("4 June 2025");
    assertThat(Display.dateOf(LocalDate.of(1948, 3, 12))).isEqualTo("12 March 1948");
  }

  @Test
  void writesAfternoonTimesInUkLocalTimeTheGovUkWay() {
    assertThat(display.moment(Instant.parse("2025-07-04T13:05:00Z")))
        .isEqualTo("4 July 2025 at 2:05pm");
    assertThat(Display.momentOf(Instant.parse("2025-07-04T13:05:00Z"), LONDON))
        .isEqualTo("4 July 2025 at 2:05pm");
    assertThat(display.time(Instant.parse("2025-07-04T13:05:00Z"))).isEqualTo("2:05pm");
  }

  @Test
  void writesMorningTimesWithAm() {
    assertThat(display.moment(Instant.parse("2025-01-14T09:30:00Z")))
        .isEqualTo("14 January 2025 at 9:30am");
  }

  @Test
  void writesNothingForADateOrTimeThatNeverHappened() {
    assertThat(display.date(null)).isEmpty();
    assertThat(display.moment(null)).isEmpty();
    assertThat(display.time(null)).isEmpty();
    assertThat(Display.momentOf(null, LONDON)).isEmpty();
  }

  @Test
  void countsTodayAndAgesInUkLocalTime() {
    assertThat(display.today()).isEqualTo(LocalDate.of(2025, 7, 5));
    assertThat(display.age(LocalDate.of(1948, 7, 5))).isEqualTo(77);
    assertThat(display.age(LocalDate.of(1948, 7, 6))).isEqualTo(76);
  }
}
