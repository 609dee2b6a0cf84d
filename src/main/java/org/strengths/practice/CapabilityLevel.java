package org.strengths.practice;

/**
 * One level in a cell of the capability heatmap, from one source: its points (1 to 4), the message
 * key of its words in that source's own scale ("Confident" for a self-assessment, "Good" for an
 * audit), the GOV.UK tag colour of the points, and for audits how many scores it comes from (0
 * where it does not apply).
 */
record CapabilityLevel(int points, String labelKey, String tagClass, int scores) {

  /** A self-assessment rating as a level. */
  static CapabilityLevel of(SelfAssessmentRating rating) {
    return new CapabilityLevel(rating.points(), rating.labelKey(), rating.tagClass(), 0);
  }

  /** An audit level: the points in the audit's scale, from how many scores. */
  static CapabilityLevel audited(int points, int scores) {
    return new CapabilityLevel(
        points,
        "development.capability.audit." + points,
        SelfAssessmentRating.ofPoints(points).orElseThrow().tagClass(),
        scores);
  }

  /** Good, confident or better: the top two points of either scale. */
  public boolean confident() {
    return points >= 3;
  }
}
