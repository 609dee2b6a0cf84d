package org.strengths.insight;

import java.time.LocalDate;

/**
 * Which events a CLD Release 1 return for a reporting period holds (domain reference §7.1):
 * requests, assessments and reviews completed in the period (open ones wait for the quarter they
 * end in); services active at any time in it, including suspended services, which stay open until
 * they end; never a cancelled event.
 */
final class ReleaseOne {

  private ReleaseOne() {}

  static boolean includes(CldEvent event, LocalDate from, LocalDate to) {
    if (event.cancelled() || event.startDate() == null) {
      return false;
    }
    if (CldEvent.SERVICE.equals(event.eventType())) {
      return !event.startDate().isAfter(to)
          && (event.endDate() == null || !event.endDate().isBefore(from));
    }
    return event.endDate() != null
        && !event.endDate().isBefore(from)
        && !event.endDate().isAfter(to);
  }
}
