package org.strengths.insight;

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
    String id, String captionKey, String rowHeading, List<String> columns, List<Row> rows) {

  /** A row heading and its cells, in column order. */
  record Row(String heading, List<Long> cells) {}

  /** One cell as the CSV writes it: {@code table,row,column,value}. */
  record Cell(String table, String row, String column, long value) {}

  List<Cell> cells() {
    List<Cell> cells = new ArrayList<>();
    for (Row row : rows) {
      for (int c = 0; c < columns.size(); c++) {
        cells.add(new Cell(id, row.heading(), columns.get(c), row.cells().get(c)));
      }
    }
    return cells;
  }

  /** The value in a cell, 0 when the row is absent: for tests and the page. */
  long value(String row, String column) {
    int c = columns.indexOf(column);
    if (c < 0) {
      throw new IllegalArgumentException("No column " + column + " in " + id);
    }
    return rows.stream()
        .filter(r -> r.heading().equals(row))
        .findFirst()
        .map(r -> r.cells().get(c))
        .orElse(0L);
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
                new Row(row, columns.stream().map(c -> byColumn.getOrDefault(c, 0L)).toList())));
    return new MeasureTable(id, captionKey, rowHeading, List.copyOf(columns), List.copyOf(rows));
  }

  static void add(Map<String, Map<String, Long>> counts, String row, String column) {
    counts.computeIfAbsent(row, r -> new LinkedHashMap<>()).merge(column, 1L, Long::sum);
  }
}
