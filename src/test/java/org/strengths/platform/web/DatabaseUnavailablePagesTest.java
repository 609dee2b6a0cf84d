package org.strengths.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

class DatabaseUnavailablePagesTest {

  @Test
  void noConnectionWithinTheTimeoutIsTheDatabaseBeingUnavailable() {
    Exception timeout =
        new CannotCreateTransactionException(
            "Could not open JDBC Connection for transaction",
            new SQLTransientConnectionException("Connection is not available"));

    assertThat(DatabaseUnavailablePages.databaseUnavailable(timeout)).isTrue();
    assertThat(
            DatabaseUnavailablePages.databaseUnavailable(
                new CannotGetJdbcConnectionException("no connection")))
        .isTrue();
  }

  @Test
  void aConnectionLostMidRequestIsTheDatabaseBeingUnavailable() {
    Exception lost =
        new IllegalStateException(
            "rendering failed",
            new SQLException(
                "FATAL: terminating connection due to unexpected postmaster exit", "57P01"));
    Exception starting = new SQLException("FATAL: the database system is starting up", "57P03");
    Exception brokenPipe = new SQLException("An I/O error occurred", "08006");

    assertThat(DatabaseUnavailablePages.databaseUnavailable(lost)).isTrue();
    assertThat(DatabaseUnavailablePages.databaseUnavailable(starting)).isTrue();
    assertThat(DatabaseUnavailablePages.databaseUnavailable(brokenPipe)).isTrue();
  }

  @Test
  void aRollbackThatFailsAfterTheConnectionWasLostIsTheDatabaseBeingUnavailable() {
    TransactionSystemException rollbackFailed =
        new TransactionSystemException(
            "JDBC rollback failed", new SQLException("Connection is closed"));
    rollbackFailed.initApplicationException(
        new DataAccessResourceFailureException("connection lost"));
    TransactionSystemException commitThenRollbackFailed =
        new TransactionSystemException(
            "JDBC rollback failed", new SQLException("Connection is closed"));

    assertThat(DatabaseUnavailablePages.databaseUnavailable(rollbackFailed)).isTrue();
    assertThat(DatabaseUnavailablePages.databaseUnavailable(commitThenRollbackFailed)).isTrue();
  }

  @Test
  void otherFailuresAreNot() {
    assertThat(
            DatabaseUnavailablePages.databaseUnavailable(
                new DataIntegrityViolationException("duplicate key")))
        .isFalse();
    assertThat(DatabaseUnavailablePages.databaseUnavailable(new SQLException("syntax", "42601")))
        .isFalse();
    assertThat(
            DatabaseUnavailablePages.databaseUnavailable(
                new TransactionSystemException(
                    "rollback failed", new SQLException("read only", "25006"))))
        .isFalse();
    assertThat(DatabaseUnavailablePages.databaseUnavailable(new IllegalStateException())).isFalse();
  }
}
