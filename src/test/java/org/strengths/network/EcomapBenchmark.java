package org.strengths.network;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Ecomap drawing and export times, run on demand only:
 *
 * <pre>./mvnw -q test -Dtest=EcomapBenchmark -Dbenchmark=true</pre>
 *
 * <p>Layout plus SVG for 60 relationships (target p95 at most 20 ms), then PNG at 1,200 pixels and
 * the PDF, after a warm-up. Surefire hands Maven's {@code -D} properties to the test JVM. The table
 * is also written to {@code target/benchmark/ecomap.md}.
 */
class EcomapBenchmark {

  /** On a shared machine wall time includes waiting for a core; this thread's CPU time does not. */
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final StringBuilder report = new StringBuilder();

  @Test
  void measuresDrawingAnEcomapOf60Relationships() throws IOException {
    String flag = System.getProperty("benchmark");
    assumeTrue(
        flag != null && (flag.isEmpty() || flag.equals("true")), "run with -Dbenchmark=true");
    EcomapWords words = EcomapWords.standalone();
    List<Tie> ties = Ties.random(new Random(60), 60);
    String edit = "/people/3f1c/network/{tieId}/edit";

    line(
        "| What (60 relationships) | runs | p50 ms | p95 ms | p99 ms | max ms"
            + " | CPU p50 ms | CPU p95 ms |");
    line("|---|---|---|---|---|---|---|---|");
    measure(
        "Layout + SVG",
        2_000,
        1_000,
        () -> EcomapSvg.render(new EcomapSvg.Request("Ann Smith", ties, edit, "ecomap"), words));
    measure("Text alternative", 2_000, 1_000, () -> EcomapText.describe(ties, words));
    String still =
        EcomapSvg.render(new EcomapSvg.Request("Ann Smith", ties, null, "ecomap"), words);
    measure("PNG 1,200 px (from SVG)", 10, 30, () -> EcomapPng.render(still, 1200));
    measure(
        "PDF (PNG + text, PDF/UA, PDF/A-3u)",
        5,
        15,
        () -> EcomapPdf.render("Ann Smith", LocalDate.of(2026, 3, 4), ties, words));
    line("");
    line(
        "SVG size: %,d characters; JVM %s, %d processors, load average %.1f",
        still.length(),
        System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors(),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

    Path out = Path.of("target", "benchmark", "ecomap.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, report);
  }

  private void measure(String what, int warmUp, int runs, Supplier<?> work) {
    Object sink = null;
    for (int i = 0; i < warmUp; i++) {
      sink = work.get();
    }
    double[] millis = new double[runs];
    double[] cpu = new double[runs];
    for (int i = 0; i < runs; i++) {
      long cpuStarted = THREADS.getCurrentThreadCpuTime();
      long started = System.nanoTime();
      sink = work.get();
      millis[i] = (System.nanoTime() - started) / 1e6;
      cpu[i] = (THREADS.getCurrentThreadCpuTime() - cpuStarted) / 1e6;
    }
    if (sink == null) {
      throw new IllegalStateException(what + " produced nothing");
    }
    Arrays.sort(millis);
    Arrays.sort(cpu);
    line(
        "| %s | %d | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f |",
        what,
        runs,
        percentile(millis, 50),
        percentile(millis, 95),
        percentile(millis, 99),
        millis[runs - 1],
        percentile(cpu, 50),
        percentile(cpu, 95));
  }

  private static double percentile(double[] sorted, int percent) {
    int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  private void line(String format, Object... args) {
    String text = String.format(Locale.UK, format, args);
    System.out.println(text);
    report.append(text).append('\n');
  }
}
