package org.strengths.planning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.strengths.platform.Money;

/**
 * A commissioned (paid) line of support with the fields the national return needs. A suspension
 * (for example while the person is in hospital) pauses delivery but keeps the service open: only an
 * end date closes it.
 */
record ServiceLine(
    UUID id,
    ServiceType serviceType,
    String serviceComponent,
    DeliveryMechanism deliveryMechanism,
    Money unitCost,
    CostFrequency costFrequency,
    BigDecimal plannedUnitsPerWeek,
    LocalDate start,
    LocalDate end,
    List<Suspension> suspensions) {

  /** A pause in delivery; {@code until} is null while it lasts. */
  record Suspension(LocalDate from, LocalDate until) {
    boolean covers(LocalDate date) {
      return !date.isBefore(from) && (until == null || !date.isAfter(until));
    }
  }

  ServiceLine {
    suspensions = suspensions == null ? List.of() : List.copyOf(suspensions);
  }

  /** Unit cost × planned units per week, rounded to the penny. */
  public Money weeklyCost() {
    return unitCost.times(plannedUnitsPerWeek);
  }

  boolean hasEndedBy(LocalDate date) {
    return end != null && end.isBefore(date);
  }

  boolean hasStartedBy(LocalDate date) {
    return !start.isAfter(date);
  }

  boolean isSuspendedOn(LocalDate date) {
    return suspensions.stream().anyMatch(suspension -> suspension.covers(date));
  }
}
