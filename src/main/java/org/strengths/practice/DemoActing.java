package org.strengths.practice;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import org.strengths.access.ActingAs;
import org.strengths.access.StaffMember;

/**
 * The demo's records of practice are made through the same services as a signed-in user's, so their
 * access rules, audit and dates apply: this signs a member of staff in for one piece of work.
 */
final class DemoActing {

  private DemoActing() {}

  /** Runs {@code work} signed in as {@code member}, in the afternoon of {@code day}. */
  static void as(StaffMember member, LocalDate day, Clock clock, Runnable work) {
    ActingAs.at(
        member,
        day.atTime(LocalTime.of(14, 0)).atZone(clock.getZone()).toInstant(),
        () -> {
          work.run();
          return Boolean.TRUE;
        });
  }
}
