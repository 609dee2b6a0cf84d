package org.strengths.operations;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.strengths.conversation.ConversationRecorded;
import org.strengths.platform.PracticeMetrics;

class PracticeCountingTest {

  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final PracticeCounting counting = new PracticeCounting(new PracticeMetrics(registry));

  @AfterEach
  void clearTransaction() {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.clearSynchronization();
    }
  }

  @Test
  void countsAConversationRecordedOutsideATransactionAtOnce() {
    counting.on(recorded());

    assertThat(recordedCount()).isEqualTo(1);
  }

  @Test
  void countsAConversationOnlyOnceItsTransactionHasCommitted() {
    TransactionSynchronizationManager.initSynchronization();

    counting.on(recorded());
    assertThat(recordedCount()).isZero();

    TransactionSynchronizationManager.getSynchronizations()
        .forEach(TransactionSynchronization::afterCommit);
    assertThat(recordedCount()).isEqualTo(1);
  }

  @Test
  void doesNotCountAConversationWhoseSaveRolledBack() {
    TransactionSynchronizationManager.initSynchronization();

    counting.on(recorded());
    TransactionSynchronizationManager.getSynchronizations()
        .forEach(
            synchronization ->
                synchronization.afterCompletion(TransactionSynchronization.STATUS_ROLLED_BACK));

    assertThat(recordedCount()).isZero();
  }

  @Test
  void countsACldEventDerivedOnlyOnceItsTransactionHasCommitted() {
    PracticeMetrics metrics = new PracticeMetrics(registry);
    TransactionSynchronizationManager.initSynchronization();

    metrics.cldEventDerived();
    assertThat(derivedCount()).isZero();

    TransactionSynchronizationManager.getSynchronizations()
        .forEach(TransactionSynchronization::afterCommit);
    assertThat(derivedCount()).isEqualTo(1);
  }

  @Test
  void startsBothCountersAtZero() {
    assertThat(recordedCount()).isZero();
    assertThat(derivedCount()).isZero();
  }

  private double derivedCount() {
    return registry.get("strengths.cld.events.derived").counter().count();
  }

  private double recordedCount() {
    return registry.get("strengths.conversations.recorded").counter().count();
  }

  private static ConversationRecorded recorded() {
    return new ConversationRecorded(
        UUID.randomUUID(),
        UUID.randomUUID(),
        LocalDate.of(2026, 7, 14),
        1,
        "listen-and-connect",
        "Progress to Assessment");
  }
}
