package org.strengths.platform;

import ch.qos.logback.classic.Level;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import org.slf4j.LoggerFactory;

/**
 * {@code java -jar strengths.jar backup --to DIR} and {@code restore --from DIR --data-dir DIR}:
 * backs up the embedded database while the application runs, and restores a backup into an empty
 * data directory (ADR 0050). They run without starting the application.
 *
 * <p>The library's PostgreSQL binaries are only {@code initdb}, {@code pg_ctl} and {@code
 * postgres}, so the backup is PostgreSQL's documented low-level base backup: a temporary
 * replication slot keeps the write-ahead log, {@code pg_backup_start} marks the start, the data
 * directory's files are copied, {@code pg_backup_stop} gives the {@code backup_label}, and the
 * write-ahead log is copied last. On its first start the restored PostgreSQL replays that log to
 * the moment the backup ended. Every file's SHA-256 is written beside it in {@code sha256sum}
 * format, and the restore checks them all before it copies anything.
 */
public final class DatabaseBackups {

  /** The file in a backup listing every other file's SHA-256, as {@code sha256sum} writes it. */
  public static final String CHECKSUMS = "strengths-backup.sha256";

  /** The file in a backup that says what it is. */
  public static final String DESCRIPTION = "strengths-backup.txt";

  private static final String POSTGRES = "postgres";

  /** Files PostgreSQL re-creates on start, or that belong to the running server only. */
  private static final Set<String> SKIPPED_FILES =
      Set.of(
          "postmaster.pid",
          "postmaster.opts",
          "epg-lock",
          "backup_label",
          "tablespace_map",
          "backup_label.old",
          "tablespace_map.old");

  /** Directories kept empty in a backup: temporary, or (pg_wal) copied after the backup stops. */
  private static final Set<String> EMPTIED_DIRECTORIES =
      Set.of(
          "pg_wal",
          "pg_replslot",
          "pg_dynshmem",
          "pg_notify",
          "pg_serial",
          "pg_snapshots",
          "pg_stat_tmp",
          "pg_subtrans");

  private final PrintStream out;
  private final Clock clock;

  DatabaseBackups(PrintStream out, Clock clock) {
    this.out = out;
    this.clock = clock;
  }

  /** Whether the command line asks for a backup or a restore rather than the application. */
  public static boolean handles(String[] args) {
    return args.length > 0 && (args[0].equals("backup") || args[0].equals("restore"));
  }

  /** From {@code main}: as {@link #run}, with the logs of PostgreSQL's start and stop quietened. */
  public static int command(String[] args) {
    quietLogs();
    return run(args, System.out, System.err);
  }

  /**
   * Runs {@code backup} or {@code restore} and returns the exit status: 0 done, 1 failed, 2 the
   * command line was wrong. Expected problems are printed as one plain sentence, without a stack
   * trace.
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    DatabaseBackups backups = new DatabaseBackups(out, Clock.systemUTC());
    try {
      Map<String, String> options = options(args);
      Path dataDir = Path.of(options.getOrDefault("data-dir", defaultDataDir()));
      if (args[0].equals("backup")) {
        backups.backUp(dataDir, Path.of(required(options, "to")));
      } else {
        backups.restore(Path.of(required(options, "from")), dataDir);
      }
      return 0;
    } catch (Usage e) {
      err.println(e.getMessage());
      err.println(
          "Usage: java -jar strengths.jar backup --to DIR [--data-dir DIR]\n"
              + "       java -jar strengths.jar restore --from DIR [--data-dir DIR]\n"
              + "--data-dir defaults to STRENGTHS_DATA_DIR, or ./data.");
      return 2;
    } catch (Failure e) {
      err.println(
          (args[0].equals("backup") ? "Backup failed: " : "Restore failed: ") + e.getMessage());
      return 1;
    } catch (IOException | SQLException | RuntimeException e) {
      err.println((args[0].equals("backup") ? "Backup failed: " : "Restore failed: ") + e);
      return 1;
    }
  }

  /** A problem the person running the command can put right; printed without a stack trace. */
  static final class Failure extends RuntimeException {
    Failure(String message) {
      super(message);
    }
  }

  private static final class Usage extends RuntimeException {
    Usage(String message) {
      super(message);
    }
  }

  /** What a backup holds, as printed and written to {@link #DESCRIPTION}. */
  record Summary(
      Path directory, long files, long bytes, String startLsn, String stopLsn, Duration took) {}

  /**
   * Backs up the data directory to an empty or new directory. When the application is running its
   * PostgreSQL is backed up online; otherwise PostgreSQL is started on the data directory for the
   * backup and stopped afterwards.
   */
  Summary backUp(Path dataDir, Path to) throws IOException, SQLException {
    Instant began = clock.instant();
    long nanos = System.nanoTime();
    Path cluster = dataDir.resolve(POSTGRES);
    if (!Files.exists(cluster.resolve("PG_VERSION"))) {
      throw new Failure(
          "There is no database in "
              + dataDir.toAbsolutePath()
              + " (no "
              + POSTGRES
              + "/PG_VERSION): give the application's data directory with --data-dir.");
    }
    if (to.toAbsolutePath().normalize().startsWith(dataDir.toAbsolutePath().normalize())) {
      throw new Failure(
          "The backup directory "
              + to.toAbsolutePath().normalize()
              + " is inside the data directory: put backups somewhere else, ideally on another"
              + " disk.");
    }
    requireEmpty(to, "The backup directory");
    Files.createDirectories(to);
    ownerOnly(to);
    try {
      return backUpInto(dataDir, cluster, to, began, nanos);
    } catch (IOException | SQLException | RuntimeException e) {
      // Half a backup must not be mistaken for one.
      deleteContents(to);
      throw e;
    }
  }

  private Summary backUpInto(Path dataDir, Path cluster, Path to, Instant began, long nanos)
      throws IOException, SQLException {
    Map<String, String> checksums = new TreeMap<>();
    Optional<Integer> runningOn = runningPort(cluster);
    Summary summary;
    if (runningOn.isPresent()) {
      out.printf(
          "The application's PostgreSQL is running (port %d): backing up online%n",
          runningOn.get());
      summary =
          backUpCluster(
              "jdbc:postgresql://localhost:" + runningOn.get() + "/postgres",
              cluster,
              to,
              checksums);
    } else {
      out.println("PostgreSQL is not running: starting it on the data directory for the backup");
      try (PersistentEmbeddedDatabase database = PersistentEmbeddedDatabase.open(cluster)) {
        summary = backUpCluster(database.jdbcUrl(), cluster, to, checksums);
      }
    }
    long otherBytes = copyOtherFiles(dataDir, to, checksums);
    writeChecksums(to, checksums);
    Duration took = Duration.ofNanos(System.nanoTime() - nanos);
    summary =
        new Summary(
            to,
            checksums.size(),
            summary.bytes() + otherBytes,
            summary.startLsn(),
            summary.stopLsn(),
            took);
    String checksumOfChecksums = sha256(Files.readAllBytes(to.resolve(CHECKSUMS)));
    Files.writeString(
        to.resolve(DESCRIPTION),
        String.format(
            Locale.ROOT,
            "Strengths backup of %s%nstarted: %s%nfiles: %d%nbytes: %d%n"
                + "write-ahead log: %s to %s%nSHA-256 of %s: %s%n"
                + "Restore: java -jar strengths.jar restore --from <this directory> --data-dir"
                + " <empty directory>%n",
            dataDir.toAbsolutePath().normalize(),
            began,
            summary.files(),
            summary.bytes(),
            summary.startLsn(),
            summary.stopLsn(),
            CHECKSUMS,
            checksumOfChecksums));
    out.printf(
        Locale.ROOT,
        "Backed up %s to %s: %d files, %s, in %.1f s%n"
            + "Consistent as of the end of the backup (write-ahead log %s); SHA-256 of %s: %s%n",
        dataDir.toAbsolutePath().normalize(),
        to.toAbsolutePath().normalize(),
        summary.files(),
        size(summary.bytes()),
        took.toMillis() / 1000.0,
        summary.stopLsn(),
        CHECKSUMS,
        checksumOfChecksums);
    return summary;
  }

  private Summary backUpCluster(
      String jdbcUrl, Path cluster, Path to, Map<String, String> checksums)
      throws IOException, SQLException {
    Path target = to.resolve(POSTGRES);
    try (Connection connection = connect(jdbcUrl);
        Statement sql = connection.createStatement()) {
      // A temporary slot (dropped with this session) keeps every write-ahead log segment from
      // now on, however long the copy takes; pg_basebackup does the same.
      sql.execute(
          "SELECT pg_create_physical_replication_slot('strengths_backup_"
              + ProcessHandle.current().pid()
              + "', true, true)");
      String startLsn;
      try (ResultSet rs =
          sql.executeQuery("SELECT pg_backup_start('strengths backup', true)::text")) {
        rs.next();
        startLsn = rs.getString(1);
      }
      long bytes = copyTree(cluster, target, "postgres/", checksums, true);
      String stopLsn;
      String label;
      String tablespaceMap;
      try (ResultSet rs =
          sql.executeQuery("SELECT lsn::text, labelfile, spcmapfile FROM pg_backup_stop(false)")) {
        rs.next();
        stopLsn = rs.getString(1);
        label = rs.getString(2);
        tablespaceMap = rs.getString(3);
      }
      bytes += write(target, "backup_label", label, "postgres/", checksums);
      if (tablespaceMap != null && !tablespaceMap.isEmpty()) {
        bytes += write(target, "tablespace_map", tablespaceMap, "postgres/", checksums);
      }
      // pg_backup_stop has switched to a new segment, so every record up to stopLsn is in the
      // segments from the start's to the one written now; the slot has kept them. Segments past
      // that are old ones PostgreSQL renamed for reuse: left out.
      String firstSegment;
      String lastSegment;
      try (ResultSet rs =
          sql.executeQuery(
              "SELECT pg_walfile_name('"
                  + startLsn
                  + "'::pg_lsn), pg_walfile_name(pg_current_wal_lsn())")) {
        rs.next();
        firstSegment = rs.getString(1);
        lastSegment = rs.getString(2);
      }
      Path wal = cluster.resolve("pg_wal");
      try (var segments = Files.list(wal)) {
        for (Path segment : segments.sorted().toList()) {
          String name = segment.getFileName().toString();
          boolean needed =
              name.endsWith(".history")
                  || (name.length() == 24
                      && name.compareTo(firstSegment) >= 0
                      && name.compareTo(lastSegment) <= 0);
          if (needed && Files.isRegularFile(segment)) {
            bytes +=
                copyFile(
                    segment,
                    target.resolve("pg_wal").resolve(name),
                    "postgres/pg_wal/" + name,
                    checksums);
          }
        }
      }
      return new Summary(to, checksums.size(), bytes, startLsn, stopLsn, Duration.ZERO);
    }
  }

  /** Anything else the application keeps in its data directory, copied as it is. */
  private long copyOtherFiles(Path dataDir, Path to, Map<String, String> checksums)
      throws IOException {
    long bytes = 0;
    try (var entries = Files.list(dataDir)) {
      for (Path entry : entries.sorted().toList()) {
        String name = entry.getFileName().toString();
        if (name.equals(POSTGRES)) {
          continue;
        }
        bytes +=
            copyTree(
                entry,
                to.resolve(name),
                name + (Files.isDirectory(entry) ? "/" : ""),
                checksums,
                false);
      }
    }
    return bytes;
  }

  /**
   * Restores a backup into an empty or new data directory: checks every file against its SHA-256
   * first, copies it, then starts PostgreSQL on it once so that it replays its write-ahead log, and
   * stops it again.
   */
  void restore(Path from, Path dataDir) throws IOException, SQLException {
    long nanos = System.nanoTime();
    Path checksumFile = from.resolve(CHECKSUMS);
    if (!Files.isRegularFile(checksumFile)) {
      throw new Failure(
          from.toAbsolutePath()
              + " is not a Strengths backup: it has no "
              + CHECKSUMS
              + ". Give the directory that the backup command wrote.");
    }
    requireEmpty(dataDir, "The data directory to restore into");
    Map<String, String> expected = readChecksums(checksumFile);
    long bytes = 0;
    for (Map.Entry<String, String> file : expected.entrySet()) {
      Path path = from.resolve(file.getKey());
      if (!Files.isRegularFile(path)) {
        throw new Failure(
            "The backup in "
                + from.toAbsolutePath()
                + " is incomplete: "
                + file.getKey()
                + " is missing.");
      }
      if (!sha256(path).equals(file.getValue())) {
        throw new Failure(
            "The backup in "
                + from.toAbsolutePath()
                + " is damaged: "
                + file.getKey()
                + " does not match its SHA-256. Restore an earlier backup.");
      }
      bytes += Files.size(path);
    }
    Files.createDirectories(dataDir);
    // Every directory, empty ones included (PostgreSQL needs pg_twophase, pg_logical/... even
    // when empty), then every file the checksums list.
    try (var tree = Files.walk(from)) {
      for (Path directory : tree.filter(Files::isDirectory).toList()) {
        Files.createDirectories(dataDir.resolve(from.relativize(directory).toString()));
      }
    }
    for (String file : expected.keySet()) {
      Path target = dataDir.resolve(file);
      Files.createDirectories(target.getParent());
      Files.copy(from.resolve(file), target);
    }
    Path cluster = dataDir.resolve(POSTGRES);
    // PostgreSQL refuses a data directory that others can read.
    try (var tree = Files.walk(cluster)) {
      for (Path path : tree.toList()) {
        if (Files.isDirectory(path)) {
          ownerOnly(path);
        }
      }
    }
    out.printf(
        Locale.ROOT,
        "Copied %d files (%s) from %s, every SHA-256 checked%n",
        expected.size(),
        size(bytes),
        from.toAbsolutePath().normalize());
    String replayedTo;
    try {
      replayedTo = replay(cluster);
    } catch (SQLException | RuntimeException e) {
      throw new Failure(
          "The files are copied to "
              + dataDir.toAbsolutePath()
              + " but PostgreSQL could not start on them ("
              + e.getMessage()
              + "). Keep the backup, empty that directory and try again, or restore an earlier"
              + " backup.");
    }
    out.printf(
        Locale.ROOT,
        "Restored to %s in %.1f s: PostgreSQL started on it, replayed the backup's write-ahead log"
            + " (now at %s) and stopped again.%n"
            + "Start the application with STRENGTHS_DATA_DIR=%s; to check the audit log first:%n"
            + "  java -jar strengths.jar --strengths.data-dir=%s --verify-audit-log%n",
        dataDir.toAbsolutePath().normalize(),
        Duration.ofNanos(System.nanoTime() - nanos).toMillis() / 1000.0,
        replayedTo,
        dataDir.toAbsolutePath().normalize(),
        dataDir.toAbsolutePath().normalize());
  }

  /** Starts PostgreSQL on a restored cluster, so that it replays its WAL, and stops it again. */
  private static String replay(Path cluster) throws SQLException {
    try (PersistentEmbeddedDatabase database = PersistentEmbeddedDatabase.open(cluster);
        Connection connection = connect(database.jdbcUrl());
        Statement sql = connection.createStatement();
        ResultSet rs = sql.executeQuery("SELECT pg_current_wal_lsn()::text")) {
      rs.next();
      return rs.getString(1);
    }
  }

  /**
   * Copies a file or directory tree, hashing each file as it is read. Files that disappear while
   * they are copied (a table dropped meanwhile) are left out: the write-ahead log replays the drop.
   */
  private static long copyTree(
      Path source, Path target, String prefix, Map<String, String> checksums, boolean cluster)
      throws IOException {
    if (Files.isRegularFile(source)) {
      return copyFile(source, target, prefix, checksums);
    }
    long[] bytes = {0};
    Files.walkFileTree(
        source,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
              throws IOException {
            Path relative = source.relativize(dir);
            Files.createDirectories(target.resolve(relative.toString()));
            if (cluster
                && relative.getNameCount() == 1
                && EMPTIED_DIRECTORIES.contains(relative.toString())) {
              return FileVisitResult.SKIP_SUBTREE;
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Path relative = source.relativize(file);
            String name = file.getFileName().toString();
            if (!attrs.isRegularFile()
                || (cluster && relative.getNameCount() == 1 && SKIPPED_FILES.contains(name))
                || name.startsWith("pgsql_tmp")) {
              return FileVisitResult.CONTINUE;
            }
            String key = prefix + relative.toString().replace('\\', '/');
            bytes[0] += copyFile(file, target.resolve(relative.toString()), key, checksums);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
            if (e instanceof NoSuchFileException) {
              return FileVisitResult.CONTINUE;
            }
            throw e;
          }
        });
    return bytes[0];
  }

  private static long copyFile(Path source, Path target, String key, Map<String, String> checksums)
      throws IOException {
    MessageDigest sha256 = sha256Digest();
    long copied;
    try (InputStream in = new DigestInputStream(Files.newInputStream(source), sha256);
        OutputStream written = Files.newOutputStream(target)) {
      copied = in.transferTo(written);
    } catch (NoSuchFileException gone) {
      Files.deleteIfExists(target);
      return 0;
    }
    checksums.put(key, HexFormat.of().formatHex(sha256.digest()));
    return copied;
  }

  private static long write(
      Path directory, String name, String content, String prefix, Map<String, String> checksums)
      throws IOException {
    byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
    Files.write(directory.resolve(name), bytes);
    checksums.put(prefix + name, sha256(bytes));
    return bytes.length;
  }

  private static void writeChecksums(Path to, Map<String, String> checksums) throws IOException {
    StringBuilder lines = new StringBuilder();
    checksums.forEach((file, sum) -> lines.append(sum).append("  ").append(file).append('\n'));
    Files.writeString(to.resolve(CHECKSUMS), lines);
  }

  private static Map<String, String> readChecksums(Path file) throws IOException {
    Map<String, String> checksums = new LinkedHashMap<>();
    for (String line : Files.readAllLines(file)) {
      if (line.isBlank()) {
        continue;
      }
      int gap = line.indexOf("  ");
      String name = gap < 0 ? "" : line.substring(gap + 2);
      Path relative = Path.of(name).normalize();
      if (gap != 64 || name.isEmpty() || relative.isAbsolute() || relative.startsWith("..")) {
        throw new Failure(
            file.toAbsolutePath() + " is damaged: cannot read the line \"" + line + "\".");
      }
      checksums.put(name, line.substring(0, gap));
    }
    if (checksums.keySet().stream().noneMatch(name -> name.equals("postgres/PG_VERSION"))) {
      throw new Failure(file.toAbsolutePath() + " lists no database (postgres/PG_VERSION).");
    }
    return checksums;
  }

  /** Straight to the driver, not DriverManager: the same inside the packaged jar as outside. */
  private static Connection connect(String jdbcUrl) throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("user", "postgres");
    properties.setProperty("ApplicationName", "strengths backup");
    Connection connection = new org.postgresql.Driver().connect(jdbcUrl, properties);
    if (connection == null) {
      throw new SQLException("Not a PostgreSQL address: " + jdbcUrl);
    }
    return connection;
  }

  /** The port of PostgreSQL running on this data directory now, if it is running. */
  private static Optional<Integer> runningPort(Path cluster) {
    Optional<Long> pid = PersistentEmbeddedDatabase.postmasterPid(cluster);
    if (pid.flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive).isEmpty()) {
      return Optional.empty();
    }
    try {
      // postmaster.pid: pid, data directory, start time, port, ...
      List<String> lines = Files.readAllLines(cluster.resolve("postmaster.pid"));
      return lines.size() > 3
          ? Optional.of(Integer.parseInt(lines.get(3).trim()))
          : Optional.empty();
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static void requireEmpty(Path directory, String what) throws IOException {
    if (Files.exists(directory) && !Files.isDirectory(directory)) {
      throw new Failure(what + " " + directory.toAbsolutePath() + " is a file, not a directory.");
    }
    if (Files.isDirectory(directory)) {
      try (var entries = Files.list(directory)) {
        if (entries.findAny().isPresent()) {
          throw new Failure(
              what
                  + " "
                  + directory.toAbsolutePath()
                  + " is not empty: give a new or empty directory, so that nothing is overwritten.");
        }
      }
    }
  }

  private static void deleteContents(Path directory) {
    try (var tree = Files.walk(directory)) {
      for (Path path : tree.sorted(Comparator.reverseOrder()).toList()) {
        if (!path.equals(directory)) {
          Files.deleteIfExists(path);
        }
      }
    } catch (IOException | UncheckedIOException e) {
      // what is left is incomplete; the message says the backup failed
    }
  }

  private static void ownerOnly(Path directory) throws IOException {
    try {
      Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
    } catch (UnsupportedOperationException notPosix) {
      // Windows: the directory keeps its inherited permissions
    }
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> options = new LinkedHashMap<>();
    List<String> rest = new ArrayList<>(List.of(args).subList(1, args.length));
    for (int i = 0; i < rest.size(); i++) {
      String arg = rest.get(i);
      if (!arg.startsWith("--")) {
        throw new Usage("Unexpected \"" + arg + "\".");
      }
      String name = arg.substring(2);
      String value;
      int equals = name.indexOf('=');
      if (equals >= 0) {
        value = name.substring(equals + 1);
        name = name.substring(0, equals);
      } else if (i + 1 < rest.size()) {
        value = rest.get(++i);
      } else {
        throw new Usage("--" + name + " needs a directory.");
      }
      if (!Set.of("to", "from", "data-dir").contains(name)) {
        throw new Usage("Unknown option --" + name + ".");
      }
      options.put(name, value);
    }
    return options;
  }

  private static String required(Map<String, String> options, String name) {
    String value = options.get(name);
    if (value == null || value.isBlank()) {
      throw new Usage("--" + name + " is required.");
    }
    return value;
  }

  private static String defaultDataDir() {
    String env = System.getenv("STRENGTHS_DATA_DIR");
    return env == null || env.isBlank() ? "./data" : env;
  }

  /** The command prints its own lines; the library's and PostgreSQL's INFO logs would bury them. */
  private static void quietLogs() {
    if (LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)
        instanceof ch.qos.logback.classic.Logger root) {
      root.setLevel(Level.WARN);
    }
  }

  static String size(long bytes) {
    if (bytes < 1024 * 1024) {
      return String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0);
    }
    return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024));
  }

  private static String sha256(Path file) throws IOException {
    MessageDigest sha256 = sha256Digest();
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha256)) {
      in.transferTo(OutputStream.nullOutputStream());
    }
    return HexFormat.of().formatHex(sha256.digest());
  }

  private static String sha256(byte[] bytes) {
    return HexFormat.of().formatHex(sha256Digest().digest(bytes));
  }

  private static MessageDigest sha256Digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
