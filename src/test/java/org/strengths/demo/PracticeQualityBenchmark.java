package org.strengths.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.strengths.testing.BenchmarkTimes;
import org.strengths.testing.WebSession;

/**
 * The practice-quality page on a generated council over 24 months, run on demand only:
 *
 * <pre>./mvnw -q test -Dtest=PracticeQualityBenchmark -Dbenchmark=true [-Dbenchmark.people=200000]
 * </pre>
 *
 * <p>Generates a council ({@code --generate-council}'s generator; 20,000 people over two years
 * unless {@code benchmark.people} says otherwise), has the principal social worker work the read
 * model out (timed: the first refresh counts every conversation's words with the language coach,
 * the second only what changed, which is nothing), then over real HTTP on localhost opens the page
 * for the whole council and for the largest team, and downloads the council's CSV, 200 times each
 * after a warm-up. Besides wall time it reports the application's CPU per request (the whole test
 * JVM, which is the server and this client; PostgreSQL's own process not included). Target: p95 at
 * most 100 ms. The table is also written to {@code target/benchmark/practice-quality.md}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@EnabledIfSystemProperty(named = "benchmark", matches = "true|")
class PracticeQualityBenchmark {

  private static final OperatingSystemMXBean OS =
      (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  @LocalServerPort int port;
  @Autowired CouncilGenerator generator;
  @Autowired JdbcClient jdbc;

  @Test
  void thePracticeQualityPageAnswersWithin100Milliseconds() throws Exception {
    int people = Integer.getInteger("benchmark.people", 20_000);
    long started = System.nanoTime();
    generator.generate(new GeneratedCouncil(people, 2, 20261206));
    double generated = (System.nanoTime() - started) / 1e9;
    WebSession psw = WebSession.signedIn(port, "psw", "strengths-demo");
    psw.get("/practice-quality");
    started = System.nanoTime();
    assertThat(psw.post("/practice-quality/refresh", Map.of()).statusCode()).isEqualTo(302);
    double firstRefresh = (System.nanoTime() - started) / 1e6;
    started = System.nanoTime();
    assertThat(psw.post("/practice-quality/refresh", Map.of()).statusCode()).isEqualTo(302);
    double nextRefresh = (System.nanoTime() - started) / 1e6;
    long conversations =
        jdbc.sql("SELECT count(*) FROM practice_quality_words").query(Long.class).single();
    long flagged =
        jdbc.sql("SELECT count(*) FROM practice_quality_words WHERE flags > 0")
            .query(Long.class)
            .single();
    long rows = jdbc.sql("SELECT count(*) FROM practice_quality_month").query(Long.class).single();
    String team =
        jdbc.sql(
                "SELECT team_id::text FROM practice_quality_month"
                    + " WHERE team_id <> '00000000-0000-0000-0000-000000000000'"
                    + " GROUP BY team_id ORDER BY sum(base) DESC LIMIT 1")
            .query(String.class)
            .single();
    String council = ok(psw.get("/practice-quality?team=council"));
    assertThat(council).contains("id=\"chart-own-words\"");

    BenchmarkTimes times =
        new BenchmarkTimes("Practice quality, " + people + " people over 24 months");
    long cpu = OS.getProcessCpuTime();
    times.measure(
        "/practice-quality (whole council)",
        20,
        200,
        () -> ok(psw.get("/practice-quality?team=council")));
    double councilCpu = (OS.getProcessCpuTime() - cpu) / 1e6 / 220;
    cpu = OS.getProcessCpuTime();
    times.measure(
        "/practice-quality (largest team)",
        20,
        200,
        () -> ok(psw.get("/practice-quality?team=" + team)));
    double teamCpu = (OS.getProcessCpuTime() - cpu) / 1e6 / 220;
    cpu = OS.getProcessCpuTime();
    times.measure(
        "/practice-quality.csv (whole council)",
        20,
        200,
        () -> ok(psw.get("/practice-quality.csv?team=council")));
    double csvCpu = (OS.getProcessCpuTime() - cpu) / 1e6 / 220;
    times.line("");
    times.line(
        "Application CPU per request (server and client, one JVM): council page %.1f ms, team"
            + " page %.1f ms, CSV %.1f ms.",
        councilCpu, teamCpu, csvCpu);
    times.line(
        "Generated in %.0f s. Read model: %,d conversations counted by the language coach"
            + " (%,d with a flag), %,d month rows; first refresh %.0f ms, the next (nothing"
            + " changed) %.0f ms.",
        generated, conversations, flagged, rows, firstRefresh, nextRefresh);
    times.write("practice-quality");
  }

  private static String ok(HttpResponse<String> response) {
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body();
  }
}
