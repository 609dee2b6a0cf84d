package org.strengths.planning;

import java.util.Arrays;
import java.util.Optional;

/** How the person chose to have their personal budget managed (s.26, guidance ch. 11). */
public enum ManagementOption {
  DIRECT_PAYMENT,
  COUNCIL_MANAGED,
  INDIVIDUAL_SERVICE_FUND,
  MIXED;

  static Optional<ManagementOption> of(String name) {
    return Arrays.stream(values()).filter(value -> value.name().equals(name)).findFirst();
  }

  /** Whether any of the budget is paid to the person, so s.25(2) applies. */
  boolean includesDirectPayment() {
    return this == DIRECT_PAYMENT || this == MIXED;
  }
}
