package org.strengths.conversation;

/**
 * The ten outcomes of the Care and Support (Eligibility Criteria) Regulations 2015, reg. 2(2), in
 * the order of the regulations. Their wording (legal and plain) is in the message bundle under
 * {@code assessment.outcome.<name>} and {@code assessment.outcome.<name>.plain}.
 */
enum EligibilityOutcome {
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

  /** The paragraph letter in reg. 2(2), e.g. {@code a}. */
  public char letter() {
    return letter;
  }

  public String messageKey() {
    return "assessment.outcome." + name();
  }

  public String plainKey() {
    return messageKey() + ".plain";
  }

  /** The form field stem for this outcome, e.g. {@code outcomeNutrition}. */
  public String field() {
    StringBuilder out = new StringBuilder("outcome");
    for (String part : name().split("_")) {
      out.append(part.charAt(0)).append(part.substring(1).toLowerCase(java.util.Locale.ROOT));
    }
    return out.toString();
  }
}
