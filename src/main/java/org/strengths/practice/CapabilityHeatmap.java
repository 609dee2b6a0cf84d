package org.strengths.practice;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A team's capability: statements down, workers across, each cell the worker's level for the
 * statement (or none), and per statement how many of the workers with a level are confident or
 * better. Every worker is shown by name, however small the team: it is a view of the workforce for
 * those who develop it, not of a person's data (docs/adr/0151).
 */
record CapabilityHeatmap(List<Worker> workers, List<Row> rows) {

  /** A worker across the top. */
  record Worker(UUID id, String name) {}

  /** A statement's row: a cell per worker in the same order, and its summary. */
  record Row(Statement statement, List<SelfAssessmentRating> cells, int confident, int rated) {}

  static CapabilityHeatmap of(
      List<Statement> statements,
      List<Worker> workers,
      Map<UUID, Map<UUID, SelfAssessmentRating>> levels) {
    List<Row> rows =
        statements.stream()
            .map(
                statement -> {
                  List<SelfAssessmentRating> cells =
                      workers.stream()
                          .map(
                              worker ->
                                  levels.getOrDefault(worker.id(), Map.of()).get(statement.id()))
                          .toList();
                  int rated = (int) cells.stream().filter(cell -> cell != null).count();
                  int confident =
                      (int)
                          cells.stream().filter(cell -> cell != null && cell.points() >= 3).count();
                  return new Row(statement, cells, confident, rated);
                })
            .toList();
    return new CapabilityHeatmap(workers, rows);
  }

  public boolean anyLevel() {
    return rows.stream().anyMatch(row -> row.rated() > 0);
  }

  /** The heatmap as CSV: a header of worker names, then a line per statement. */
  String csv(java.util.function.Function<SelfAssessmentRating, String> label) {
    StringBuilder out = new StringBuilder();
    out.append(quote("Statement"));
    for (Worker worker : workers) {
      out.append(',').append(quote(worker.name()));
    }
    out.append("\r\n");
    for (Row row : rows) {
      out.append(quote(row.statement().shortCode() + " " + row.statement().title()));
      for (SelfAssessmentRating cell : row.cells()) {
        out.append(',').append(cell == null ? "" : quote(cell.points() + " " + label.apply(cell)));
      }
      out.append("\r\n");
    }
    return out.toString();
  }

  /**
   * A CSV field in quotes, with quotes doubled; a field a spreadsheet would take for a formula
   * starts with an apostrophe instead.
   */
  static String quote(String value) {
    String safe = value;
    if (!safe.isEmpty() && "=+-@\t\r".indexOf(safe.charAt(0)) >= 0) {
      safe = "'" + safe;
    }
    return '"' + safe.replace("\"", "\"\"") + '"';
  }
}
