package org.strengths.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

@AccessIntegrationTest
class AuditLogDatabaseTest {

  @Autowired AuditLog audit;
  @Autowired JdbcClient jdbc;
  @Autowired AuditChainVerification verification;
  @Autowired VerifyAuditLogCommand command;
  @Autowired TransactionTemplate transactions;

  @Test
  void theDatabaseItselfRefusesToChangeAnAuditEntry() {
    long seq = appendOne();

    assertThatThrownBy(
            () ->
                jdbc.sql("UPDATE audit_entry SET action = 'nothing' WHERE seq = :seq")
                    .param("seq", seq)
                    .update())
        .isInstanceOf(DataAccessException.class)
        .rootCause()
        .hasMessageContaining("audit_entry is append-only: UPDATE is not allowed");
  }

  @Test
  void theDatabaseItselfRefusesToDeleteAnAuditEntry() {
    long seq = appendOne();

    assertThatThrownBy(
            () -> jdbc.sql("DELETE FROM audit_entry WHERE seq = :seq").param("seq", seq).update())
        .isInstanceOf(DataAccessException.class)
        .rootCause()
        .hasMessageContaining("audit_entry is append-only: DELETE is not allowed");
  }

  @Test
  void theDatabaseItselfRefusesToEmptyTheAuditLog() {
    appendOne();

    assertThatThrownBy(() -> jdbc.sql("TRUNCATE audit_entry").update())
        .isInstanceOf(DataAccessException.class)
        .rootCause()
        .hasMessageContaining("audit_entry is append-only: TRUNCATE is not allowed");
  }

  @Test
  void theChainVerifiesAsIntactAfterSeveralAppends() {
    long before = verification.verify().checked();
    UUID person = UUID.randomUUID();
    for (int i = 0; i < 5; i++) {
      audit.record(person, "record", "view");
    }
    audit.record(person, "record", "break-glass", "Safeguarding concern at night", "detail");

    AuditChain.Verification result = verification.verify();

    assertThat(result.intact()).isTrue();
    assertThat(result.checked()).isGreaterThanOrEqualTo(before + 6);
  }

  @Test
  void theCommandLineCheckPrintsIntactAndExitsWithZero() {
    appendOne();
    ByteArrayOutputStream printed = new ByteArrayOutputStream();

    int status = command.execute(new PrintStream(printed, true, StandardCharsets.UTF_8));

    assertThat(status).isZero();
    assertThat(printed.toString(StandardCharsets.UTF_8))
        .matches("Audit log: \\d+ entries checked, chain intact\\R");
  }

  @Test
  void entriesOfATransactionAreChainedAsItCommitsWithoutHoldingTheChainBefore() {
    UUID person = UUID.randomUUID();

    Boolean othersCouldAppend =
        transactions.execute(
            status -> {
              audit.record(person, "record", "view");
              audit.record(person, "conversation", "create");
              assertThat(entriesOf(person)).isZero();
              return CompletableFuture.supplyAsync(this::chainIsFree).join();
            });

    assertThat(othersCouldAppend).isTrue();
    assertThat(
            jdbc.sql("SELECT max(seq) - min(seq) FROM audit_entry WHERE person_id = :person")
                .param("person", person)
                .query(Long.class)
                .single())
        .isEqualTo(1L);
    assertThat(verification.verify().intact()).isTrue();
  }

  @Test
  void aTransactionRolledBackLeavesNoEntry() {
    UUID person = UUID.randomUUID();

    transactions.executeWithoutResult(
        status -> {
          audit.record(person, "record", "view");
          status.setRollbackOnly();
        });

    assertThat(entriesOf(person)).isZero();
  }

  @Test
  void anEntryRecordedWhileTheTransactionCommitsIsStillChained() {
    UUID person = UUID.randomUUID();

    transactions.executeWithoutResult(
        status ->
            TransactionSynchronizationManager.registerSynchronization(
                new TransactionSynchronization() {
                  @Override
                  public void beforeCommit(boolean readOnly) {
                    audit.record(person, "record", "view");
                  }
                }));

    assertThat(entriesOf(person)).isEqualTo(1);
    assertThat(verification.verify().intact()).isTrue();
  }

  private boolean chainIsFree() {
    return jdbc.sql("SELECT pg_try_advisory_xact_lock(:key)")
        .param("key", AuditLog.CHAIN_LOCK)
        .query(Boolean.class)
        .single();
  }

  private int entriesOf(UUID person) {
    return jdbc.sql("SELECT count(*) FROM audit_entry WHERE person_id = :person")
        .param("person", person)
        .query(Integer.class)
        .single();
  }

  private long appendOne() {
    UUID person = UUID.randomUUID();
    audit.record(person, "record", "view");
    return jdbc.sql("SELECT max(seq) FROM audit_entry WHERE person_id = :person")
        .param("person", person)
        .query(Long.class)
        .single();
  }
}
