package org.strengths.conversation;

/** The nine wellbeing areas of Care Act 2014 s.1(2); no area ranks above another. */
enum CarerWellbeingArea {
  DIGNITY("dignity"),
  HEALTH("health"),
  PROTECTION("protection"),
  CONTROL("control"),
  PARTICIPATION("participation"),
  SOCIAL_ECONOMIC("socialEconomic"),
  RELATIONSHIPS("relationships"),
  ACCOMMODATION("accommodation"),
  CONTRIBUTION("contribution");

  private final String field;

  CarerWellbeingArea(String field) {
    this.field = field;
  }

  public String field() {
    return field;
  }

  public String labelKey() {
    return "carer.wellbeing." + field;
  }

  static CarerWellbeingArea ofField(String field) {
    for (CarerWellbeingArea area : values()) {
      if (area.field.equals(field)) {
        return area;
      }
    }
    return null;
  }
}
