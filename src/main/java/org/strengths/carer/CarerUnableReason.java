package org.strengths.carer;

/**
 * Why a carer counts as unable to achieve an outcome (reg. 3(3)). Unlike the adults' test in reg.
 * 2(3), the carers' regulation has no "takes significantly longer" limb, so it is not offered.
 */
enum CarerUnableReason {
  NEEDS_ASSISTANCE,
  PAIN_DISTRESS_ANXIETY,
  ENDANGERS_HEALTH_OR_SAFETY;

  public String labelKey() {
    return "carer.unable." + name();
  }

  static CarerUnableReason of(String name) {
    for (CarerUnableReason reason : values()) {
      if (reason.name().equals(name)) {
        return reason;
      }
    }
    return null;
  }
}
