package org.strengths.conversation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.strengths.platform.web.ListPage;

/**
 * Reads conversations for the rest of the module (assessment, carer's conversation, CLD events). It
 * does not check who may see them: callers check {@code PersonAccess} and audit the view first.
 */
@Service
public class Conversations {

  private final ConversationStore store;

  Conversations(ConversationStore store) {
    this.store = store;
  }

  /** One conversation, draft or complete. */
  public Optional<ConversationView> find(UUID conversationId) {
    return store.find(conversationId);
  }

  /**
   * The conversations first completed at or after {@code since}, oldest first, each as {@link
   * ConversationRecorded} published it (for the CLD events' catch-up).
   */
  public List<ConversationRecorded> completedSince(Instant since) {
    return store.completedSince(since);
  }

  /** The person's conversations: drafts first, then the newest held first. */
  List<ConversationView> forPerson(UUID personId) {
    return store.forPerson(personId);
  }

  /**
   * One page of the person's list of conversations, drafts first, then the newest, without their
   * quotes and rows.
   */
  List<ConversationSummary> summariesFor(UUID personId, ListPage listPage) {
    return store.summariesFor(personId, listPage.offset(), listPage.size());
  }

  /** How many conversations, drafts included, the person has. */
  long countFor(UUID personId) {
    return store.countFor(personId);
  }

  /** How many of the person's conversations are drafts. */
  long countDraftsFor(UUID personId) {
    return store.countDraftsFor(personId);
  }

  /** The person's completed conversations, newest first. */
  public List<ConversationView> completedForPerson(UUID personId) {
    return store.forPerson(personId).stream().filter(view -> !view.draft()).toList();
  }

  /** The person's latest completed conversations, newest first: only as many as are wanted. */
  List<ConversationView> latestCompleted(UUID personId, int limit) {
    return store.latestCompleted(personId, limit);
  }

  /** The strengths of the person's latest completed conversation, to carry forward. */
  List<Strength> latestStrengths(UUID personId) {
    return store.latestStrengths(personId);
  }
}
