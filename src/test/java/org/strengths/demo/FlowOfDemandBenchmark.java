package org.strengths.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.strengths.testing.BenchmarkTimes;
import org.strengths.testing.WebSession;

/**
 * The flow of demand and cohort pages on a generated council, run on demand only:
 *
 * <pre>./mvnw -q test -Dtest=FlowOfDemandBenchmark -Dbenchmark=true [-Dbenchmark.people=200000]
 * </pre>
 *
 * <p>Generates a council ({@code --generate-council}'s generator; 20,000 people over two years
 * unless {@code benchmark.people} says otherwise), rebuilds the flow read model once (timed), then,
 * signed in as the analyst over real HTTP on localhost, opens the flow page for the default 13
 * weeks, the same filtered by a team, and the cohort page, 200 times each after a warm-up. Target:
 * p95 at most 200 ms. The table is also written to {@code target/benchmark/flow-of-demand.md}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@EnabledIfSystemProperty(named = "benchmark", matches = "true|")
class FlowOfDemandBenchmark {

  @LocalServerPort int port;
  @Autowired CouncilGenerator generator;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

  @Test
  void theFlowAndCohortPagesAnswerWithin200Milliseconds() throws Exception {
    int people = Integer.getInteger("benchmark.people", 20_000);
    long started = System.nanoTime();
    generator.generate(new GeneratedCouncil(people, 2, 20261206));
    double generated = (System.nanoTime() - started) / 1e9;
    WebSession analyst = WebSession.signedIn(port, "analyst", "strengths-demo");
    analyst.get("/insight/flow");
    started = System.nanoTime();
    HttpResponse<String> refreshed = analyst.post("/insight/flow/refresh", Map.of());
    double rebuild = (System.nanoTime() - started) / 1e6;
    assertThat(refreshed.statusCode()).isEqualTo(302);
    String team =
        jdbc.sql(
                "SELECT team_id::text FROM insight_flow_person GROUP BY team_id ORDER BY count(*)"
                    + " DESC LIMIT 1")
            .query(String.class)
            .single();

    BenchmarkTimes times = new BenchmarkTimes("Flow pages, " + people + " people over 2 years");
    var flow =
        times.measure(
            "/insight/flow (13 weeks, everyone)", 20, 200, () -> ok(analyst.get("/insight/flow")));
    var filtered =
        times.measure(
            "/insight/flow (13 weeks, one team)",
            20,
            200,
            () -> ok(analyst.get("/insight/flow?team=" + team)));
    var cohorts =
        times.measure("/insight/cohorts", 20, 200, () -> ok(analyst.get("/insight/cohorts")));
    times.line("");
    times.line("Generated in %.0f s; read model rebuilt in %.0f ms.", generated, rebuild);
    times.write("flow-of-demand");
    assertThat(flow.p95()).isLessThanOrEqualTo(200);
    assertThat(filtered.p95()).isLessThanOrEqualTo(200);
    assertThat(cohorts.p95()).isLessThanOrEqualTo(200);
  }

  private static String ok(HttpResponse<String> response) {
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body();
  }
}
