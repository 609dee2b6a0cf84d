package org.strengths.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.strengths.StrengthsApplication;
import org.strengths.platform.DatabaseBackups;

/**
 * The backup and restore commands (docs/adr/0050) on the persistent embedded database, with the
 * application running while it is backed up.
 */
class BackupAndRestoreTest {

  @TempDir Path temp;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @Test
  void aRestoredBackupHoldsWhatWasThereWhenItWasTakenWithTheAuditChainStillIntact()
      throws Exception {
    Path dataDir = temp.resolve("data");
    Path backup = temp.resolve("backup");
    Path restored = temp.resolve("restored");
    Files.createDirectories(dataDir.resolve("exports"));
    Files.writeString(dataDir.resolve("exports/kept.txt"), "a file beside the database");

    long entriesBackedUp;
    String lastHashBackedUp;
    try (ConfigurableApplicationContext application = start(dataDir)) {
      JdbcClient jdbc = application.getBean(JdbcClient.class);
      AuditLog audit = application.getBean(AuditLog.class);
      jdbc.sql("CREATE TABLE backup_probe (name text PRIMARY KEY, state text NOT NULL)").update();
      jdbc.sql("INSERT INTO backup_probe VALUES ('kept', 'as backed up')").update();
      for (int i = 0; i < 5; i++) {
        audit.record(UUID.randomUUID(), "record", "viewed");
      }
      entriesBackedUp = auditEntries(jdbc);
      lastHashBackedUp = lastHash(jdbc);

      assertThat(command("backup", "--to", backup.toString(), "--data-dir", dataDir.toString()))
          .as(err.toString(StandardCharsets.UTF_8))
          .isZero();
      assertThat(out.toString(StandardCharsets.UTF_8))
          .contains("running")
          .contains("backing up online")
          .contains("Backed up");

      // Changes after the backup, which the restore must not bring back.
      jdbc.sql("UPDATE backup_probe SET state = 'changed after the backup'").update();
      jdbc.sql("INSERT INTO backup_probe VALUES ('added', 'after the backup')").update();
      for (int i = 0; i < 3; i++) {
        audit.record(UUID.randomUUID(), "record", "viewed");
      }
      assertThat(auditEntries(jdbc)).isEqualTo(entriesBackedUp + 3);
    }

    assertThat(command("restore", "--from", backup.toString(), "--data-dir", restored.toString()))
        .as(err.toString(StandardCharsets.UTF_8))
        .isZero();

    try (ConfigurableApplicationContext application = start(restored)) {
      JdbcClient jdbc = application.getBean(JdbcClient.class);
      assertThat(
              jdbc.sql("SELECT name || ': ' || state FROM backup_probe ORDER BY name")
                  .query(String.class)
                  .list())
          .containsExactly("kept: as backed up");
      assertThat(auditEntries(jdbc)).isEqualTo(entriesBackedUp);
      assertThat(lastHash(jdbc)).isEqualTo(lastHashBackedUp);
      AuditChain.Verification verification =
          application.getBean(AuditChainVerification.class).verify();
      assertThat(verification.intact()).isTrue();
      assertThat(verification.checked()).isEqualTo(entriesBackedUp);
    }
    assertThat(Files.readString(restored.resolve("exports/kept.txt")))
        .isEqualTo("a file beside the database");
  }

  @Test
  void aDamagedBackupOrADirectoryNotEmptyIsRefusedWithAPlainMessageAndNothingIsOverwritten()
      throws Exception {
    // A backup as the command writes it, small enough to need no database.
    Path backup = temp.resolve("backup");
    Files.createDirectories(backup.resolve("postgres"));
    Files.writeString(backup.resolve("postgres/PG_VERSION"), "17\n");
    Files.writeString(backup.resolve("postgres/postgresql.conf"), "fsync = on\n");
    Files.writeString(
        backup.resolve(DatabaseBackups.CHECKSUMS),
        sha256("17\n")
            + "  postgres/PG_VERSION\n"
            + sha256("fsync = on\n")
            + "  postgres/postgresql.conf\n");

    Path notEmpty = temp.resolve("in-use");
    Files.createDirectories(notEmpty.resolve("postgres"));
    Files.writeString(notEmpty.resolve("postgres/PG_VERSION"), "17\n");
    assertThat(command("restore", "--from", backup.toString(), "--data-dir", notEmpty.toString()))
        .isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .startsWith("Restore failed: The data directory to restore into")
        .contains("is not empty")
        .doesNotContain("Exception");
    assertThat(Files.readString(notEmpty.resolve("postgres/PG_VERSION"))).isEqualTo("17\n");

    assertThat(command("backup", "--to", backup.toString(), "--data-dir", notEmpty.toString()))
        .isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .startsWith("Backup failed: The backup directory")
        .contains("is not empty");

    assertThat(
            command(
                "backup",
                "--to",
                notEmpty.resolve("backups").toString(),
                "--data-dir",
                notEmpty.toString()))
        .isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("is inside the data directory");

    assertThat(command("restore", "--from", temp.resolve("nothing").toString())).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("is not a Strengths backup");

    assertThat(command("backup")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("--to is required.");

    Files.writeString(
        backup.resolve("postgres/postgresql.conf"), "fsync = off\n", StandardOpenOption.APPEND);
    Path target = temp.resolve("restored");
    assertThat(command("restore", "--from", backup.toString(), "--data-dir", target.toString()))
        .isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("is damaged: postgres/postgresql.conf does not match its SHA-256");
    assertThat(Files.exists(target)).isFalse();
  }

  private static String sha256(String text) throws Exception {
    return HexFormat.of()
        .formatHex(
            MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  private int command(String... args) {
    out.reset();
    err.reset();
    return DatabaseBackups.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private static ConfigurableApplicationContext start(Path dataDir) {
    return new SpringApplicationBuilder(StrengthsApplication.class)
        .profiles("test")
        .run(
            "--server.port=0",
            "--strengths.database.ephemeral=false",
            "--strengths.demo=false",
            "--strengths.data-dir=" + dataDir);
  }

  private static long auditEntries(JdbcClient jdbc) {
    return jdbc.sql("SELECT count(*) FROM audit_entry").query(Long.class).single();
  }

  private static String lastHash(JdbcClient jdbc) {
    List<String> hashes =
        jdbc.sql("SELECT hash FROM audit_entry ORDER BY seq DESC LIMIT 1")
            .query(String.class)
            .list();
    return hashes.isEmpty() ? null : hashes.get(0);
  }
}
