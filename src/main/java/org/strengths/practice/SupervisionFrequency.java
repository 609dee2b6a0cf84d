package org.strengths.practice;

import java.time.LocalDate;

/** How often a worker is expected to be supervised, set by their team manager. */
public enum SupervisionFrequency {
  /** Every two weeks, as for a newly qualified worker in their assessed year (ASYE). */
  FORTNIGHTLY,
  MONTHLY,
  SIX_WEEKLY;

  /** The expectation for a worker whose manager has not set one. */
  public static final SupervisionFrequency USUAL = MONTHLY;

  /** When the session after one held on {@code last} is due. */
  public LocalDate nextDue(LocalDate last) {
    return switch (this) {
      case FORTNIGHTLY -> last.plusWeeks(2);
      case MONTHLY -> last.plusMonths(1);
      case SIX_WEEKLY -> last.plusWeeks(6);
    };
  }
}
