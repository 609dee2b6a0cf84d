package org.strengths.platform;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Counters of the practice the service records, beside Spring Boot's request, database pool and JVM
 * metrics. Each instance counts its own; Prometheus adds the instances up. Scraped at
 * /actuator/prometheus as {@code strengths_conversations_recorded_total} and {@code
 * strengths_cld_events_derived_total}; both are there (at 0) from the start.
 *
 * <p>Called inside a transaction, a count is made once it commits, so work that rolls back is never
 * counted; called outside one, at once. Callers need not care which.
 */
@Component
public class PracticeMetrics {

  static final String CONVERSATIONS_RECORDED = "strengths.conversations.recorded";
  static final String CLD_EVENTS_DERIVED = "strengths.cld.events.derived";

  private final Counter conversationsRecorded;
  private final Counter cldEventsDerived;

  public PracticeMetrics(MeterRegistry registry) {
    this.conversationsRecorded =
        Counter.builder(CONVERSATIONS_RECORDED)
            .description("Conversations saved as complete for the first time")
            .register(registry);
    this.cldEventsDerived =
        Counter.builder(CLD_EVENTS_DERIVED)
            .description("CLD events derived (or derived again) from practice")
            .register(registry);
  }

  /** A conversation was saved as complete for the first time. */
  public void conversationRecorded() {
    onceCommitted(conversationsRecorded);
  }

  /** A CLD event was derived, or derived again, from a conversation, assessment or plan. */
  public void cldEventDerived() {
    onceCommitted(cldEventsDerived);
  }

  private static void onceCommitted(Counter counter) {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              counter.increment();
            }
          });
    } else {
      counter.increment();
    }
  }
}
