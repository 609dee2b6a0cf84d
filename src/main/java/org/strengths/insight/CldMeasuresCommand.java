package org.strengths.insight;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.strengths.access.AuditLog;
import org.strengths.platform.web.Csv;

/**
 * {@code java -jar strengths.jar --cld-measures=DIR --from=YYYY-MM-DD --to=YYYY-MM-DD}: writes the
 * national measures of the period to DIR, one CSV per table with one row per cell ({@code
 * table,row,column,value}) and prints how long each table took (exit statuses in {@link
 * PeriodCommand}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 3)
class CldMeasuresCommand extends PeriodCommand {

  static final String OPTION = "cld-measures";
  static final String TARGET = "DIR";

  static final List<String> HEADER = List.of("table", "row", "column", "value");

  private final NationalMeasures measures;
  private final AuditLog audit;

  CldMeasuresCommand(
      NationalMeasures measures, AuditLog audit, ConfigurableApplicationContext context) {
    super(OPTION, TARGET, context);
    this.measures = measures;
    this.audit = audit;
  }

  @Override
  String failure() {
    return "National measures";
  }

  @Override
  void write(Request request, PrintStream out) throws IOException {
    Path directory = request.target().toAbsolutePath();
    Files.createDirectories(directory);
    NationalMeasures.Measures result = measures.compute(request.from(), request.to());
    for (MeasureTable table : result.tables()) {
      write(directory.resolve(table.id() + ".csv"), table);
    }
    audit.record(
        null,
        "cld-measures",
        "export",
        null,
        request.from() + " to " + request.to() + ", " + result.tables().size() + " tables");
    out.printf(
        "National measures from %s to %s: %d tables written to %s%n",
        request.from(), request.to(), result.tables().size(), directory);
    result.took().forEach((step, took) -> out.printf("  %-12s %8d ms%n", step, took.toMillis()));
  }

  /** Writes one table, one row per cell, beside the target and moved into place. */
  static void write(Path target, MeasureTable table) throws IOException {
    Path partial = Files.createTempFile(target.getParent(), ".measures-", ".partial");
    try {
      try (Writer writer =
          new BufferedWriter(Files.newBufferedWriter(partial, StandardCharsets.UTF_8))) {
        writer.write(Csv.line(HEADER));
        for (MeasureTable.Cell cell : table.cells()) {
          writer.write(
              Csv.line(
                  Arrays.asList(
                      cell.table(),
                      cell.row(),
                      cell.column(),
                      cell.value() == null ? null : cell.value().toPlainString())));
        }
      }
      Files.move(
          partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(partial);
    }
  }
}
