package org.strengths.planning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A small line chart drawn as SVG on the server: coordinates are worked out here so the template
 * only places them. Every chart has a data table beside it, so nothing depends on seeing it.
 */
record ProgressChart(
    String id, String title, List<Point> points, String line, List<Tick> ticks, List<Row> rows) {

  static final int WIDTH = 420;
  static final int HEIGHT = 200;
  static final int LEFT = 120;
  static final int RIGHT = 20;
  static final int TOP = 15;
  static final int BOTTOM = 35;

  /** A plotted value with what it means, for its tooltip and the table. */
  public record Point(String x, String y, String label, String text) {}

  /** A labelled height on the vertical axis. */
  public record Tick(String y, String label) {}

  /** A row of the data table beside the chart. */
  public record Row(String label, String value) {}

  /** A value at one moment; {@code value} null when nothing was recorded then. */
  record Value(String when, Double value, String text) {}

  static ProgressChart of(
      String id,
      String title,
      List<Value> values,
      double lowest,
      double highest,
      List<Tick> tickLabels) {
    List<Point> points = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    int count = values.size();
    for (int i = 0; i < count; i++) {
      Value value = values.get(i);
      rows.add(new Row(value.when(), value.text()));
      if (value.value() == null) {
        continue;
      }
      String x = format(x(i, count));
      String y = format(y(value.value(), lowest, highest));
      points.add(new Point(x, y, value.when(), value.text()));
      line.append(line.isEmpty() ? "" : " ").append(x).append(',').append(y);
    }
    List<Tick> ticks =
        tickLabels.stream()
            .map(t -> new Tick(format(y(Double.parseDouble(t.y()), lowest, highest)), t.label()))
            .toList();
    return new ProgressChart(id, title, points, line.toString(), ticks, rows);
  }

  private static double x(int index, int count) {
    double span = WIDTH - LEFT - RIGHT;
    return count <= 1 ? LEFT + span / 2 : LEFT + span * index / (count - 1);
  }

  private static double y(double value, double lowest, double highest) {
    double span = HEIGHT - TOP - BOTTOM;
    return TOP + span * (highest - value) / (highest - lowest);
  }

  private static String format(double coordinate) {
    return BigDecimal.valueOf(coordinate).setScale(1, RoundingMode.HALF_UP).toPlainString();
  }

  public int width() {
    return WIDTH;
  }

  public int height() {
    return HEIGHT;
  }

  public int left() {
    return LEFT;
  }

  public int right() {
    return WIDTH - RIGHT;
  }

  public int baseline() {
    return HEIGHT - BOTTOM;
  }
}
