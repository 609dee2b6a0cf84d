package org.strengths.insight;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.strengths.access.AuditLog;

/**
 * {@code java -jar strengths.jar --cld-measures=DIR --from=YYYY-MM-DD --to=YYYY-MM-DD}: writes the
 * national measures of the period to DIR, one CSV per table with one row per cell ({@code
 * table,row,column,value}), prints how long each table took and exits: 0 written, 1 failed, 2 the
 * command line was wrong (checked before the application starts, {@link #problem}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 3)
public class CldMeasuresCommand implements ApplicationRunner {

  public static final String OPTION = "cld-measures";

  static final String USAGE =
      "Usage: java -jar strengths.jar --cld-measures=DIR --from=YYYY-MM-DD --to=YYYY-MM-DD";

  static final List<String> HEADER = List.of("table", "row", "column", "value");

  private final NationalMeasures measures;
  private final AuditLog audit;
  private final ConfigurableApplicationContext context;

  CldMeasuresCommand(
      NationalMeasures measures, AuditLog audit, ConfigurableApplicationContext context) {
    this.measures = measures;
    this.audit = audit;
    this.context = context;
  }

  record Request(Path directory, LocalDate from, LocalDate to) {}

  /** Whether the command line asks for the measures. */
  public static boolean asked(String[] args) {
    return CldExportCommand.options(args).containsKey(OPTION);
  }

  /** What is wrong with the command line, with the usage, or null when it can run. */
  public static String problem(String[] args) {
    try {
      request(CldExportCommand.options(args));
      return null;
    } catch (IllegalArgumentException wrong) {
      return wrong.getMessage() + System.lineSeparator() + USAGE;
    }
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!args.containsOption(OPTION)) {
      return;
    }
    int status = execute(args.getSourceArgs(), System.out, System.err);
    System.exit(SpringApplication.exit(context, () -> status));
  }

  int execute(String[] args, PrintStream out, PrintStream err) {
    Request request;
    try {
      request = request(CldExportCommand.options(args));
    } catch (IllegalArgumentException wrong) {
      err.println(wrong.getMessage());
      err.println(USAGE);
      return 2;
    }
    try {
      Path directory = request.directory().toAbsolutePath();
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
      return 0;
    } catch (IOException | RuntimeException e) {
      err.println("National measures failed: " + e.getMessage());
      return 1;
    }
  }

  /** Writes one table, one row per cell, beside the target and moved into place. */
  static void write(Path target, MeasureTable table) throws IOException {
    Path partial = Files.createTempFile(target.getParent(), ".measures-", ".partial");
    try {
      try (Writer writer =
          new BufferedWriter(Files.newBufferedWriter(partial, StandardCharsets.UTF_8))) {
        writer.write(CsvLine.of(HEADER));
        for (MeasureTable.Cell cell : table.cells()) {
          writer.write(
              CsvLine.of(
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

  static Request request(Map<String, String> options) {
    String directory = options.get(OPTION);
    if (directory == null || directory.isBlank()) {
      throw new IllegalArgumentException("Give the directory to write to: --cld-measures=DIR");
    }
    LocalDate from = CldExportCommand.date(options, "from");
    LocalDate to = CldExportCommand.date(options, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException(
          "--to ("
              + to
              + ") is before --from ("
              + from
              + "): the period must not end before it starts.");
    }
    if (to.isAfter(from.plusYears(1).minusDays(1))) {
      throw new IllegalArgumentException(
          "The period " + from + " to " + to + " is longer than a year.");
    }
    return new Request(Path.of(directory), from, to);
  }
}
