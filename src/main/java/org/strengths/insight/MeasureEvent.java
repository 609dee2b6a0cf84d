package org.strengths.insight;

import java.time.LocalDate;

/**
 * One event as NHS England's SALT/ASCOF processing reads a row of the CLD return (cld-r1 §1): the
 * columns its scripts use, with the person's fields as they stood at the period end. The person is
 * the council's own identifier: every event of a person carries the same one (cld-r1 §1.1; see
 * docs/insight/national-measures.md, rule P1).
 *
 * @param birthYear null when unknown (such rows are left out of every measure, rule P3)
 * @param endDate null while open
 */
record MeasureEvent(
    String person,
    Integer birthYear,
    Integer birthMonth,
    LocalDate dateOfDeath,
    String gender,
    String ethnicity,
    String clientType,
    String primarySupportReason,
    String hasUnpaidCarer,
    String employmentStatus,
    String accommodationStatus,
    String eventType,
    LocalDate startDate,
    LocalDate endDate,
    String outcome,
    String routeOfAccess,
    String serviceType,
    String serviceComponent,
    String deliveryMechanism) {

  /** The proxy date of birth: the 1st of the birth month (cld-r1 §1.2), or null when unknown. */
  LocalDate proxyBirthDate() {
    return birthYear == null || birthMonth == null ? null : LocalDate.of(birthYear, birthMonth, 1);
  }

  /**
   * Age on {@code date} as NHS England derives it: whole years of 365.25 days from the proxy date
   * of birth ({@code FLOOR(DATEDIFF(DAY, DOB, date) / 365.25)}); null when the birth is unknown.
   */
  Integer ageOn(LocalDate date) {
    LocalDate born = proxyBirthDate();
    if (born == null) {
      return null;
    }
    long days = date.toEpochDay() - born.toEpochDay();
    return (int) Math.floor(days / 365.25);
  }

  boolean is(String type) {
    return SaltTables.same(eventType, type);
  }
}
