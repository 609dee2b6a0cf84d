package org.strengths.planning;

import java.util.Arrays;
import java.util.Optional;

/**
 * CLD Cost_Frequency (Unit_Type): what one unit of a service line's Unit_Cost buys. The Release 1
 * specification's own list has not been seen (domain-reference §7.2 is compiled); these values are
 * held as provisional reference data so a verified list can replace them without a code change to
 * the arithmetic, which is always unit cost × planned units per week.
 */
public enum CostFrequency {
  HOURLY("Hourly", "hours"),
  DAILY("Daily", "days"),
  PER_SESSION("Per session", "sessions"),
  WEEKLY("Weekly", "weeks");

  private final String code;
  private final String unitName;

  CostFrequency(String code, String unitName) {
    this.code = code;
    this.unitName = unitName;
  }

  public String code() {
    return code;
  }

  String unitName() {
    return unitName;
  }

  static Optional<CostFrequency> ofCode(String code) {
    return Arrays.stream(values()).filter(value -> value.code.equals(code)).findFirst();
  }
}
