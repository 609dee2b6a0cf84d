package org.strengths.home;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** Dates as the GOV.UK style guide writes them: "5 December 2026". */
final class HomeDates {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private HomeDates() {}

  static String date(LocalDate date) {
    return date == null ? "" : DATE.format(date);
  }

  /** The day something happened, in the council's time zone. */
  static String moment(Instant instant, ZoneId zone) {
    return instant == null ? "" : DATE.format(instant.atZone(zone));
  }

  /** Whole days from the instant's date to today, in the clock's zone; never negative. */
  static long daysSince(Instant instant, Clock clock) {
    if (instant == null) {
      return 0;
    }
    LocalDate from = instant.atZone(clock.getZone()).toLocalDate();
    return Math.max(0, ChronoUnit.DAYS.between(from, LocalDate.now(clock)));
  }
}
