package org.strengths.assessment;

import org.strengths.platform.statute.WellbeingArea;

/**
 * One question of the needs assessment as a form field: its name (also its HTML id and message key
 * stem), where it is stored, and what kind of answer it takes.
 *
 * @param column the assessment table column, or {@code null} for the wellbeing rows
 * @param group the message key of the fieldset it is shown in, or {@code null}
 */
record AssessmentField(String name, String column, Kind kind, String group) {

  static final int SHORT_LIMIT = 200;
  static final int LONG_LIMIT = 5000;

  enum Kind {
    SHORT_TEXT,
    LONG_TEXT,
    YES_NO,
    DATE
  }

  static AssessmentField of(String name, String column, Kind kind) {
    return new AssessmentField(name, column, kind, null);
  }

  public int limit() {
    return kind == Kind.SHORT_TEXT ? SHORT_LIMIT : LONG_LIMIT;
  }

  public boolean isText() {
    return kind == Kind.SHORT_TEXT || kind == Kind.LONG_TEXT;
  }

  /** The nine wellbeing areas share two labels; their fieldset legend names the area. */
  public String labelKey() {
    if (group != null) {
      return "assessment.field." + (name.endsWith("Words") ? "wellbeingWords" : "wellbeingSummary");
    }
    return "assessment.field." + name;
  }

  public String hintKey() {
    return labelKey() + ".hint";
  }

  /** The field for the person's words on a wellbeing area, e.g. {@code wellbeingDignityWords}. */
  static String wordsField(WellbeingArea area) {
    return wellbeingStem(area) + "Words";
  }

  /** The field for the practitioner's summary of a wellbeing area. */
  static String summaryField(WellbeingArea area) {
    return wellbeingStem(area) + "Summary";
  }

  private static String wellbeingStem(WellbeingArea area) {
    String name = area.camelName();
    return "wellbeing" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
