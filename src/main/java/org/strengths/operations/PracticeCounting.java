package org.strengths.operations;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.strengths.conversation.ConversationRecorded;
import org.strengths.platform.PracticeMetrics;

/**
 * Counts each conversation recorded, once its transaction has committed ({@link PracticeMetrics}
 * waits for the commit). A plain listener rather than a transactional event listener, so counting
 * adds no row to the event publication registry.
 */
@Component
class PracticeCounting {

  private final PracticeMetrics metrics;

  PracticeCounting(PracticeMetrics metrics) {
    this.metrics = metrics;
  }

  @EventListener
  void on(ConversationRecorded recorded) {
    metrics.conversationRecorded();
  }
}
