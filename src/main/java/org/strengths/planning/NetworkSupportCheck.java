package org.strengths.planning;

import java.util.ArrayList;
import java.util.List;

/**
 * Before a plan relies on someone in the person's network (statutory guidance para 6.64), the
 * council must not assume they will help: they must be willing and able, the impact on them must
 * have been thought about, and the person must agree to that help. A null answer means "not asked
 * yet". Only when every answer is yes can the line be relied on.
 *
 * @param willing the helper says they are willing
 * @param able the helper is able to give this help
 * @param impactOnThem in their words, what giving this help means for them (blank: not considered)
 * @param personAgrees the person is happy to have this help from them
 */
record NetworkSupportCheck(
    Boolean willing, Boolean able, String impactOnThem, Boolean personAgrees) {

  enum Gap {
    WILLING,
    ABLE,
    IMPACT,
    PERSON_AGREES
  }

  /** What still stands between this help and the plan relying on it, in the order asked. */
  List<Gap> gaps() {
    List<Gap> gaps = new ArrayList<>();
    if (!Boolean.TRUE.equals(willing)) {
      gaps.add(Gap.WILLING);
    }
    if (!Boolean.TRUE.equals(able)) {
      gaps.add(Gap.ABLE);
    }
    if (impactOnThem == null || impactOnThem.isBlank()) {
      gaps.add(Gap.IMPACT);
    }
    if (!Boolean.TRUE.equals(personAgrees)) {
      gaps.add(Gap.PERSON_AGREES);
    }
    return gaps;
  }

  boolean canBeReliedOn() {
    return gaps().isEmpty();
  }
}
