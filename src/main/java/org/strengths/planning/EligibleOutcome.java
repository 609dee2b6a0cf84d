package org.strengths.planning;

import java.util.Arrays;
import java.util.Optional;

/**
 * The ten outcomes of the Care and Support (Eligibility Criteria) Regulations 2015, reg. 2(2), that
 * a personal outcome may relate to where the person's needs were found eligible.
 */
enum EligibleOutcome {
  NUTRITION,
  PERSONAL_HYGIENE,
  TOILET_NEEDS,
  APPROPRIATELY_CLOTHED,
  HOME_SAFELY,
  HABITABLE_HOME,
  RELATIONSHIPS,
  WORK_TRAINING_EDUCATION,
  COMMUNITY_FACILITIES,
  CARING_FOR_A_CHILD;

  static Optional<EligibleOutcome> of(String name) {
    return Arrays.stream(values()).filter(outcome -> outcome.name().equals(name)).findFirst();
  }

  public String labelKey() {
    return "planning.eligibleOutcome." + name();
  }
}
