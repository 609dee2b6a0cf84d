package org.strengths.carer;

/**
 * An answer to "able to care?" or "willing to care?", now or in future (s.10(5)(a) and (b)). "With
 * support" lets the carer say yes without it meaning "yes, as things are".
 */
enum CarerAbility {
  YES,
  WITH_SUPPORT,
  NO,
  NOT_SURE;

  public String labelKey() {
    return "carer.ability." + name();
  }

  static CarerAbility of(String name) {
    for (CarerAbility ability : values()) {
      if (ability.name().equals(name)) {
        return ability;
      }
    }
    return null;
  }
}
