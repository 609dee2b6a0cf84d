package org.strengths.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The one clock every test uses, the same instant as the application's {@link Clock} in every
 * Spring test and browser test ({@code strengths.clock.fixed-at} in {@code
 * application-test.properties}). It is 00:30 on 15 July 2026 in London, still 14 July in UTC: a
 * test that asks the machine for today's date instead gets a different day from the app.
 */
public final class TestClock {

  public static final ZoneId LONDON = ZoneId.of("Europe/London");

  /** 00:30 British Summer Time on 15 July 2026. */
  public static final Instant NOW = Instant.parse("2026-07-14T23:30:00Z");

  private static final Clock CLOCK = Clock.fixed(NOW, LONDON);

  private TestClock() {}

  public static Clock clock() {
    return CLOCK;
  }

  public static Instant now() {
    return NOW;
  }

  /** Today in London, as the app sees it. */
  public static LocalDate today() {
    return LocalDate.now(CLOCK);
  }

  /** Now with London's offset, for timestamps written straight into the database. */
  public static OffsetDateTime offsetNow() {
    return OffsetDateTime.now(CLOCK);
  }

  public static ZonedDateTime nowInLondon() {
    return ZonedDateTime.now(CLOCK);
  }
}
