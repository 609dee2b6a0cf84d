package org.strengths.practice;

import java.util.ArrayList;
import java.util.List;

/**
 * A bar chart of one measure by month, drawn on the server as SVG (no script): the geometry worked
 * out here, the markup in {@code quality/chart.html}, with a title and description for assistive
 * technology. It sits beside a table of the same figures. A suppressed month draws no bar and is
 * marked "[c]"; a month with nothing to show draws nothing.
 */
record QualityChart(String id, String title, String description, List<Bar> bars, String axisMax) {

  static final int WIDTH = 640;
  static final int TOP = 16;
  static final int BASE = 200;

  /** One bar: where it is drawn and what it says. */
  record Bar(
      String label,
      String value,
      boolean suppressed,
      double x,
      double width,
      double y,
      double height) {}

  static QualityChart of(
      String id,
      String title,
      String description,
      List<String> labels,
      List<QualityRules.Figure> values) {
    double max = 0;
    for (QualityRules.Figure value : values) {
      if (value.shown()) {
        max = Math.max(max, value.value());
      }
    }
    double top = max <= 0 ? 1 : niceCeiling(max);
    int n = Math.max(1, values.size());
    double slot = (double) WIDTH / n;
    double width = Math.max(2, slot * 0.7);
    List<Bar> bars = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      QualityRules.Figure value = values.get(i);
      double height = value.shown() ? (BASE - TOP) * value.value() / top : 0;
      bars.add(
          new Bar(
              labels.get(i),
              value.text(),
              value.suppressed(),
              round(i * slot + (slot - width) / 2),
              round(width),
              round(BASE - height),
              round(height)));
    }
    return new QualityChart(
        id, title, description, bars, new QualityRules.Figure(top, false).text());
  }

  /** Every bar's label when there are few; else every third month's, and the last. */
  public boolean labelled(int index) {
    return bars.size() <= 8 || index % 3 == 0 || index == bars.size() - 1;
  }

  static double niceCeiling(double value) {
    double magnitude = Math.pow(10, Math.floor(Math.log10(value)));
    for (double step : new double[] {1, 2, 2.5, 5, 10}) {
      if (step * magnitude >= value) {
        return step * magnitude;
      }
    }
    return 10 * magnitude;
  }

  private static double round(double value) {
    return Math.round(value * 10) / 10.0;
  }
}
