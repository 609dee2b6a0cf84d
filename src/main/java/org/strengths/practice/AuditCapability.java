package org.strengths.practice;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The heatmap's second source: closed case-file audits of the last twelve months, each question's
 * final score counted against the statements its evidence speaks to (docs/adr/0152). Open audits
 * are left out until they close, so a level never moves while an audit is being scored.
 */
@Component
@Order(1)
class AuditCapability implements CapabilitySource {

  /** How far back audits count, by the month they are for. */
  static final int MONTHS = 12;

  private final AuditStore audits;
  private final StatementStore statements;
  private final Clock clock;

  AuditCapability(AuditStore audits, StatementStore statements, Clock clock) {
    this.audits = audits;
    this.statements = statements;
    this.clock = clock;
  }

  @Override
  public String key() {
    return "audit";
  }

  @Override
  public String nameKey() {
    return "development.capability.source.audit";
  }

  @Override
  public String shortKey() {
    return "development.capability.short.audit";
  }

  @Override
  public Map<UUID, Map<UUID, CapabilityLevel>> levels(Collection<UUID> workerIds) {
    if (workerIds.isEmpty()) {
      return Map.of();
    }
    LocalDate since = LocalDate.now(clock).withDayOfMonth(1).minusMonths(MONTHS);
    return AuditCapabilityMapping.levels(audits.closedScores(workerIds, since), statements.all());
  }
}
