package org.strengths.insight;

import java.io.OutputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationContext;

/**
 * The insight module's CLD extract, checks and national measures for tests and benchmarks in other
 * packages (the generated council's), which cannot see the module's package-private services.
 */
public final class CldForTests {

  private CldForTests() {}

  /** A problem the checks found: its message key, detail and event reference. */
  public record Problem(String key, String detail, String reference, String eventType) {}

  /** The checks made before the period's extract is sent, as the analyst's page makes them. */
  public static List<Problem> problems(ApplicationContext context, LocalDate from, LocalDate to) {
    return context.getBean(CldValidation.class).check(from, to).problems().stream()
        .map(p -> new Problem(p.key(), p.detail(), p.reference(), p.eventType()))
        .toList();
  }

  /** Writes the period's extract to {@code out} (kept and audited, as the page does); its rows. */
  public static long writeExtract(
      ApplicationContext context, LocalDate from, LocalDate to, OutputStream out) {
    return context.getBean(CldExtracts.class).write(from, to, out, "benchmark").rows();
  }

  /** One cell of a national measure table for the period; null when it cannot be calculated. */
  public static java.math.BigDecimal value(
      ApplicationContext context,
      LocalDate from,
      LocalDate to,
      String table,
      String row,
      String column) {
    return context
        .getBean(NationalMeasures.class)
        .compute(from, to)
        .table(table)
        .value(row, column);
  }

  /** Every national measure table for the period; how long reading the events and each took. */
  public static Map<String, Duration> measures(
      ApplicationContext context, LocalDate from, LocalDate to) {
    return context.getBean(NationalMeasures.class).compute(from, to).took();
  }
}
