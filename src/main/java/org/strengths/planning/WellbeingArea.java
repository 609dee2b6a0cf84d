package org.strengths.planning;

import java.util.Arrays;
import java.util.Optional;

/** The nine areas of wellbeing in Care Act s.1(2); none ranks above another. */
enum WellbeingArea {
  DIGNITY,
  HEALTH,
  PROTECTION,
  CONTROL,
  PARTICIPATION,
  SOCIAL_AND_ECONOMIC,
  RELATIONSHIPS,
  ACCOMMODATION,
  CONTRIBUTION;

  static Optional<WellbeingArea> of(String name) {
    return Arrays.stream(values()).filter(area -> area.name().equals(name)).findFirst();
  }

  public String labelKey() {
    return "planning.wellbeing." + name();
  }
}
