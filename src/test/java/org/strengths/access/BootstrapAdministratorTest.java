package org.strengths.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;
import org.strengths.platform.StrengthsProperties;

/**
 * A council's first start in production creates the administrator named in its environment. Two
 * instances starting together on the same empty database must create one account between them, and
 * both must start.
 */
@AccessIntegrationTest
class BootstrapAdministratorTest {

  @Autowired DataSource shared;
  @Autowired PasswordEncoder passwords;

  @Test
  void twoInstancesStartingTogetherOnAnEmptyDatabaseCreateOneAdministratorAndBothStart()
      throws Exception {
    DataSource empty = anEmptyMigratedDatabase();
    TransactionTemplate transactions =
        new TransactionTemplate(new DataSourceTransactionManager(empty));
    CountDownLatch firstHasCreatedIt = new CountDownLatch(1);
    // Two threads of their own: the common pool may have only one on a two-core machine.
    ExecutorService instances = Executors.newFixedThreadPool(2);

    // The first instance creates the account and, before its transaction commits, the second
    // instance starts: it must wait and then find the account, not create another.
    CompletableFuture<Void> first =
        CompletableFuture.runAsync(
            () ->
                transactions.executeWithoutResult(
                    status -> {
                      setup(empty).run(new DefaultApplicationArguments());
                      firstHasCreatedIt.countDown();
                      pause();
                    }),
            instances);
    assertThat(firstHasCreatedIt.await(60, TimeUnit.SECONDS)).isTrue();
    CompletableFuture<Void> second =
        CompletableFuture.runAsync(
            () ->
                transactions.executeWithoutResult(
                    status -> setup(empty).run(new DefaultApplicationArguments())),
            instances);

    first.get(60, TimeUnit.SECONDS);
    second.get(60, TimeUnit.SECONDS);
    instances.shutdown();
    assertThat(
            JdbcClient.create(empty)
                .sql("SELECT count(*) FROM access_staff WHERE role = 'ADMIN'")
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  private StaffSetup setup(DataSource database) {
    return new StaffSetup(
        JdbcClient.create(database),
        passwords,
        new StrengthsProperties(Path.of("unused"), false),
        new SignInProperties(true, new SignInProperties.Oidc(null, null, null, "", "email", null)),
        "first.admin@council.example",
        "a long first password",
        "");
  }

  private DataSource anEmptyMigratedDatabase() {
    String name = "bootstrap_" + UUID.randomUUID().toString().replace("-", "");
    JdbcClient.create(shared).sql("CREATE DATABASE " + name).update();
    String url =
        ((HikariDataSource) shared)
            .getJdbcUrl()
            .replaceFirst("/postgres(\\?|$)", "/" + name + "$1");
    DataSource database = new DriverManagerDataSource(url, "postgres", "");
    Flyway.configure()
        .dataSource(database)
        .locations("classpath:db/migration")
        .outOfOrder(true)
        .load()
        .migrate();
    return database;
  }

  private static void pause() {
    try {
      Thread.sleep(1_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
