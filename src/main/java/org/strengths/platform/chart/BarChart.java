package org.strengths.platform.chart;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * A bar chart drawn on the server as SVG (no script): the scale and the bars' geometry worked out
 * here, the markup in {@code fragments/bar-chart.html}, with a title and description for assistive
 * technology. Every chart sits beside a table of the same figures. The scale runs from zero to a
 * tidy maximum (1, 2, 2.5 or 5 times a power of ten) at or above the largest figure shown. A
 * suppressed figure draws no bar and is marked "[c]"; a figure with nothing to show draws nothing.
 *
 * @param axisMax the top of the scale as the axis writes it
 * @param labelEvery when there are more than {@link #FEW} bars, label every this many (from the
 *     first) and the last; {@link Integer#MAX_VALUE} labels only the first and last
 */
public record BarChart(
    String id, String title, String description, List<Bar> bars, String axisMax, int labelEvery) {

  /** The drawing's width and height in SVG units (its viewBox). */
  public static final int WIDTH = 640;

  public static final int HEIGHT = 240;

  /** Where the top of the scale and the baseline are drawn. */
  public static final int TOP = 16;

  public static final int BASE = 200;

  /** Up to this many bars, every bar carries its label. */
  static final int FEW = 8;

  /** One bar: where it is drawn and what it says. */
  public record Bar(
      String label,
      String value,
      boolean suppressed,
      double x,
      double width,
      double y,
      double height) {}

  public BarChart {
    bars = List.copyOf(bars);
    if (labelEvery < 1) {
      throw new IllegalArgumentException("labelEvery must be at least 1");
    }
  }

  /** A chart of one figure per label, labelling only the first and last bar when there are many. */
  public static BarChart of(
      String id,
      String title,
      String description,
      List<String> labels,
      List<? extends PublishedFigure> figures) {
    if (labels.size() != figures.size()) {
      throw new IllegalArgumentException(
          labels.size() + " labels for " + figures.size() + " figures");
    }
    double top = scaleMax(figures);
    int n = Math.max(1, figures.size());
    double slot = (double) WIDTH / n;
    double width = Math.max(2, slot * 0.7);
    List<Bar> bars = new ArrayList<>();
    for (int i = 0; i < figures.size(); i++) {
      PublishedFigure figure = figures.get(i);
      double height = figure.shown() ? Math.max(0, (BASE - TOP) * figure.value() / top) : 0;
      bars.add(
          new Bar(
              labels.get(i),
              figure.text(),
              figure.suppressed(),
              round(i * slot + (slot - width) / 2),
              round(width),
              round(BASE - height),
              round(height)));
    }
    return new BarChart(id, title, description, bars, axisText(top), Integer.MAX_VALUE);
  }

  /** The same chart labelling every {@code step}th bar (and the last) when there are many. */
  public BarChart labelEvery(int step) {
    return new BarChart(id, title, description, bars, axisMax, step);
  }

  /** Whether the bar at {@code index} carries its label under it. */
  public boolean labelled(int index) {
    return bars.size() <= FEW || index % labelEvery == 0 || index == bars.size() - 1;
  }

  /** The top of the scale: a tidy number at or above the largest figure shown, 1 if none is. */
  static double scaleMax(List<? extends PublishedFigure> figures) {
    double max = 0;
    for (PublishedFigure figure : figures) {
      if (figure.shown()) {
        max = Math.max(max, figure.value());
      }
    }
    return max <= 0 ? 1 : niceCeiling(max);
  }

  /** The smallest of 1, 2, 2.5, 5 times a power of ten that is at least {@code value} (over 0). */
  static double niceCeiling(double value) {
    double magnitude = Math.pow(10, Math.floor(Math.log10(value)));
    for (double step : new double[] {1, 2, 2.5, 5}) {
      if (step * magnitude >= value) {
        return step * magnitude;
      }
    }
    return 10 * magnitude;
  }

  /** The scale's top as the axis writes it: "2500", "25", "2.5", "0.25". */
  static String axisText(double top) {
    return new BigDecimal(top).round(MathContext.DECIMAL32).stripTrailingZeros().toPlainString();
  }

  private static double round(double value) {
    return Math.round(value * 10) / 10.0;
  }
}
