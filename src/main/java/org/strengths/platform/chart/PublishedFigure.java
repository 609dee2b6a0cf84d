package org.strengths.platform.chart;

import java.util.Locale;

/**
 * A figure as the statistics pages, their charts and their CSVs publish it: a value, or nothing to
 * show (no one to work it out from), or suppressed under the small-numbers rule (written "[c]").
 * Each module keeps its own rule for when a figure is suppressed; this is how every one is shown.
 */
public interface PublishedFigure {

  /** The value, or null when there is nothing to show or it is suppressed. */
  Double value();

  boolean suppressed();

  /** Whether there is a value to draw and print. */
  default boolean shown() {
    return value() != null && !suppressed();
  }

  /** The figure as pages and CSVs write it: one decimal place at most, "[c]" or blank. */
  default String text() {
    if (suppressed()) {
      return "[c]";
    }
    Double value = value();
    if (value == null) {
      return "";
    }
    return value == Math.rint(value)
        ? String.valueOf(value.longValue())
        : String.format(Locale.UK, "%.1f", value);
  }
}
