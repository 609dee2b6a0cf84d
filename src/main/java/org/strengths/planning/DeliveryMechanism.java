package org.strengths.planning;

import java.util.Arrays;
import java.util.Optional;

/**
 * CLD Release 1 Delivery_Mechanism, per service line. "Self-Funder Metering Only" is left out: the
 * guidance says it is not to be used before charging reform.
 */
public enum DeliveryMechanism {
  DIRECT_PAYMENT("Direct Payment"),
  MANAGED_PERSONAL_BUDGET("CASSR Managed Personal Budget"),
  COMMISSIONED_SUPPORT("CASSR Commissioned Support");

  private final String code;

  DeliveryMechanism(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  static Optional<DeliveryMechanism> ofCode(String code) {
    return Arrays.stream(values()).filter(value -> value.code.equals(code)).findFirst();
  }
}
