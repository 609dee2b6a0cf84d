package org.strengths.practice;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.strengths.platform.web.Csv;

/**
 * A team's capability: statements down, workers across, each cell the worker's level for the
 * statement from every source together (self-assessment and audit, docs/adr/0152), and per
 * statement and source how many of the workers with a level are confident (or good) or better.
 * Every worker is shown by name, however small the team: it is a view of the workforce for those
 * who develop it, not of a person's data (docs/adr/0151).
 */
record CapabilityHeatmap(List<Worker> workers, List<Source> sources, List<Row> rows) {

  /** A worker across the top. */
  record Worker(UUID id, String name) {}

  /** A source of levels: its key, the message keys of its name and short name. */
  record Source(String key, String nameKey, String shortKey) {
    static Source of(CapabilitySource source) {
      return new Source(source.key(), source.nameKey(), source.shortKey());
    }
  }

  /** A source's level in a cell (or none). */
  record Entry(Source source, CapabilityLevel level) {}

  /** A worker's cell: one entry per source, in the sources' order. */
  record Cell(List<Entry> entries) {
    public boolean anyLevel() {
      return entries.stream().anyMatch(entry -> entry.level() != null);
    }
  }

  /** Per source, how many workers have a level for the statement and how many are confident. */
  record Summary(Source source, int confident, int rated) {}

  /** A statement's row: a cell per worker in the same order, and its summary per source. */
  record Row(Statement statement, List<Cell> cells, List<Summary> summaries) {}

  static CapabilityHeatmap of(
      List<Statement> statements,
      List<Worker> workers,
      Map<Source, Map<UUID, Map<UUID, CapabilityLevel>>> levels) {
    List<Source> sources = List.copyOf(levels.keySet());
    List<Row> rows = new ArrayList<>();
    for (Statement statement : statements) {
      List<Cell> cells = new ArrayList<>();
      for (Worker worker : workers) {
        List<Entry> entries = new ArrayList<>();
        for (Source source : sources) {
          CapabilityLevel level =
              levels.get(source).getOrDefault(worker.id(), Map.of()).get(statement.id());
          entries.add(new Entry(source, level));
        }
        cells.add(new Cell(List.copyOf(entries)));
      }
      List<Summary> summaries = new ArrayList<>();
      for (int i = 0; i < sources.size(); i++) {
        int index = i;
        List<CapabilityLevel> of =
            cells.stream()
                .map(cell -> cell.entries().get(index).level())
                .filter(level -> level != null)
                .toList();
        summaries.add(
            new Summary(
                sources.get(i),
                (int) of.stream().filter(CapabilityLevel::confident).count(),
                of.size()));
      }
      rows.add(new Row(statement, List.copyOf(cells), List.copyOf(summaries)));
    }
    return new CapabilityHeatmap(workers, sources, rows);
  }

  public boolean anyLevel() {
    return rows.stream().anyMatch(row -> row.cells().stream().anyMatch(Cell::anyLevel));
  }

  /**
   * The heatmap as CSV: a header with a column per worker and source ("Sam Okafor: Audit"), then a
   * line per statement with each level in number and words.
   */
  String csv(Function<String, String> message) {
    List<String> header = new ArrayList<>();
    header.add("Statement");
    for (Worker worker : workers) {
      for (Source source : sources) {
        header.add(worker.name() + ": " + message.apply(source.shortKey()));
      }
    }
    StringBuilder out = new StringBuilder(Csv.line(header));
    for (Row row : rows) {
      List<String> line = new ArrayList<>();
      line.add(row.statement().shortCode() + " " + row.statement().title());
      for (Cell cell : row.cells()) {
        for (Entry entry : cell.entries()) {
          CapabilityLevel level = entry.level();
          line.add(level == null ? null : level.points() + " " + message.apply(level.labelKey()));
        }
      }
      out.append(Csv.line(line));
    }
    return out.toString();
  }
}
