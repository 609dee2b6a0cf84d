package org.strengths.conversation;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One line of a person's list of conversations: enough to find and open it, without its quotes,
 * strengths and actions (a person may have hundreds of conversations).
 */
record ConversationSummary(
    UUID id,
    ConversationStatus status,
    Integer number,
    LocalDate heldOn,
    String stageLabel,
    String outcome) {

  public boolean draft() {
    return status == ConversationStatus.DRAFT;
  }
}
