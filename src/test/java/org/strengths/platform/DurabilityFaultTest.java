package org.strengths.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.strengths.testing.TestClock;
import org.strengths.testing.WebSession;

/**
 * The fault test of ADR 0020: the application as people run it (its own persistent PostgreSQL, in a
 * child Java process) records conversations through the real form, is killed with {@code kill -9},
 * and in a second round loses its PostgreSQL postmaster to {@code kill -9} while it runs. Every
 * save the application acknowledged (answered with its redirect) is still there, one start is
 * enough after the first kill, the application carries on by itself after the second, and a normal
 * stop afterwards logs no error.
 *
 * <p>Run by failsafe in {@code ./mvnw verify}; alone: {@code ./mvnw -o verify -Dtest=none
 * -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=DurabilityFaultTest}. {@code
 * -Dstrengths.fault.saves=N} changes the number of acknowledged saves per round (200).
 */
class DurabilityFaultTest {

  private static final int SAVES = Integer.getInteger("strengths.fault.saves", 200);
  private static final int POSTMASTER_KILLS = 2;
  private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
  private static final Path LOGS = Path.of("target", "durability-fault-test");

  @TempDir Path dataDir;

  private Process app;
  private int port;
  private Path log;
  private int starts;

  @AfterEach
  void stopWhateverIsLeft() throws Exception {
    if (app != null && app.isAlive()) {
      app.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }
    PersistentEmbeddedDatabase.postmasterPid(dataDir.resolve("postgres"))
        .flatMap(ProcessHandle::of)
        .ifPresent(ProcessHandle::destroyForcibly);
  }

  @Test
  @Timeout(value = 15, unit = TimeUnit.MINUTES)
  void everyAcknowledgedSaveSurvivesAKilledApplicationAndAKilledDatabase() throws Exception {
    port = freePort();
    start();
    try (Connection db = database()) {
      assertThat(setting(db, "fsync")).isEqualTo("on");
      assertThat(setting(db, "synchronous_commit")).isEqualTo("on");
    }
    String person = personOfThePractitioner();
    Set<String> acknowledged = ConcurrentHashMap.newKeySet();

    // Round 1: kill -9 the application while it is saving.
    Saver round1 = new Saver("round-1", person, acknowledged);
    round1.start();
    waitUntil(() -> round1.saved.get() >= SAVES, Duration.ofMinutes(5), "round 1 saves");
    app.toHandle().destroyForcibly();
    app.waitFor(30, TimeUnit.SECONDS);
    round1.stop();
    long postmaster = postmasterPid();
    assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive))
        .as("the killed application's PostgreSQL is left running")
        .contains(true);

    long restarting = System.nanoTime();
    start();
    long restartMillis = millisSince(restarting);
    assertThat(logText())
        .as("the second start finds and stops the leftover PostgreSQL of its data directory")
        .contains("PostgreSQL (pid " + postmaster + ") is still running in")
        .contains("Stopped the leftover PostgreSQL (pid " + postmaster + ")");
    assertThat(stored()).containsAll(round1.acknowledged());

    // Round 2: kill -9 the PostgreSQL postmaster under the running application, twice.
    Saver round2 = new Saver("round-2", person, acknowledged);
    round2.start();
    List<Integer> healthWhileDown = new CopyOnWriteArrayList<>();
    AtomicBoolean watchingHealth = new AtomicBoolean(true);
    Thread health =
        new Thread(
            () -> {
              while (watchingHealth.get()) {
                healthWhileDown.add(healthStatus());
                sleep(200);
              }
            },
            "health");
    health.start();
    List<Long> recoveryMillis = new ArrayList<>();
    for (int kill = 1; kill <= POSTMASTER_KILLS; kill++) {
      long savesBefore = SAVES * kill / (POSTMASTER_KILLS + 1);
      waitUntil(() -> round2.saved.get() >= savesBefore, Duration.ofMinutes(5), "round 2 saves");
      long killed = System.nanoTime();
      long victim = postmasterPid();
      ProcessHandle.of(victim).orElseThrow().destroyForcibly();
      waitUntil(() -> restartedSince(victim), Duration.ofMinutes(2), "PostgreSQL started again");
      long restarted = System.nanoTime();
      waitUntil(
          () -> round2.savedSince(restarted),
          Duration.ofMinutes(2),
          "a save acknowledged after PostgreSQL was started again");
      recoveryMillis.add(millisSince(killed));
    }
    waitUntil(() -> round2.saved.get() >= SAVES, Duration.ofMinutes(5), "round 2 saves");
    round2.stop();
    watchingHealth.set(false);
    health.join();

    assertThat(app.isAlive()).as("the application carried on without a restart").isTrue();
    assertThat(healthWhileDown).as("health while PostgreSQL was down").contains(503);
    assertThat(round2.failures)
        .as("pages answered while PostgreSQL was down: service unavailable, never an error")
        .allMatch(status -> status == 503);
    assertThat(logText())
        .contains("has stopped unexpectedly; starting it again")
        .contains("Embedded PostgreSQL is running again");
    Set<String> stored = stored();
    assertThat(stored).containsAll(acknowledged);

    // A normal stop closes the application, then the database, with no error logged.
    int stoppingAt = logText().length();
    app.destroy();
    assertThat(app.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String stopping = logText().substring(stoppingAt);
    assertThat(stopping).doesNotContain(" ERROR ").contains("Embedded PostgreSQL stopped");
    assertThat(stopping.indexOf("HikariDataSource"))
        .as("the pool closes before the database")
        .isBetween(0, stopping.indexOf("Embedded PostgreSQL stopped"));
    assertThat(Files.exists(dataDir.resolve("postgres/postmaster.pid"))).isFalse();

    System.out.printf(
        "Durability fault test: %d acknowledged saves checked (%d + %d), %d stored; restart"
            + " after kill -9 of the application %d ms; first save acknowledged %s ms after each kill"
            + " -9 of PostgreSQL; %d requests answered 503 meanwhile%n",
        acknowledged.size(),
        round1.acknowledged().size(),
        round2.acknowledged().size(),
        stored.size(),
        restartMillis,
        recoveryMillis,
        round2.failures.size());
  }

  /** Records conversations one after another through the form, as a practitioner would. */
  private final class Saver {
    private final String round;
    private final String person;
    private final Set<String> all;
    private final Set<String> mine = ConcurrentHashMap.newKeySet();
    private final AtomicLong saved = new AtomicLong();
    private final AtomicLong lastSuccess = new AtomicLong();
    private final List<Integer> failures = new CopyOnWriteArrayList<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private Thread thread;

    Saver(String round, String person, Set<String> all) {
      this.round = round;
      this.person = person;
      this.all = all;
    }

    void start() {
      WebSession practitioner = WebSession.signedIn(port, "practitioner", "strengths-demo");
      thread = new Thread(() -> run(practitioner), "saver-" + round);
      thread.start();
    }

    void stop() throws InterruptedException {
      running.set(false);
      thread.join(30_000);
    }

    boolean savedSince(long nanos) {
      return lastSuccess.get() > nanos;
    }

    Set<String> acknowledged() {
      return new HashSet<>(mine);
    }

    private void run(WebSession practitioner) {
      LocalDate today = TestClock.today();
      for (int n = 1; running.get(); n++) {
        String marker = "fault test " + round + " save " + n;
        try {
          HttpResponse<String> form = practitioner.get("/people/" + person + "/conversations/new");
          if (form.statusCode() != 200) {
            failed(form.statusCode());
            continue;
          }
          Map<String, String> conversation = new LinkedHashMap<>();
          conversation.put("heldOnDay", String.valueOf(today.getDayOfMonth()));
          conversation.put("heldOnMonth", String.valueOf(today.getMonthValue()));
          conversation.put("heldOnYear", String.valueOf(today.getYear()));
          conversation.put("stage", "listen-and-connect");
          conversation.put("outcome", "NFA - Information & Advice / Signposting only");
          conversation.put("whatMatters[0].words", "Seeing my grandchildren on Sundays");
          conversation.put("whatMatters[0].attribution", "person");
          conversation.put("analysis", marker);
          HttpResponse<String> saved =
              practitioner.post("/people/" + person + "/conversations/new", conversation);
          if (saved.statusCode() == 302
              && WebSession.location(saved).startsWith("/people/" + person + "/conversations/")) {
            mine.add(marker);
            all.add(marker);
            lastSuccess.set(System.nanoTime());
            this.saved.incrementAndGet();
          } else {
            failed(saved.statusCode());
          }
        } catch (IllegalStateException connectionLost) {
          // the application was killed: this save was never acknowledged
          sleep(100);
        }
      }
    }

    private void failed(int status) {
      failures.add(status);
      sleep(200);
    }
  }

  private void start() throws IOException {
    starts++;
    // kept in target/ so that a failure can be read after the temporary data directory is gone
    Files.createDirectories(LOGS);
    log = LOGS.resolve("application-" + starts + ".log");
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command =
        new ArrayList<>(
            List.of(
                java,
                "-Xmx512m",
                "-XX:TieredStopAtLevel=1",
                // as the packaged application runs: with the bean definitions the build worked out
                // ahead of time (docs/adr/0178)
                "-Dspring.aot.enabled=true",
                "-cp",
                System.getProperty("java.class.path"),
                "org.strengths.StrengthsApplication",
                "--server.port=" + port,
                "--strengths.data-dir=" + dataDir,
                "--strengths.demo=true",
                "--strengths.clock.fixed-at=" + TestClock.NOW,
                "--spring.main.banner-mode=off"));
    app =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    waitUntil(
        () -> {
          if (!app.isAlive()) {
            throw new AssertionError("The application stopped while starting:\n" + logText());
          }
          try {
            HttpResponse<String> signIn =
                new WebSession(port).signIn("practitioner", "strengths-demo");
            return signIn.statusCode() == 302 && !WebSession.location(signIn).contains("error");
          } catch (IllegalStateException notYet) {
            return false;
          }
        },
        START_TIMEOUT,
        "the application to start (log: " + log + ")");
  }

  private int healthStatus() {
    try {
      return HttpClient.newHttpClient()
          .send(
              HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                  .timeout(Duration.ofSeconds(20))
                  .build(),
              HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  private String personOfThePractitioner() throws SQLException {
    try (Connection db = database();
        Statement statement = db.createStatement();
        ResultSet row =
            statement.executeQuery(
                "SELECT p.id FROM person p JOIN access_staff s ON s.id = p.worker_id"
                    + " WHERE s.username = 'practitioner' ORDER BY p.id LIMIT 1")) {
      assertThat(row.next()).isTrue();
      return row.getString(1);
    }
  }

  private Set<String> stored() throws SQLException {
    Set<String> stored = new HashSet<>();
    try (Connection db = database();
        Statement statement = db.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT analysis FROM conversation WHERE analysis LIKE 'fault test %'")) {
      while (rows.next()) {
        stored.add(rows.getString(1));
      }
    }
    return stored;
  }

  private static String setting(Connection db, String name) throws SQLException {
    try (Statement statement = db.createStatement();
        ResultSet row = statement.executeQuery("SHOW " + name)) {
      row.next();
      return row.getString(1);
    }
  }

  /** The embedded PostgreSQL, on the port written in its postmaster.pid (fourth line). */
  private Connection database() throws SQLException {
    try {
      List<String> pidFile = Files.readAllLines(dataDir.resolve("postgres/postmaster.pid"));
      return DriverManager.getConnection(
          "jdbc:postgresql://localhost:" + pidFile.get(3).trim() + "/postgres", "postgres", "");
    } catch (IOException e) {
      throw new SQLException(e);
    }
  }

  private boolean restartedSince(long killedPostmaster) {
    return PersistentEmbeddedDatabase.postmasterPid(dataDir.resolve("postgres"))
        .filter(pid -> pid != killedPostmaster)
        .flatMap(ProcessHandle::of)
        .map(ProcessHandle::isAlive)
        .orElse(false);
  }

  private long postmasterPid() {
    return PersistentEmbeddedDatabase.postmasterPid(dataDir.resolve("postgres")).orElseThrow();
  }

  private String logText() {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void waitUntil(BooleanSupplier condition, Duration timeout, String what) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Timed out waiting for " + what);
      }
      sleep(250);
    }
  }

  private static long millisSince(long nanos) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - nanos);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
