package org.strengths.platform;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

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

  /** Whether the conditions below choose the persistent embedded database. */
  static boolean choosesPersistentDatabase(Environment environment) {
    return environment.getProperty("strengths.database.embedded", Boolean.class, true)
        && !environment.getProperty("strengths.database.ephemeral", Boolean.class, false);
  }

  /** The database people run with: durable, watched, stopped after everything that uses it. */
  @Bean(destroyMethod = "close")
  @ConditionalOnProperty(
      name = "strengths.database.ephemeral",
      havingValue = "false",
      matchIfMissing = true)
  PersistentEmbeddedDatabase persistentEmbeddedDatabase(StrengthsProperties properties) {
    return PersistentEmbeddedDatabase.open(cluster(properties));
  }

  /** Where the embedded PostgreSQL keeps its files: under the application's data directory. */
  static Path cluster(StrengthsProperties properties) {
    return properties.dataDir().resolve("postgres");
  }

  /**
   * Depends on the database bean, so Spring closes the pool (and, before it, everything that uses
   * it) before the database stops.
   */
  @Bean("dataSource")
  @ConditionalOnProperty(
      name = "strengths.database.ephemeral",
      havingValue = "false",
      matchIfMissing = true)
  DataSource persistentDataSource(PersistentEmbeddedDatabase database) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(database.jdbcUrl());
    config.setUsername("postgres");
    config.setMaximumPoolSize(10);
    // Two connections at rest, each a PostgreSQL backend of its own; up to ten under load, closed
    // again after ten idle minutes (docs/adr/0070).
    config.setMinimumIdle(2);
    // A batch of inserts goes as multi-row INSERTs: the demo council's 57,600 postcodes in about
    // 450 statements rather than one each (docs/adr/0070). Nothing reads batch update counts.
    config.addDataSourceProperty("reWriteBatchedInserts", "true");
    config.setPoolName("strengths-embedded");
    // While PostgreSQL is being started again a request waits this long for a connection, then
    // gets the "service unavailable" page rather than hanging.
    config.setConnectionTimeout(5_000);
    return new HikariDataSource(config);
  }

  /**
   * DOWN while the embedded PostgreSQL is down or being started again. Named as Spring Boot's own
   * database indicator so that it replaces it: that one waits for a connection (up to the pool's
   * timeout), so a health check made while PostgreSQL restarts would answer UP once it is back
   * rather than DOWN while it is not.
   */
  @Bean("dbHealthIndicator")
  @ConditionalOnProperty(
      name = "strengths.database.ephemeral",
      havingValue = "false",
      matchIfMissing = true)
  HealthIndicator embeddedDatabaseHealthIndicator(PersistentEmbeddedDatabase database) {
    return () ->
        database.running()
            ? Health.up().build()
            : Health.down().withDetail("postgres", "starting again").build();
  }

  /** Tests ask for a throw-away server: one per JVM, in a fresh temporary directory. */
  @Bean("dataSource")
  @ConditionalOnProperty(name = "strengths.database.ephemeral", havingValue = "true")
  DataSource ephemeralDataSource() {
    EmbeddedPostgres postgres = EmbeddedDatabase.startEphemeral();
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
    config.setUsername("postgres");
    config.setMaximumPoolSize(10);
    // Each cached test context keeps its own pool: two idle connections each, not ten, keeps a
    // test JVM's many contexts within the server's connections.
    config.setMinimumIdle(2);
    config.setPoolName("strengths-embedded");
    // Test JVMs stop the server from a shutdown hook that can run while cached test contexts
    // are still closing; failing fast then keeps the JVM from waiting on a dead database.
    config.setConnectionTimeout(1_000);
    return new HikariDataSource(config);
  }

  /**
   * One server per JVM, however many application contexts (tests) ask for it. It keeps the
   * library's defaults of fsync and synchronous commit off: its data is thrown away anyway.
   */
  static final class EmbeddedDatabase {
    private static EmbeddedPostgres running;

    static synchronized EmbeddedPostgres startEphemeral() {
      if (running != null) {
        return running;
      }
      try {
        Path directory = Files.createTempDirectory("strengths-pg");
        directory.toFile().deleteOnExit();
        running =
            EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                .setServerConfig("max_connections", "300")
                .setServerConfig("shared_buffers", "256MB")
                .start();
        // Spring's shutdown handlers run after every application context has closed, so the
        // database outlives the connection pools and listeners that still need it.
        SpringApplication.getShutdownHandlers().add(EmbeddedDatabase::stop);
        return running;
      } catch (IOException e) {
        throw new UncheckedIOException("Could not start embedded PostgreSQL", e);
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
