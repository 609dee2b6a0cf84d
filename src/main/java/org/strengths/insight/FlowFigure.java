package org.strengths.insight;

import org.strengths.platform.chart.PublishedFigure;

/**
 * One published figure on the flow and cohort pages, with the small-numbers rule applied: a figure
 * that would reveal a count from 1 to 4 is suppressed (shown as "[c]"), whether the count is the
 * figure itself, the people a rate, median or share is worked out from, or the rest of a share
 * (which the reader could get by subtraction). Zero is shown: it identifies no one. How it is
 * written ("[c]", one decimal place) is {@link PublishedFigure}'s.
 *
 * @param value null when there is nothing to show (no one to work it out from)
 */
record FlowFigure(Double value, boolean suppressed) implements PublishedFigure {

  static final FlowFigure NONE = new FlowFigure(null, false);
  static final FlowFigure HIDDEN = new FlowFigure(null, true);

  static boolean small(long count) {
    return count >= 1 && count <= 4;
  }

  static FlowFigure count(long count) {
    return small(count) ? HIDDEN : new FlowFigure((double) count, false);
  }

  /** {@code count} over {@code per} (e.g. a number of weeks). */
  static FlowFigure rate(long count, double per) {
    if (per <= 0) {
      return NONE;
    }
    return small(count) ? HIDDEN : new FlowFigure(count / per, false);
  }

  /** {@code part} of {@code whole} as a percentage. */
  static FlowFigure share(long part, long whole) {
    if (whole == 0) {
      return NONE;
    }
    if (small(part) || small(whole) || small(whole - part)) {
      return HIDDEN;
    }
    return new FlowFigure(100.0 * part / whole, false);
  }

  /** A value (days, a ratio) worked out from {@code people} people or episodes. */
  static FlowFigure of(Number value, long people) {
    if (people == 0 || value == null) {
      return NONE;
    }
    return small(people) ? HIDDEN : new FlowFigure(value.doubleValue(), false);
  }
}
