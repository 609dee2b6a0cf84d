package org.strengths.assessment;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.strengths.conversation.ConversationRecorded;

/**
 * Derives the CLD event of each completed conversation in the transaction that records it, behind a
 * savepoint (docs/adr/0184): the event commits with the conversation or not at all, and a problem
 * deriving it rolls back to the savepoint and never loses the conversation.
 */
@Component
class CldEventListener {

  private static final Logger log = LoggerFactory.getLogger(CldEventListener.class);

  private final AssessmentCldEvents events;
  private final TransactionTemplate savepoint;

  CldEventListener(AssessmentCldEvents events, PlatformTransactionManager transactions) {
    this.events = events;
    this.savepoint = new TransactionTemplate(transactions);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  @EventListener
  void on(ConversationRecorded recorded) {
    derive(recorded);
  }

  /** Derives the conversation's event behind a savepoint; whether it was. */
  boolean derive(ConversationRecorded recorded) {
    try {
      savepoint.executeWithoutResult(
          status ->
              events.derive(recorded.personId(), CldEventRule.forConversation(recorded), "system"));
      return true;
    } catch (RuntimeException failed) {
      log.error(
          "The CLD event of conversation {} could not be derived; the conversation is saved without"
              + " one",
          recorded.conversationId(),
          failed);
      return false;
    }
  }
}
