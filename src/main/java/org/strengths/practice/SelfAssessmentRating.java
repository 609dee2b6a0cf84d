package org.strengths.practice;

import java.util.Optional;

/**
 * How confident a practitioner says they are against a statement, on four points with plain names.
 * Each has a colour in the capability heatmap, always shown with its words (never colour alone).
 */
enum SelfAssessmentRating {
  NOT_YET(1, "govuk-tag--red"),
  DEVELOPING(2, "govuk-tag--yellow"),
  CONFIDENT(3, "govuk-tag--light-blue"),
  CAN_SUPPORT_OTHERS(4, "govuk-tag--green");

  private final int points;
  private final String tagClass;

  SelfAssessmentRating(int points, String tagClass) {
    this.points = points;
    this.tagClass = tagClass;
  }

  public int points() {
    return points;
  }

  public String tagClass() {
    return tagClass;
  }

  /** The message key of its plain name. */
  public String labelKey() {
    return "development.rating." + name();
  }

  static Optional<SelfAssessmentRating> ofPoints(int points) {
    for (SelfAssessmentRating rating : values()) {
      if (rating.points == points) {
        return Optional.of(rating);
      }
    }
    return Optional.empty();
  }

  /** The rating a form sent ("1" to "4"); empty for anything else. */
  static Optional<SelfAssessmentRating> typed(String typed) {
    if (typed == null) {
      return Optional.empty();
    }
    return switch (typed.strip()) {
      case "1" -> Optional.of(NOT_YET);
      case "2" -> Optional.of(DEVELOPING);
      case "3" -> Optional.of(CONFIDENT);
      case "4" -> Optional.of(CAN_SUPPORT_OTHERS);
      default -> Optional.empty();
    };
  }
}
