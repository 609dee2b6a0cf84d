package org.strengths.community;

import java.time.LocalDate;

/**
 * An entry must be checked at least every six months; older or never-checked ones need checking.
 */
final class Verification {

  static final int MONTHS = 6;

  private Verification() {}

  static boolean due(LocalDate lastVerifiedOn, LocalDate today) {
    return lastVerifiedOn == null || !lastVerifiedOn.plusMonths(MONTHS).isAfter(today);
  }

  /** Entries last verified on or before this date are due. */
  static LocalDate dueIfVerifiedOnOrBefore(LocalDate today) {
    return today.minusMonths(MONTHS);
  }
}
