package org.strengths.carer;

/**
 * The eight outcomes of the Care and Support (Eligibility Criteria) Regulations 2015, reg. 3(2)(b),
 * in the regulation's order. A carer unable to achieve any one of them meets the second condition.
 */
enum CarerOutcome {
  CHILD_CARE("childCare"),
  OTHER_CARE("otherCare"),
  HOME("home"),
  NUTRITION("nutrition"),
  RELATIONSHIPS("relationships"),
  WORK("work"),
  COMMUNITY("community"),
  RECREATION("recreation");

  private final String field;

  CarerOutcome(String field) {
    this.field = field;
  }

  /** The stable name used in forms, the database and the API. */
  public String field() {
    return field;
  }

  public String labelKey() {
    return "carer.outcome." + field;
  }

  static CarerOutcome ofField(String field) {
    for (CarerOutcome outcome : values()) {
      if (outcome.field.equals(field)) {
        return outcome;
      }
    }
    return null;
  }
}
