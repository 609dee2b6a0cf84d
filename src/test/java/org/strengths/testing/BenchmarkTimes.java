package org.strengths.testing;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Times one piece of work for the benchmarks: a warm-up, then many runs, reported as p50/p95/p99
 * wall time and the thread's CPU time in a markdown table.
 */
public final class BenchmarkTimes {

  /** On a shared machine wall time includes waiting for a core; this thread's CPU time does not. */
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** The percentiles of one measurement, in milliseconds. */
  public record Result(
      String what, int runs, double p50, double p95, double p99, double max, double cpuP95) {}

  private final StringBuilder report = new StringBuilder();

  public BenchmarkTimes(String title) {
    line("| %s | runs | p50 ms | p95 ms | p99 ms | max ms | CPU p95 ms |", title);
    line("|---|---:|---:|---:|---:|---:|---:|");
  }

  public Result measure(String what, int warmUp, int runs, Supplier<?> work) {
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
    Result result =
        new Result(
            what,
            runs,
            percentile(millis, 50),
            percentile(millis, 95),
            percentile(millis, 99),
            millis[runs - 1],
            percentile(cpu, 95));
    line(
        "| %s | %d | %.2f | %.2f | %.2f | %.2f | %.2f |",
        what, runs, result.p50, result.p95, result.p99, result.max, result.cpuP95);
    return result;
  }

  public void line(String format, Object... args) {
    String text = args.length == 0 ? format : String.format(Locale.UK, format, args);
    System.out.println(text);
    report.append(text).append('\n');
  }

  /** Adds the machine's details and writes the report to {@code target/benchmark/NAME.md}. */
  public void write(String name) throws IOException {
    line("");
    line(
        "JVM %s, %d processors, load average %.1f",
        System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors(),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    Path out = Path.of("target", "benchmark", name + ".md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, report);
  }

  private static double percentile(double[] sorted, int percent) {
    int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }
}
