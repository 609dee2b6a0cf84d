package org.strengths.platform;

import java.time.Clock;

/** The application's clock over a clock a test controls. */
public final class ApplicationClocks {

  private ApplicationClocks() {}

  /**
   * An {@link ApplicationClock} telling the time from {@code base}: a test that replaces the clock
   * keeps {@link ApplicationClock#at}, which the demo council needs to date what it records.
   */
  public static Clock over(Clock base) {
    return new ApplicationClock(base);
  }
}
