package org.strengths.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL that keeps the application's data between starts (ADR 0020).
 *
 * <ul>
 *   <li>Durable: every commit is flushed to disk before it is acknowledged ({@code fsync} and
 *       {@code synchronous_commit} on, overriding the library's test defaults).
 *   <li>One start is enough: a PostgreSQL left running on this data directory by an application
 *       that was killed is stopped cleanly first.
 *   <li>Watched: if PostgreSQL stops under the running application it is started again on the same
 *       port and data directory, and the connection pool reconnects.
 *   <li>Stopped last: it is a bean the data source depends on, so Spring closes everything that
 *       uses the database before {@link #close()} runs.
 * </ul>
 */
final class PersistentEmbeddedDatabase implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(PersistentEmbeddedDatabase.class);
  private static final Duration WATCH_EVERY = Duration.ofSeconds(1);
  private static final Duration LEFTOVER_STOP_WAIT = Duration.ofSeconds(60);

  /** Open servers by data directory, with how many application contexts use each. */
  private static final Map<Path, PersistentEmbeddedDatabase> open = new HashMap<>();

  /** Servers being started ahead of the context that will use them, by data directory. */
  private static final Map<Path, CompletableFuture<PersistentEmbeddedDatabase>> startedEarly =
      new ConcurrentHashMap<>();

  private final Path directory;
  private final Map<String, String> settings;
  private final EmbeddedPostgres postgres;
  private final Path pgCtl;
  private final ScheduledExecutorService watcher;
  private volatile long postmasterPid;
  private volatile boolean running = true;
  private volatile boolean closing;
  private int users;

  private PersistentEmbeddedDatabase(Path directory) throws IOException {
    this.directory = directory;
    this.settings = settings();
    EmbeddedPostgres.Builder builder =
        EmbeddedPostgres.builder()
            .setDataDirectory(directory)
            .setCleanDataDirectory(false)
            // Spring stops it, after the beans that use it (close()), not a JVM shutdown hook
            // running at the same time as Spring's.
            .setRegisterShutdownHook(false);
    settings.forEach(builder::setServerConfig);
    this.postgres = builder.start();
    this.postmasterPid = postmasterPid(directory).orElseThrow();
    this.pgCtl =
        ProcessHandle.of(postmasterPid)
            .flatMap(process -> process.info().command())
            .map(command -> Path.of(command).resolveSibling("pg_ctl"))
            .orElseThrow(() -> new IllegalStateException("Cannot find PostgreSQL's pg_ctl"));
    this.watcher =
        Executors.newSingleThreadScheduledExecutor(
            task -> daemonThread(task, "embedded-postgres-watch"));
    watcher.scheduleWithFixedDelay(
        this::watch, WATCH_EVERY.toMillis(), WATCH_EVERY.toMillis(), TimeUnit.MILLISECONDS);
    log.info(
        "Embedded PostgreSQL (pid {}) serves {} on port {} with fsync and synchronous commit on",
        postmasterPid,
        directory,
        postgres.getPort());
  }

  /**
   * The server settings. The library starts PostgreSQL with {@code -F} (fsync off) and {@code
   * synchronous_commit=off}, which suit throw-away test databases; a later {@code -c fsync=on} on
   * the same command line wins.
   */
  static Map<String, String> settings() {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("fsync", "on");
    settings.put("synchronous_commit", "on");
    settings.put("full_page_writes", "on");
    settings.put("timezone", "UTC");
    settings.put("max_connections", "100");
    settings.put("shared_buffers", "256MB");
    // No parallel query: each parallel worker is a new process that maps every shared buffer it
    // reads afresh, which cost more than the worker saved (a team's "My work" query took 110-125
    // ms with two workers against 28 ms without, at 200,000 people; docs/adr/0177). On two
    // cores the application's own threads want the other core anyway.
    settings.put("max_parallel_workers_per_gather", "0");
    return settings;
  }

  /**
   * Starts the server of this data directory on a thread of its own, so that it is ready (or
   * nearly) by the time the context asks for it with {@link #open(Path)}: about half a second of a
   * start that would otherwise wait for it (docs/adr/0178).
   */
  static void startEarly(Path directory) {
    startedEarly.computeIfAbsent(
        key(directory),
        key ->
            CompletableFuture.supplyAsync(
                () -> startOrShare(key),
                task -> daemonThread(task, "embedded-postgres-start").start()));
  }

  /**
   * Stops a server started early that no context took, say because the application failed to start
   * before it needed the database. Waits for the start to end first.
   */
  static void closeUnclaimed() {
    for (Path key : List.copyOf(startedEarly.keySet())) {
      CompletableFuture<PersistentEmbeddedDatabase> start = startedEarly.remove(key);
      if (start != null) {
        try {
          start.join().close();
        } catch (CompletionException failedToStart) {
          // nothing to stop; the context that asked for it has reported why
        }
      }
    }
  }

  /** Takes the server started early for this data directory, or starts (or shares) it now. */
  static PersistentEmbeddedDatabase open(Path directory) {
    CompletableFuture<PersistentEmbeddedDatabase> early = startedEarly.remove(key(directory));
    if (early == null) {
      return startOrShare(key(directory));
    }
    try {
      return early.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException cause ? cause : e;
    }
  }

  /** A thread that does not keep the JVM running: Spring, not this class, decides when it stops. */
  private static Thread daemonThread(Runnable task, String name) {
    Thread thread = new Thread(task, name);
    thread.setDaemon(true);
    return thread;
  }

  private static Path key(Path directory) {
    return directory.toAbsolutePath().normalize();
  }

  /** Starts (or shares, within one JVM) the server of this data directory. */
  private static synchronized PersistentEmbeddedDatabase startOrShare(Path key) {
    PersistentEmbeddedDatabase database = open.get(key);
    if (database == null) {
      try {
        Files.createDirectories(key);
        stopLeftoverPostmaster(key);
        database = new PersistentEmbeddedDatabase(key);
      } catch (IOException e) {
        throw new UncheckedIOException("Could not start embedded PostgreSQL in " + key, e);
      }
      open.put(key, database);
    }
    database.users++;
    return database;
  }

  String jdbcUrl() {
    return postgres.getJdbcUrl("postgres", "postgres");
  }

  /** Whether PostgreSQL is running now (false while it is being started again). */
  boolean running() {
    // the process is looked at too, so health says DOWN before the watcher's next look
    return running && alive(postmasterPid);
  }

  @Override
  public void close() {
    synchronized (PersistentEmbeddedDatabase.class) {
      if (--users > 0) {
        return;
      }
      open.remove(directory);
    }
    closing = true;
    watcher.shutdownNow();
    try {
      watcher.awaitTermination(LEFTOVER_STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (!alive(postmasterPid)) {
      log.warn("Embedded PostgreSQL (pid {}) had already stopped", postmasterPid);
      return;
    }
    try {
      postgres.close();
      log.info("Embedded PostgreSQL stopped");
    } catch (IOException e) {
      log.warn("Could not stop embedded PostgreSQL cleanly", e);
    }
  }

  /** Runs every second: if PostgreSQL has died, starts it again until it runs. */
  private void watch() {
    if (closing || alive(postmasterPid)) {
      return;
    }
    running = false;
    long began = System.nanoTime();
    log.warn(
        "Embedded PostgreSQL (pid {}) has stopped unexpectedly; starting it again on port {}",
        postmasterPid,
        postgres.getPort());
    for (int attempt = 1; !closing; attempt++) {
      try {
        startAgain();
        running = true;
        log.info(
            "Embedded PostgreSQL is running again (pid {}) after {} ms",
            postmasterPid,
            Duration.ofNanos(System.nanoTime() - began).toMillis());
        return;
      } catch (IOException | RuntimeException e) {
        if (attempt == 1 || attempt % 30 == 0) {
          log.warn(
              "Could not start embedded PostgreSQL yet (attempt {}): {}", attempt, e.toString());
        }
      }
      try {
        Thread.sleep(WATCH_EVERY.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private void startAgain() throws IOException {
    List<String> options = new ArrayList<>(List.of("-p", Integer.toString(postgres.getPort())));
    settings.forEach((name, value) -> options.add("-c " + name + "=" + value));
    List<String> command = new ArrayList<>();
    if (LinuxUtils.isUnshareAvailable()) {
      // PostgreSQL refuses to run as root; as the library does, run it in a user namespace.
      command.addAll(List.of("unshare", "-U"));
    }
    command.addAll(
        List.of(
            pgCtl.toString(),
            "-D",
            directory.toString(),
            "-o",
            String.join(" ", options),
            "-w",
            "-t",
            "60",
            "start"));
    Process pgCtlStart = new ProcessBuilder(command).redirectErrorStream(true).start();
    // The postmaster inherits the output, so it is read until PostgreSQL stops, as the library
    // does.
    Thread output =
        new Thread(() -> logOutput(pgCtlStart), "embedded-postgres-output-" + pgCtlStart.pid());
    output.setDaemon(true);
    output.start();
    try {
      if (!pgCtlStart.waitFor(70, TimeUnit.SECONDS) || pgCtlStart.exitValue() != 0) {
        throw new IOException("pg_ctl start did not succeed");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("Interrupted while starting PostgreSQL", e);
    }
    postmasterPid =
        postmasterPid(directory)
            .orElseThrow(() -> new IOException("No postmaster.pid after start"));
  }

  private static void logOutput(Process process) {
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        log.info("postgres: {}", line);
      }
    } catch (IOException ignored) {
      // PostgreSQL stopped
    }
  }

  /**
   * If an application on this data directory was killed, its PostgreSQL keeps running and a new one
   * cannot start ("postmaster.pid already exists"). Stops it cleanly, but only when it serves this
   * data directory and no running application holds the directory's lock.
   */
  static void stopLeftoverPostmaster(Path directory) throws IOException {
    Path pidFile = directory.resolve("postmaster.pid");
    if (!Files.exists(directory.resolve("postgresql.conf")) || !Files.exists(pidFile)) {
      return;
    }
    try (FileChannel channel =
            FileChannel.open(
                directory.resolve("epg-lock"),
                StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        FileLock lock = channel.tryLock()) {
      if (lock == null) {
        throw new IllegalStateException(
            "Another running application uses the database in "
                + directory
                + ": stop it first, or set STRENGTHS_DATA_DIR to another directory");
      }
      Optional<Long> pid = postmasterPid(directory);
      Optional<ProcessHandle> process = pid.flatMap(ProcessHandle::of).filter(p -> alive(p.pid()));
      if (process.isEmpty()) {
        log.info(
            "PostgreSQL (pid {}) did not stop cleanly last time in {}; it recovers from its"
                + " write-ahead log as it starts",
            pid.map(String::valueOf).orElse("unknown"),
            directory);
        return;
      }
      if (!servesDirectory(process.get(), pidFile, directory)) {
        log.warn(
            "postmaster.pid in {} names process {}, which is not a PostgreSQL of this data"
                + " directory; leaving it alone",
            directory,
            process.get().pid());
        return;
      }
      log.warn(
          "PostgreSQL (pid {}) is still running in {}, left by an application that did not stop"
              + " cleanly; stopping it before starting again",
          process.get().pid(),
          directory);
      long began = System.nanoTime();
      stop(process.get());
      log.info(
          "Stopped the leftover PostgreSQL (pid {}) in {} ms",
          process.get().pid(),
          Duration.ofNanos(System.nanoTime() - began).toMillis());
    }
  }

  /** SIGTERM is PostgreSQL's "smart" shutdown: it checkpoints and exits once clients have gone. */
  private static void stop(ProcessHandle postmaster) throws IOException {
    postmaster.destroy();
    try {
      postmaster.onExit().get(LEFTOVER_STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      log.warn("PostgreSQL (pid {}) did not stop in time; killing it", postmaster.pid());
      postmaster.destroyForcibly();
      try {
        postmaster.onExit().get(10, TimeUnit.SECONDS);
      } catch (TimeoutException | ExecutionException again) {
        throw new IOException("Could not stop PostgreSQL (pid " + postmaster.pid() + ")", again);
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        throw new IOException("Interrupted", interrupted);
      }
    } catch (ExecutionException e) {
      throw new IOException("Could not stop PostgreSQL (pid " + postmaster.pid() + ")", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("Interrupted", e);
    }
  }

  private static boolean servesDirectory(ProcessHandle process, Path pidFile, Path directory) {
    boolean postgresProgram =
        process.info().command().map(command -> command.endsWith("postgres")).orElse(false);
    try {
      // postmaster.pid's second line is the data directory the postmaster was started on
      List<String> lines = Files.readAllLines(pidFile);
      return postgresProgram
          && lines.size() > 1
          && Files.isSameFile(Path.of(lines.get(1).trim()), directory);
    } catch (IOException e) {
      return false;
    }
  }

  /** The postmaster's pid: postmaster.pid's first line. */
  static Optional<Long> postmasterPid(Path directory) {
    try {
      List<String> lines = Files.readAllLines(directory.resolve("postmaster.pid"));
      return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** Alive and not a zombie (a killed child of this JVM that nobody has waited for yet). */
  private static boolean alive(long pid) {
    Optional<ProcessHandle> process = ProcessHandle.of(pid);
    if (process.isEmpty() || !process.get().isAlive()) {
      return false;
    }
    Path stat = Path.of("/proc", Long.toString(pid), "stat");
    try {
      String line = Files.readString(stat);
      return line.charAt(line.lastIndexOf(')') + 2) != 'Z';
    } catch (IOException | RuntimeException e) {
      return true;
    }
  }
}
