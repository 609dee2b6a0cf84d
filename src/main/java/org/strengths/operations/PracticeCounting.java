package org.strengths.operations;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.strengths.conversation.ConversationRecorded;
import org.strengths.platform.PracticeMetrics;

/**
 * Counts each conversation recorded once its transaction has committed (a save that rolls back is
 * not counted). A plain listener with a commit callback rather than a transactional event listener,
 * so counting adds no row to the event publication registry.
 */
@Component
class PracticeCounting {

  private final PracticeMetrics metrics;

  PracticeCounting(PracticeMetrics metrics) {
    this.metrics = metrics;
  }

  @EventListener
  void on(ConversationRecorded recorded) {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              metrics.conversationRecorded();
            }
          });
    } else {
      metrics.conversationRecorded();
    }
  }
}
