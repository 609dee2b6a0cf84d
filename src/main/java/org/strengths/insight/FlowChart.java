package org.strengths.insight;

import java.util.ArrayList;
import java.util.List;

/**
 * A bar chart drawn on the server as SVG (no script): the bars' geometry worked out here, the
 * markup in {@code insight/flow-chart.html}, with a title and description for assistive technology.
 * Every chart sits beside a table of the same figures. A suppressed or missing figure draws no bar
 * and is marked "[c]" or left empty under its label.
 */
record FlowChart(String id, String title, String description, List<Bar> bars, String axisMax) {

  static final int WIDTH = 640;
  static final int HEIGHT = 240;
  static final int TOP = 16;
  static final int BASE = 200;

  /** One bar: where it is drawn and what it says. */
  record Bar(String label, String value, double x, double width, double y, double height) {}

  static FlowChart of(
      String id, String title, String description, List<String> labels, List<FlowFigure> values) {
    double max = 0;
    for (FlowFigure value : values) {
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
      FlowFigure value = values.get(i);
      double height = value.shown() ? (BASE - TOP) * value.value() / top : 0;
      bars.add(
          new Bar(
              labels.get(i),
              value.text(),
              round(i * slot + (slot - width) / 2),
              round(width),
              round(BASE - height),
              round(height)));
    }
    return new FlowChart(id, title, description, bars, new FlowFigure(top, false).text());
  }

  /** Whether each bar can carry its own label (a few bars) or only the first and last. */
  public boolean labelled(int index) {
    return bars.size() <= 8 || index == 0 || index == bars.size() - 1;
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
