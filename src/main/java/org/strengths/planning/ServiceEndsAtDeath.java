package org.strengths.planning;

import java.time.LocalDate;
import java.util.Optional;

/**
 * When a person dies, a service still open on the date of death ends on it (ADR 0174, the rule the
 * generated council follows since ADR 0169): one with no end date, or one planned to end later. A
 * service that ended before the death keeps its end; one that starts after the death is left for
 * the extract's checks to show, since it was never delivered. A line already ended by a death whose
 * date has since been changed moves to the new date.
 */
final class ServiceEndsAtDeath {

  private ServiceEndsAtDeath() {}

  /** The new end date of a service line, if the death changes it. */
  static Optional<LocalDate> newEnd(
      LocalDate startOn, LocalDate endOn, boolean endedByDeath, LocalDate diedOn) {
    if (endedByDeath) {
      return diedOn.equals(endOn) ? Optional.empty() : Optional.of(diedOn);
    }
    if (startOn != null && startOn.isAfter(diedOn)) {
      return Optional.empty();
    }
    if (endOn == null || endOn.isAfter(diedOn)) {
      return Optional.of(diedOn);
    }
    return Optional.empty();
  }
}
