package org.strengths.conversation;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A conversation was saved as complete for the first time (drafts never publish this).
 *
 * @param number 1 for the person's first conversation, then 2, 3…
 * @param stage the stage's stable code: {@code listen-and-connect}, {@code crisis} or {@code
 *     good-life} (labels can be renamed; codes never change)
 * @param outcome the CLD Event_Outcome chosen, exactly as the national list spells it
 * @param routeOfAccess when this conversation is the first on a request received through {@link
 *     ConversationRequests} (such as one made online), that request's CLD Request_Route_of_Access;
 *     otherwise null
 */
public record ConversationRecorded(
    UUID conversationId,
    UUID personId,
    LocalDate heldOn,
    int number,
    String stage,
    String outcome,
    String routeOfAccess) {

  /** A conversation that answers no request received with a route of access. */
  public ConversationRecorded(
      UUID conversationId,
      UUID personId,
      LocalDate heldOn,
      int number,
      String stage,
      String outcome) {
    this(conversationId, personId, heldOn, number, stage, outcome, null);
  }

  /**
   * Whether this conversation is the first on a request: the person's first, or a new request's.
   */
  public boolean firstOnRequest() {
    return number <= 1 || routeOfAccess != null;
  }
}
