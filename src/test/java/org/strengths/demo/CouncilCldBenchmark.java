package org.strengths.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.strengths.insight.CldForTests;
import org.strengths.testing.BenchmarkTimes;

/**
 * The CLD return and the national measures on a generated council over two years (issue 12's
 * benchmark), run on demand only:
 *
 * <pre>./mvnw -q test -Dtest=CouncilCldBenchmark -Dbenchmark=true [-Dbenchmark.people=200000]
 * </pre>
 *
 * <p>Generates a council ({@code --generate-council}'s generator, whose CLD events come through the
 * one path, ADR 0168; 20,000 people over two years unless {@code benchmark.people} says otherwise),
 * then times the extract of the last complete quarter (April to June 2026, the test clock being 14
 * July 2026) written to a stream that only counts the bytes, while a sampler records the heap in
 * use every 10 ms: a streamed extract's peak stays near the heap in use before it, whatever the
 * file's size. Then every national measure table for the same quarter, as {@code --cld-measures}
 * computes them (reading the events through the one path, then each table). One warm-up and three
 * runs of each. Targets: the extract ≤ 60 s with flat memory, each table ≤ 10 s. Written to {@code
 * target/benchmark/council-cld.md}.
 */
@SpringBootTest
@ActiveProfiles("test")
@EnabledIfSystemProperty(named = "benchmark", matches = "true|")
class CouncilCldBenchmark {

  private static final LocalDate FROM = LocalDate.of(2026, 4, 1);
  private static final LocalDate TO = LocalDate.of(2026, 6, 30);
  private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

  @Autowired CouncilGenerator generator;
  @Autowired ApplicationContext context;

  @Test
  void aQuartersExtractAndEveryMeasureTableOnAGeneratedCouncil() throws Exception {
    int people = Integer.getInteger("benchmark.people", 20_000);
    GeneratedCouncil council = new GeneratedCouncil(people, 2, 20261206);
    long started = System.nanoTime();
    generator.generate(council);
    double generated = (System.nanoTime() - started) / 1e9;

    BenchmarkTimes times =
        new BenchmarkTimes("CLD, " + String.format("%,d", people) + " people over 24 months");
    long[] rows = new long[1];
    long[] bytes = new long[1];
    System.gc();
    long before = MEMORY.getHeapMemoryUsage().getUsed();
    AtomicLong peak = new AtomicLong(before);
    AtomicLong live = new AtomicLong(afterCollection());
    Thread sampler =
        new Thread(
            () -> {
              while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(MEMORY.getHeapMemoryUsage().getUsed(), Math::max);
                live.accumulateAndGet(afterCollection(), Math::max);
                try {
                  Thread.sleep(10);
                } catch (InterruptedException e) {
                  return;
                }
              }
            });
    sampler.setDaemon(true);
    sampler.start();
    BenchmarkTimes.Result extract =
        times.measure(
            "Extract April-June 2026",
            1,
            3,
            () -> {
              CountingStream out = new CountingStream();
              rows[0] = CldForTests.writeExtract(context, FROM, TO, out);
              bytes[0] = out.count;
              return rows[0];
            });
    sampler.interrupt();
    sampler.join();
    long max = MEMORY.getHeapMemoryUsage().getMax();

    Map<String, Duration> slowest = new LinkedHashMap<>();
    for (int run = 0; run < 4; run++) {
      Map<String, Duration> took = CldForTests.measures(context, FROM, TO);
      if (run > 0) {
        took.forEach(
            (step, time) -> slowest.merge(step, time, (a, b) -> a.compareTo(b) > 0 ? a : b));
      }
    }
    times.line("");
    times.line("| National measures, April-June 2026 | slowest of 3 runs, ms |");
    times.line("|---|---:|");
    slowest.forEach((step, time) -> times.line("| %s | %,d |", step, time.toMillis()));
    times.line("");
    times.line(
        "Extract: %,d rows, %,.1f MB. Heap in use %,.0f MB before (after a GC), at most %,.0f MB"
            + " during the four extracts, garbage included; at most %,.0f MB left after any"
            + " collection during them (what the extract keeps; maximum heap %,.0f MB).",
        rows[0], bytes[0] / 1e6, before / 1e6, peak.get() / 1e6, live.get() / 1e6, max / 1e6);
    times.line(
        "Generated in %.0f s: %s; CLD events over the whole history %s.",
        generated, council.totals(), council.cldTotals());
    times.write("council-cld");

    assertThat(rows[0]).isPositive();
    assertThat(extract.p95()).isLessThan(60_000);
  }

  /** The heap in use just after the latest collection, summed over the heap's pools. */
  private static long afterCollection() {
    long used = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      MemoryUsage usage = pool.getType() == MemoryType.HEAP ? pool.getCollectionUsage() : null;
      used += usage == null ? 0 : usage.getUsed();
    }
    return used;
  }

  /** Counts what the extract writes and keeps none of it. */
  private static final class CountingStream extends OutputStream {
    long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
    }
  }
}
