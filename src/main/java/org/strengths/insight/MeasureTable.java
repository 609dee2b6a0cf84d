package org.strengths.insight;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One national table as published: an id (for example {@code STS001}), a caption, the row and
 * column headings in their published order, and a count in each cell. Small numbers are not
 * suppressed: these are the council's own return tables, as NHS England's processing produces them
 * (rule T2 in docs/insight/national-measures.md).
 */
record MeasureTable(
    String id,
    String captionKey,
    String rowHeading,
    List<String> columns,
    List<Row> rows,
    String noteKey) {

  MeasureTable(
      String id, String captionKey, String rowHeading, List<String> columns, List<Row> rows) {
    this(id, captionKey, rowHeading, columns, rows, null);
  }

  /**
   * The same table with a note shown under it (for example that a denominator is not configured, so
   * its empty cells read "not configured" rather than "cannot be calculated").
   */
  MeasureTable withNote(String key) {
    return new MeasureTable(id, captionKey, rowHeading, columns, rows, key);
  }

  /** A row heading and its cells, in column order. */
  record Row(String heading, List<BigDecimal> cells) {}

  /** One cell as the CSV writes it: {@code table,row,column,value}. */
  record Cell(String table, String row, String column, BigDecimal value) {}

  List<Cell> cells() {
    List<Cell> cells = new ArrayList<>();
    for (Row row : rows) {
      for (int c = 0; c < columns.size(); c++) {
        cells.add(new Cell(id, row.heading(), columns.get(c), row.cells().get(c)));
      }
    }
    return cells;
  }

  /**
   * The value in a cell, 0 when the row is absent, null when it cannot be calculated (a share of
   * none): for tests and the page.
   */
  BigDecimal value(String row, String column) {
    int c = columns.indexOf(column);
    if (c < 0) {
      throw new IllegalArgumentException("No column " + column + " in " + id);
    }
    for (Row r : rows) {
      if (r.heading().equals(row)) {
        return r.cells().get(c);
      }
    }
    return BigDecimal.ZERO;
  }

  /** Builds a table from counts keyed by row then column, rows in the order given. */
  static MeasureTable of(
      String id,
      String captionKey,
      String rowHeading,
      List<String> rowOrder,
      List<String> columns,
      Map<String, Map<String, Long>> counts) {
    Map<String, Map<String, Long>> ordered = new LinkedHashMap<>();
    rowOrder.forEach(row -> ordered.put(row, counts.getOrDefault(row, Map.of())));
    counts.forEach(ordered::putIfAbsent);
    List<Row> rows = new ArrayList<>();
    ordered.forEach(
        (row, byColumn) ->
            rows.add(
                new Row(
                    row,
                    columns.stream()
                        .map(c -> BigDecimal.valueOf(byColumn.getOrDefault(c, 0L)))
                        .toList())));
    return new MeasureTable(id, captionKey, rowHeading, List.copyOf(columns), List.copyOf(rows));
  }

  /** A table whose rows are given whole (values may be null: cannot be calculated). */
  static MeasureTable ofRows(
      String id, String captionKey, String rowHeading, List<String> columns, List<Row> rows) {
    return new MeasureTable(id, captionKey, rowHeading, List.copyOf(columns), List.copyOf(rows));
  }

  static void add(Map<String, Map<String, Long>> counts, String row, String column) {
    counts.computeIfAbsent(row, r -> new LinkedHashMap<>()).merge(column, 1L, Long::sum);
  }
}
