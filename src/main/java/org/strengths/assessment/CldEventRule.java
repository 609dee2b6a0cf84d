package org.strengths.assessment;

import java.time.LocalDate;
import java.util.UUID;
import org.strengths.conversation.ConversationRecorded;

/**
 * Derives the Client Level Data event that a piece of practice yields, so that practitioners never
 * type CLD codes (domain reference §3.3, §7.2, §10 B.9): the first conversation on a new request is
 * a Request; a later conversation, which makes no eligibility decision, is a Short Term Assessment;
 * a Care Act eligibility determination is a Long Term Assessment. Event_Description carries
 * "Initial conversation" / "Conversation 2" … so that a three conversations model can be seen in
 * the national data.
 *
 * <p>References are built from the source's own id, so deriving again yields the same reference and
 * the extract never renumbers history.
 */
final class CldEventRule {

  static final String REQUEST = "Request";
  static final String ASSESSMENT = "Assessment";
  static final String SHORT_TERM = "Short Term Assessment";
  static final String LONG_TERM = "Long Term Assessment";
  static final String INITIAL_CONVERSATION = "Initial conversation";
  static final String DETERMINATION = "Care Act eligibility determination";
  static final String PROGRESS_TO_SUPPORT_PLANNING = "Progress to Support Planning / Services";
  static final String NFA_INFORMATION_AND_ADVICE = "NFA - Information & Advice / Signposting only";

  static final String CONVERSATION_SOURCE = "conversation";
  static final String DETERMINATION_SOURCE = "eligibility";

  private CldEventRule() {}

  /** A derived event, before anyone corrects it. */
  record Derived(
      String reference,
      String sourceKind,
      UUID sourceId,
      String eventType,
      String assessmentType,
      String description,
      String outcome,
      LocalDate startDate,
      LocalDate endDate,
      String routeOfAccess) {}

  /**
   * The event for a completed conversation.
   *
   * @param number the conversation's place in the person's current request: 1 for the first
   * @param outcome the conversation's outcome, already a CLD Event_Outcome code (may be missing)
   */
  static Derived forConversation(
      UUID conversationId, LocalDate heldOn, int number, String outcome) {
    return forConversation(conversationId, heldOn, number, outcome, null);
  }

  /** The event for a conversation recorded as complete, as the conversation module published it. */
  static Derived forConversation(ConversationRecorded recorded) {
    return forConversation(
        recorded.conversationId(),
        recorded.heldOn(),
        recorded.number(),
        recorded.outcome(),
        recorded.routeOfAccess());
  }

  /**
   * The event for a completed conversation that may answer a request received with its route of
   * access (such as one made online): that conversation is the Request, whatever its number, and
   * carries the route (Request_Route_of_Access).
   *
   * @param routeOfAccess the answered request's route, or null when it answers none
   */
  static Derived forConversation(
      UUID conversationId, LocalDate heldOn, int number, String outcome, String routeOfAccess) {
    String route = blankToNull(routeOfAccess);
    boolean first = number <= 1 || route != null;
    return new Derived(
        reference("CONV", conversationId),
        CONVERSATION_SOURCE,
        conversationId,
        first ? REQUEST : ASSESSMENT,
        first ? null : SHORT_TERM,
        description(number),
        blankToNull(outcome),
        heldOn,
        heldOn,
        first ? route : null);
  }

  /**
   * The event for an eligibility determination once a manager has signed it off: it runs from the
   * start of the needs assessment to the sign-off.
   */
  static Derived forDetermination(
      UUID determinationId, LocalDate assessmentStarted, LocalDate signedOff, boolean eligible) {
    return new Derived(
        reference("ELIG", determinationId),
        DETERMINATION_SOURCE,
        determinationId,
        ASSESSMENT,
        LONG_TERM,
        DETERMINATION,
        eligible ? PROGRESS_TO_SUPPORT_PLANNING : NFA_INFORMATION_AND_ADVICE,
        assessmentStarted,
        signedOff,
        null);
  }

  /** "Initial conversation" for the first, then "Conversation 2", "Conversation 3" … */
  static String description(int number) {
    return number <= 1 ? INITIAL_CONVERSATION : "Conversation " + number;
  }

  static String reference(String prefix, UUID sourceId) {
    return prefix + "-" + sourceId;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
