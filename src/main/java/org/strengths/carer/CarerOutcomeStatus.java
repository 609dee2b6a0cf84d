package org.strengths.carer;

/** What the practitioner and carer found for one outcome. */
enum CarerOutcomeStatus {
  ACHIEVES,
  UNABLE,
  DOES_NOT_APPLY;

  public String labelKey() {
    return "carer.status." + name();
  }

  static CarerOutcomeStatus of(String name) {
    for (CarerOutcomeStatus status : values()) {
      if (status.name().equals(name)) {
        return status;
      }
    }
    return null;
  }
}
