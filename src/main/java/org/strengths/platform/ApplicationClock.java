package org.strengths.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Supplier;

/**
 * The application's clock: the system clock in UK local time. The fictional demo council is
 * recorded through the modules' own services, which stamp what they record with this clock; so that
 * its conversations, plans and reviews are spread over the past two years, the thread that builds
 * it may say what time it is for a while ({@link #at}). Every other thread, and this one outside
 * {@link #at}, sees the real time.
 */
public final class ApplicationClock extends Clock {

  private static final ThreadLocal<Instant> PRETENDED = new ThreadLocal<>();

  private final Clock system;

  ApplicationClock(Clock system) {
    this.system = system;
  }

  /**
   * The application's clock over another one: what tests that stop or move time register as their
   * {@code Clock}, so that the demo council is still recorded in the past when they start.
   */
  public static ApplicationClock over(Clock clock) {
    return new ApplicationClock(clock);
  }

  /** Runs {@code work} on this thread as if it were {@code instant}, and returns its result. */
  public static <T> T at(Instant instant, Supplier<T> work) {
    Instant before = PRETENDED.get();
    PRETENDED.set(instant);
    try {
      return work.get();
    } finally {
      if (before == null) {
        PRETENDED.remove();
      } else {
        PRETENDED.set(before);
      }
    }
  }

  /** As {@link #at(Instant, Supplier)}, for work with no result. */
  public static void at(Instant instant, Runnable work) {
    at(
        instant,
        () -> {
          work.run();
          return null;
        });
  }

  @Override
  public Instant instant() {
    Instant pretended = PRETENDED.get();
    return pretended != null ? pretended : system.instant();
  }

  @Override
  public long millis() {
    return instant().toEpochMilli();
  }

  @Override
  public ZoneId getZone() {
    return system.getZone();
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return zone.equals(getZone()) ? this : new ApplicationClock(system.withZone(zone));
  }
}
