package org.strengths.conversation;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.strengths.access.AuditLog;
import org.strengths.access.StaffMember;
import org.strengths.person.Caseloads;
import org.strengths.person.Chronology;

/**
 * Saves conversations: drafts as often as the practitioner likes, then complete. Every save is
 * checked against the version the user started from, so a concurrent edit is never overwritten. The
 * first completion numbers the conversation, puts it on the chronology and publishes {@link
 * ConversationRecorded}; later changes go on the chronology too.
 */
@Service
class ConversationRecording {

  sealed interface Outcome permits Saved, Conflict, NotFound {}

  /**
   * @param firstCompletion this save completed the conversation
   */
  record Saved(UUID id, int version, boolean firstCompletion) implements Outcome {}

  /** Someone saved since the user started; this is their version. */
  record Conflict(ConversationView theirs) implements Outcome {}

  /** The conversation does not exist or belongs to someone else. */
  record NotFound() implements Outcome {}

  private final ConversationStore store;
  private final Chronology chronology;
  private final AuditLog audit;
  private final ApplicationEventPublisher events;
  private final MessageSource messages;
  private final Stages stages;
  private final ConversationRequests requests;
  private final Caseloads caseloads;
  private final Clock clock;

  ConversationRecording(
      ConversationStore store,
      Chronology chronology,
      AuditLog audit,
      ApplicationEventPublisher events,
      MessageSource messages,
      Stages stages,
      ConversationRequests requests,
      Caseloads caseloads,
      Clock clock) {
    this.requests = requests;
    this.caseloads = caseloads;
    this.store = store;
    this.chronology = chronology;
    this.audit = audit;
    this.events = events;
    this.messages = messages;
    this.stages = stages;
    this.clock = clock;
  }

  /**
   * Saves a draft: new when {@code conversationId} is null. A completed conversation is never
   * turned back into a draft; it is changed with {@link #complete} instead.
   */
  @Transactional
  Outcome saveDraft(
      UUID personId,
      UUID conversationId,
      int versionSeen,
      ConversationContent content,
      StaffMember by) {
    Instant now = now();
    if (conversationId == null) {
      UUID id = UUID.randomUUID();
      store.insert(
          id, personId, ConversationStatus.DRAFT, null, content, by.id(), by.getUsername(), now);
      audit.record(personId, "conversation", "create", null, "draft " + id);
      return new Saved(id, 0, false);
    }
    ConversationView current = store.find(conversationId).orElse(null);
    if (current == null || !current.personId().equals(personId)) {
      return new NotFound();
    }
    if (!current.draft()) {
      return complete(personId, conversationId, versionSeen, content, by);
    }
    if (!store.update(
        conversationId,
        versionSeen,
        ConversationStatus.DRAFT,
        null,
        content,
        by.getUsername(),
        now)) {
      return new Conflict(store.find(conversationId).orElseThrow());
    }
    audit.record(personId, "conversation", "change", null, "draft " + conversationId);
    return new Saved(conversationId, versionSeen + 1, false);
  }

  /** Saves a conversation as complete: a new one, a draft being completed, or a change. */
  @Transactional
  Outcome complete(
      UUID personId,
      UUID conversationId,
      int versionSeen,
      ConversationContent content,
      StaffMember by) {
    Instant now = now();
    if (conversationId == null) {
      UUID id = UUID.randomUUID();
      int number = store.nextNumber(personId);
      store.insert(
          id,
          personId,
          ConversationStatus.COMPLETE,
          number,
          content,
          by.id(),
          by.getUsername(),
          now);
      recorded(id, personId, number, content);
      return new Saved(id, 0, true);
    }
    ConversationView current = store.find(conversationId).orElse(null);
    if (current == null || !current.personId().equals(personId)) {
      return new NotFound();
    }
    boolean first = current.draft();
    Integer number = first ? store.nextNumber(personId) : current.number();
    if (!store.update(
        conversationId,
        versionSeen,
        ConversationStatus.COMPLETE,
        number,
        content,
        by.getUsername(),
        now)) {
      return new Conflict(store.find(conversationId).orElseThrow());
    }
    if (first) {
      recorded(conversationId, personId, number, content);
    } else {
      audit.record(personId, "conversation", "change", null, conversationId.toString());
      chronology.add(
          personId,
          "conversation-changed",
          text("conversation.chronology.changed", number, stageLabel(content.stage())));
    }
    return new Saved(conversationId, versionSeen + 1, first);
  }

  private void recorded(UUID id, UUID personId, int number, ConversationContent content) {
    audit.record(personId, "conversation", "create", null, id.toString());
    chronology.add(
        personId,
        "conversation-recorded",
        text("conversation.chronology.recorded", number, stageLabel(content.stage())));
    if (number == 1) {
      caseloads.firstConversationsHeld(List.of(personId));
    }
    String route = requests.answer(personId, id).orElse(null);
    events.publishEvent(
        new ConversationRecorded(
            id, personId, content.heldOn(), number, content.stage(), content.outcome(), route));
  }

  private String stageLabel(String code) {
    return stages.find(code).map(Stages.Stage::label).orElse("");
  }

  private String text(String key, Object... arguments) {
    return messages.getMessage(key, arguments, java.util.Locale.UK);
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}
