package org.strengths.planning;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.strengths.platform.Money;

/**
 * The personal budget statement (s.26): the cost to the council of meeting the needs, what the
 * person pays towards it after their financial assessment, and what the council pays. Figures are
 * weekly; annual figures are 52 weeks (ADR 0006).
 *
 * @param indicativeWeekly the estimate shown before planning, if one was given
 * @param lineWeeklyCosts the weekly cost of each commissioned line that has not ended
 * @param assessedContributionWeekly what the financial assessment says the person pays
 * @param signOff a manager's agreement to a budget below the indicative amount, if given
 */
record PersonalBudget(
    Money indicativeWeekly,
    List<Money> lineWeeklyCosts,
    Money assessedContributionWeekly,
    ManagementOption managementOption,
    SignOff signOff) {

  static final BigDecimal WEEKS_PER_YEAR = BigDecimal.valueOf(52);

  /** A manager agreed a budget below the indicative amount; it holds for the cost they saw. */
  record SignOff(UUID managerId, String managerName, String reason, Money costWeekly, Instant at) {}

  PersonalBudget {
    lineWeeklyCosts = List.copyOf(lineWeeklyCosts);
    assessedContributionWeekly =
        assessedContributionWeekly == null ? Money.ZERO : assessedContributionWeekly;
  }

  static Money annual(Money weekly) {
    return weekly.times(WEEKS_PER_YEAR);
  }

  static Money weekly(Money annual) {
    return annual.dividedBy(WEEKS_PER_YEAR);
  }

  public Money costWeekly() {
    return lineWeeklyCosts.stream().reduce(Money.ZERO, Money::plus);
  }

  public Money costAnnual() {
    return annual(costWeekly());
  }

  /** The person never pays more than the care costs (Care and Support (Charging) Regs 2014). */
  public Money personPaysWeekly() {
    Money cost = costWeekly();
    return assessedContributionWeekly.compareTo(cost) > 0 ? cost : assessedContributionWeekly;
  }

  public Money personPaysAnnual() {
    return annual(personPaysWeekly());
  }

  /** Cost less the person's contribution; never below nothing. */
  public Money councilPaysWeekly() {
    return costWeekly().minus(personPaysWeekly()).atLeastZero();
  }

  public Money councilPaysAnnual() {
    return annual(councilPaysWeekly());
  }

  public boolean isBelowIndicative() {
    return indicativeWeekly != null && costWeekly().isLessThan(indicativeWeekly);
  }

  /** Para 11.10: the budget must be sufficient; below the estimate a manager must say why. */
  public boolean needsSignOff() {
    return isBelowIndicative() && !isSignedOff();
  }

  /** A sign-off counts only for the cost the manager agreed to; a later change needs another. */
  public boolean isSignedOff() {
    return signOff != null && signOff.costWeekly().equals(costWeekly());
  }

  public Optional<Money> shortfallWeekly() {
    return isBelowIndicative()
        ? Optional.of(indicativeWeekly.minus(costWeekly()))
        : Optional.empty();
  }
}
