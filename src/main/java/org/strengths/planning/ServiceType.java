package org.strengths.planning;

import java.util.Arrays;
import java.util.Optional;

/** CLD Release 1 Service_Type, with the exact text the return expects (domain-reference §7.2). */
public enum ServiceType {
  NURSING_CARE("Long Term Support: Nursing Care"),
  RESIDENTIAL_CARE("Long Term Support: Residential Care"),
  COMMUNITY("Long Term Support: Community"),
  PRISON("Long Term Support: Prison"),
  ST_MAX("Short Term Support: ST-Max"),
  ONGOING_LOW_LEVEL("Short Term Support: Ongoing Low Level"),
  OTHER_SHORT_TERM("Short Term Support: Other Short Term"),
  CARER_DIRECT("Carer Support: Direct to Carer"),
  CARER_WITH_CARED_FOR("Carer Support: Support involving the person cared-for");

  private final String code;

  ServiceType(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  static Optional<ServiceType> ofCode(String code) {
    return Arrays.stream(values()).filter(value -> value.code.equals(code)).findFirst();
  }
}
