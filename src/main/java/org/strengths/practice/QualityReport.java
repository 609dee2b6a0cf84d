package org.strengths.practice;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The practice-quality figures for one team (or the council) over a run of months: for each
 * measure, a figure per month with the small-numbers rule applied, and the numbers behind it where
 * they may be shown. Built from the read model's rows; a month with no row has nothing to show.
 */
record QualityReport(List<YearMonth> months, List<Series> series) {

  /** One row of the read model. */
  record Row(
      QualityMeasure measure,
      LocalDate month,
      long numerator,
      long denominator,
      long base,
      Integer medianDays) {}

  /** One month of one measure. The numbers behind a suppressed figure are not kept. */
  record Point(
      YearMonth month, QualityRules.Figure figure, Long numerator, Long denominator, Long base) {

    public String numeratorText() {
      return numerator == null ? "" : String.valueOf(numerator);
    }

    public String denominatorText() {
      return denominator == null ? "" : String.valueOf(denominator);
    }

    public String baseText() {
      return base == null ? "" : String.valueOf(base);
    }
  }

  record Series(QualityMeasure measure, List<Point> points) {

    public boolean anyShown() {
      return points.stream().anyMatch(point -> point.figure().shown());
    }

    public boolean anySuppressed() {
      return points.stream().anyMatch(point -> point.figure().suppressed());
    }
  }

  static QualityReport of(YearMonth last, int count, List<Row> rows) {
    List<YearMonth> months = new ArrayList<>();
    for (int i = count - 1; i >= 0; i--) {
      months.add(last.minusMonths(i));
    }
    Map<QualityMeasure, Map<YearMonth, Row>> byMeasure = new EnumMap<>(QualityMeasure.class);
    for (Row row : rows) {
      byMeasure
          .computeIfAbsent(row.measure(), m -> new HashMap<>())
          .put(YearMonth.from(row.month()), row);
    }
    List<Series> series = new ArrayList<>();
    for (QualityMeasure measure : QualityMeasure.values()) {
      Map<YearMonth, Row> of = byMeasure.getOrDefault(measure, Map.of());
      List<Point> points = new ArrayList<>();
      for (YearMonth month : months) {
        Row row = of.get(month);
        if (row == null) {
          points.add(new Point(month, QualityRules.Figure.NONE, null, null, 0L));
          continue;
        }
        QualityRules.Figure figure =
            QualityRules.figure(
                measure, row.numerator(), row.denominator(), row.base(), row.medianDays());
        points.add(
            figure.suppressed()
                ? new Point(month, figure, null, null, null)
                : new Point(
                    month,
                    figure,
                    measure.kind() == QualityMeasure.Kind.MEDIAN ? null : row.numerator(),
                    measure.kind() == QualityMeasure.Kind.MEDIAN ? null : row.denominator(),
                    row.base()));
      }
      series.add(new Series(measure, points));
    }
    return new QualityReport(months, series);
  }
}
