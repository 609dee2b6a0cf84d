package org.strengths.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a start does with a postmaster.pid left in the data directory (ADR 0020). */
class PersistentEmbeddedDatabaseTest {

  @TempDir Path directory;

  @Test
  void aProcessThatIsNotPostgresqlIsLeftAloneEvenIfPostmasterPidNamesIt() throws Exception {
    Process other = new ProcessBuilder("sleep", "60").start();
    try {
      cluster(other.pid());

      PersistentEmbeddedDatabase.stopLeftoverPostmaster(directory);

      assertThat(other.waitFor(500, TimeUnit.MILLISECONDS)).isFalse();
      assertThat(other.isAlive()).isTrue();
    } finally {
      other.destroyForcibly();
    }
  }

  @Test
  void aPostmasterPidOfAProcessThatHasGoneIsLeftForPostgresqlToRecoverFrom() throws Exception {
    Process gone = new ProcessBuilder("true").start();
    gone.waitFor();
    cluster(gone.pid());

    PersistentEmbeddedDatabase.stopLeftoverPostmaster(directory);

    assertThat(PersistentEmbeddedDatabase.postmasterPid(directory)).contains(gone.pid());
  }

  @Test
  void aDataDirectoryInUseByARunningApplicationIsRefusedNotTakenOver(@TempDir Path source)
      throws Exception {
    // another JVM holds the directory's lock, as a running application does
    Path holder = source.resolve("HoldLock.java");
    Files.writeString(
        holder,
        """
        import java.nio.channels.FileChannel;
        import java.nio.file.*;
        public class HoldLock {
          public static void main(String[] args) throws Exception {
            FileChannel channel = FileChannel.open(Path.of(args[0]),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            channel.lock();
            System.out.println("locked");
            Thread.sleep(60_000);
          }
        }
        """);
    String java = ProcessHandle.current().info().command().orElse("java");
    Process application =
        new ProcessBuilder(java, holder.toString(), directory.resolve("epg-lock").toString())
            .redirectErrorStream(true)
            .start();
    try {
      assertThat(application.inputReader().readLine()).isEqualTo("locked");
      cluster(application.pid());

      assertThatThrownBy(() -> PersistentEmbeddedDatabase.stopLeftoverPostmaster(directory))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("Another running application uses the database in");
      assertThat(application.isAlive()).isTrue();
    } finally {
      application.destroyForcibly();
    }
  }

  @Test
  void aServerStartedEarlyIsTheOneTheContextOpensAndStopsWhenItCloses() {
    PersistentEmbeddedDatabase.startEarly(directory);

    PersistentEmbeddedDatabase database = PersistentEmbeddedDatabase.open(directory);
    PersistentEmbeddedDatabase.closeUnclaimed(); // the context has claimed it: nothing to stop

    assertThat(database.running()).isTrue();
    database.close();
    assertThat(directory.resolve("postmaster.pid")).doesNotExist();
  }

  @Test
  void aServerStartedEarlyThatNoContextTookIsStopped() {
    PersistentEmbeddedDatabase.startEarly(directory);

    PersistentEmbeddedDatabase.closeUnclaimed();

    assertThat(directory.resolve("postmaster.pid")).doesNotExist();
    assertThat(directory.resolve("PG_VERSION")).exists();
  }

  @Test
  void aNewDataDirectoryHasNothingToStop() throws Exception {
    PersistentEmbeddedDatabase.stopLeftoverPostmaster(directory);

    assertThat(Files.list(directory)).isEmpty();
  }

  private void cluster(long pid) throws Exception {
    Files.writeString(directory.resolve("postgresql.conf"), "");
    Files.writeString(
        directory.resolve("postmaster.pid"), pid + "\n" + directory + "\n1700000000\n5432\n");
  }
}
