package org.strengths.assessment;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.strengths.conversation.ConversationRecorded;
import org.strengths.conversation.Conversations;

/**
 * Derives the CLD events that recording a conversation could not (docs/adr/0184, revisited): every
 * hour, on one instance (ShedLock), each conversation completed in the last days without its event
 * gets it. Deriving is what {@link CldEventListener} would have done; one that fails again is
 * logged and tried again at the next run.
 */
@Component
class CldEventCatchUp {

  static final String JOB = "assessment-cld-event-catch-up";
  private static final Logger log = LoggerFactory.getLogger(CldEventCatchUp.class);

  private final Conversations conversations;
  private final CldEventListener derivation;
  private final JdbcClient jdbc;
  private final Clock clock;
  private final Duration lookBack;

  CldEventCatchUp(
      Conversations conversations,
      CldEventListener derivation,
      JdbcClient jdbc,
      Clock clock,
      @Value("${strengths.cld.catch-up-look-back:P14D}") Duration lookBack) {
    this.conversations = conversations;
    this.derivation = derivation;
    this.jdbc = jdbc;
    this.clock = clock;
    this.lookBack = lookBack;
  }

  @Scheduled(
      initialDelayString = "${strengths.cld.first-catch-up-after:PT2M}",
      fixedDelayString = "${strengths.cld.catch-up-every:PT1H}")
  @SchedulerLock(name = JOB, lockAtLeastFor = "PT1M", lockAtMostFor = "PT30M")
  public void scheduled() {
    run();
  }

  /** Derives the missing events; how many were derived now. */
  int run() {
    Collection<ConversationRecorded> missing =
        withoutEvent(conversations.completedSince(clock.instant().minus(lookBack)));
    int derived = 0;
    for (ConversationRecorded recorded : missing) {
      if (derivation.derive(recorded)) {
        derived++;
      }
    }
    if (!missing.isEmpty()) {
      log.warn(
          "Derived the missing CLD events of {} of {} conversations completed in the last {}",
          derived,
          missing.size(),
          lookBack);
    }
    return derived;
  }

  private Collection<ConversationRecorded> withoutEvent(List<ConversationRecorded> completed) {
    Map<String, ConversationRecorded> byReference = new LinkedHashMap<>();
    completed.forEach(
        recorded -> byReference.put(CldEventRule.forConversation(recorded).reference(), recorded));
    if (!byReference.isEmpty()) {
      jdbc.sql("SELECT reference FROM cld_event WHERE reference = ANY(:references)")
          .param("references", byReference.keySet().toArray(String[]::new))
          .query(String.class)
          .list()
          .forEach(byReference::remove);
    }
    return byReference.values();
  }
}
