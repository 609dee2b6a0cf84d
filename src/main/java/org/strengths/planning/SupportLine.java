package org.strengths.planning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.strengths.network.CarerCheck;
import org.strengths.platform.Money;

/**
 * One line of "who does what": what help, who gives it and which outcomes it serves. Network lines
 * carry the para 6.64 check (the network module's {@link CarerCheck}); commissioned lines carry the
 * CLD service fields.
 */
record SupportLine(
    UUID id,
    UUID planId,
    SupportKind kind,
    String help,
    String givenBy,
    UUID networkMemberId,
    CarerCheck check,
    UUID communityAssetId,
    ServiceType serviceType,
    String serviceComponent,
    DeliveryMechanism deliveryMechanism,
    Money unitCost,
    CostFrequency costFrequency,
    BigDecimal plannedUnitsPerWeek,
    LocalDate startOn,
    LocalDate endOn,
    LocalDate suspendedFrom,
    LocalDate suspendedUntil,
    List<UUID> outcomeIds,
    int version) {

  public boolean isCommissioned() {
    return kind == SupportKind.COMMISSIONED;
  }

  public ServiceLine serviceLine() {
    return new ServiceLine(
        id,
        serviceType,
        serviceComponent,
        deliveryMechanism,
        unitCost,
        costFrequency,
        plannedUnitsPerWeek,
        startOn,
        endOn,
        suspendedFrom == null
            ? List.of()
            : List.of(new ServiceLine.Suspension(suspendedFrom, suspendedUntil)));
  }

  /** Whether the plan may rely on this help: only network help needs the para 6.64 answers. */
  public boolean canBeReliedOn() {
    return kind != SupportKind.NETWORK || check.mayBeReliedOn();
  }
}
