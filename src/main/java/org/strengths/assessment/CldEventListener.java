package org.strengths.assessment;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.strengths.conversation.ConversationRecorded;

/**
 * Derives the CLD event of each completed conversation once it is committed, in its own
 * transaction: a problem deriving the code never loses the conversation, and the data-quality page
 * shows what is missing.
 */
@Component
class CldEventListener {

  private final AssessmentCldEvents events;

  CldEventListener(AssessmentCldEvents events) {
    this.events = events;
  }

  @TransactionalEventListener(fallbackExecution = true)
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  void on(ConversationRecorded recorded) {
    events.derive(recorded.personId(), CldEventRule.forConversation(recorded), "system");
  }
}
