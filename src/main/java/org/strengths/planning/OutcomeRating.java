package org.strengths.planning;

import java.util.Arrays;
import java.util.Optional;

/** How the person rates an outcome at a review, in their terms. */
enum OutcomeRating {
  ACHIEVED(3),
  PARTLY(2),
  NOT_YET(1),
  NO_LONGER_WANTED(0);

  private final int level;

  OutcomeRating(int level) {
    this.level = level;
  }

  /** Height on the progress chart: achieved highest; "no longer wanted" sits at the bottom. */
  public int level() {
    return level;
  }

  public String labelKey() {
    return "planning.rating." + name();
  }

  static Optional<OutcomeRating> of(String name) {
    return Arrays.stream(values()).filter(value -> value.name().equals(name)).findFirst();
  }
}
