package org.strengths.platform.statute;

import java.util.Locale;
import java.util.Optional;

/**
 * The ten outcomes of the Care and Support (Eligibility Criteria) Regulations 2015, reg. 2(2), in
 * the order of the regulations. Stored and exchanged by {@link #name()}; shown in the regulations'
 * words under {@code statute.eligibilityOutcome.<name>} and in plain words under {@code
 * statute.eligibilityOutcome.<name>.plain}.
 */
public enum EligibilityOutcome {
  NUTRITION('a'),
  PERSONAL_HYGIENE('b'),
  TOILET_NEEDS('c'),
  APPROPRIATELY_CLOTHED('d'),
  HOME_SAFELY('e'),
  HABITABLE_HOME('f'),
  RELATIONSHIPS('g'),
  WORK_TRAINING_EDUCATION('h'),
  COMMUNITY_FACILITIES('i'),
  CARING_FOR_A_CHILD('j');

  private final char letter;

  EligibilityOutcome(char letter) {
    this.letter = letter;
  }

  /** The outcome for a stored or typed name; empty for anything else. */
  public static Optional<EligibilityOutcome> of(String name) {
    for (EligibilityOutcome outcome : values()) {
      if (outcome.name().equals(name)) {
        return Optional.of(outcome);
      }
    }
    return Optional.empty();
  }

  /** The paragraph letter in reg. 2(2), e.g. {@code a}. */
  public char letter() {
    return letter;
  }

  /** The key of the regulations' words for this outcome. */
  public String messageKey() {
    return "statute.eligibilityOutcome." + name();
  }

  /** The key of the same outcome in plain words, as letters to the person use. */
  public String plainKey() {
    return messageKey() + ".plain";
  }

  /** The form field stem for this outcome, e.g. {@code outcomeNutrition}. */
  public String field() {
    StringBuilder out = new StringBuilder("outcome");
    for (String part : name().split("_")) {
      out.append(part.charAt(0)).append(part.substring(1).toLowerCase(Locale.ROOT));
    }
    return out.toString();
  }
}
