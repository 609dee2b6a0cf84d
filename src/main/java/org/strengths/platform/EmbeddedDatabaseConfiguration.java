package org.strengths.platform;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts PostgreSQL inside the application so that one command runs everything. Production sets
 * {@code strengths.database.embedded=false} and points {@code spring.datasource.*} at a managed
 * server instead.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(
    name = "strengths.database.embedded",
    havingValue = "true",
    matchIfMissing = true)
class EmbeddedDatabaseConfiguration {

  @Bean
  DataSource dataSource(
      StrengthsProperties properties,
      @Value("${strengths.database.ephemeral:false}") boolean ephemeral) {
    // Tests ask for a throw-away server: one per JVM, in a fresh temporary directory.
    EmbeddedPostgres postgres =
        ephemeral
            ? EmbeddedDatabase.startEphemeral()
            : EmbeddedDatabase.start(properties.dataDir().resolve("postgres"));
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
    config.setUsername("postgres");
    config.setMaximumPoolSize(10);
    config.setPoolName("strengths-embedded");
    if (ephemeral) {
      // Test JVMs stop the server from a shutdown hook that can run while cached test contexts
      // are still closing; failing fast then keeps the JVM from waiting on a dead database.
      config.setConnectionTimeout(1_000);
    }
    return new HikariDataSource(config);
  }

  /** One server per JVM, however many application contexts (tests) ask for it. */
  static final class EmbeddedDatabase {
    private static EmbeddedPostgres running;
    private static Path runningDirectory;

    static synchronized EmbeddedPostgres startEphemeral() {
      if (running != null) {
        return running;
      }
      try {
        Path directory = Files.createTempDirectory("strengths-pg");
        directory.toFile().deleteOnExit();
        return start(directory);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    static synchronized EmbeddedPostgres start(Path directory) {
      if (running != null) {
        if (!runningDirectory.equals(directory)) {
          throw new IllegalStateException(
              "An embedded PostgreSQL is already running in " + runningDirectory);
        }
        return running;
      }
      try {
        Files.createDirectories(directory);
        running =
            EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                .setServerConfig("max_connections", "100")
                .setServerConfig("shared_buffers", "256MB")
                .start();
        runningDirectory = directory;
        // Spring's shutdown handlers run after every application context has closed, so the
        // database outlives the connection pools and listeners that still need it.
        SpringApplication.getShutdownHandlers().add(EmbeddedDatabase::stop);
        return running;
      } catch (IOException e) {
        throw new UncheckedIOException("Could not start embedded PostgreSQL in " + directory, e);
      }
    }

    private static synchronized void stop() {
      try {
        if (running != null) {
          running.close();
        }
      } catch (IOException ignored) {
        // the JVM is exiting; PostgreSQL stops with it
      }
    }
  }
}
