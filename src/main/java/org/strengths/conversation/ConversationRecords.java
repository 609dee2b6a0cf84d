package org.strengths.conversation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.strengths.access.StaffMember;

/**
 * The conversation module's API for recording conversations from another module (the demo council):
 * the same saving as the conversation pages, with its audit, chronology and {@link
 * ConversationRecorded} event. Callers have checked that {@code by} may change the person's record.
 */
@Service
public class ConversationRecords {

  /**
   * What was said and agreed in a conversation, as a practitioner would type it.
   *
   * @param stage a stage code, e.g. {@code listen-and-connect}, {@code crisis}, {@code good-life}
   * @param channel one of {@code phone}, {@code home}, {@code community-venue}, {@code video}
   * @param whatMatters the person's own words about what matters to them
   * @param goodLife the person's own words about a good life
   * @param outcome the CLD Event_Outcome, for a complete conversation
   */
  public record Content(
      LocalDate heldOn,
      String stage,
      String channel,
      String venue,
      String whoWasThere,
      List<String> whatMatters,
      List<String> goodLife,
      String analysis,
      String goodDay,
      String hardDay,
      String working,
      String notWorking,
      List<StrengthNamed> strengths,
      String connections,
      List<Action> actions,
      String safetyChanges,
      String emergencyPlan,
      List<Spend> spending,
      LocalDate followUp,
      String outcome) {}

  /**
   * A strength in the person's inventory.
   *
   * @param kind e.g. {@code skills}, {@code interests}, {@code relationship}, {@code community}
   * @param identifiedBy {@code person}, {@code carer}, {@code family} or {@code practitioner}
   */
  public record StrengthNamed(String kind, String description, String identifiedBy) {}

  /**
   * Something agreed.
   *
   * @param who {@code person}, {@code network}, {@code practitioner} or {@code community-group}
   * @param byWhen may be null
   */
  public record Action(String what, String who, String whoName, LocalDate byWhen) {}

  /** Money spent from the conversation's small budget, in pence. */
  public record Spend(long amountPence, String whatFor) {}

  /**
   * A completed conversation of a generated council's history.
   *
   * @param number 1 for the person's first conversation, 2, 3…
   * @param by the username of the member of staff who held it
   * @param routeOfAccess when the conversation answers a request received by a route (the first on
   *     a request), that request's CLD Request_Route_of_Access; otherwise null
   */
  public record Generated(
      UUID personId, UUID workerId, String by, int number, Content content, String routeOfAccess) {}

  private final ConversationRecording recording;
  private final Conversations conversations;
  private final GeneratedConversations generated;

  ConversationRecords(
      ConversationRecording recording,
      Conversations conversations,
      GeneratedConversations generated) {
    this.recording = recording;
    this.conversations = conversations;
    this.generated = generated;
  }

  /**
   * For a generated council: adds completed conversations in bulk (their words, strengths and what
   * was agreed), without audit, chronology entries or events. Numbers must not clash with the
   * person's existing conversations.
   *
   * @return what recording each of them one at a time would have published, in order, so that the
   *     modules that derive from a recorded conversation (the CLD events) can do so in bulk
   */
  @Transactional
  public List<ConversationRecorded> addGenerated(List<Generated> conversations) {
    return generated.add(conversations);
  }

  /** Records a complete conversation; its id. */
  public UUID complete(UUID personId, Content content, StaffMember by) {
    return saved(recording.complete(personId, null, 0, content(content), by));
  }

  /** Saves a draft the practitioner has not finished; its id. */
  public UUID saveDraft(UUID personId, Content content, StaffMember by) {
    return saved(recording.saveDraft(personId, null, 0, content(content), by));
  }

  /** How many conversations, drafts included, the person has. */
  public int count(UUID personId) {
    return (int) conversations.countFor(personId);
  }

  /** How many of the person's conversations are drafts. */
  public int drafts(UUID personId) {
    return (int) conversations.countDraftsFor(personId);
  }

  /** What was agreed in the person's completed conversations, newest conversation first. */
  public List<Action> agreedActions(UUID personId) {
    return conversations.completedForPerson(personId).stream()
        .flatMap(view -> view.actions().stream())
        .map(a -> new Action(a.what(), a.who(), a.whoName(), a.byWhen()))
        .toList();
  }

  private static UUID saved(ConversationRecording.Outcome outcome) {
    if (outcome instanceof ConversationRecording.Saved saved) {
      return saved.id();
    }
    throw new IllegalStateException("The conversation was not saved: " + outcome);
  }

  private static ConversationContent content(Content c) {
    return new ConversationContent(
        c.heldOn(),
        c.stage(),
        c.channel(),
        c.venue(),
        c.whoWasThere(),
        c.whatMatters().stream().map(words -> new Quote(words, "person", null)).toList(),
        c.goodLife().stream().map(words -> new Quote(words, "person", null)).toList(),
        c.analysis(),
        c.goodDay(),
        c.hardDay(),
        c.working(),
        c.notWorking(),
        c.strengths().stream()
            .map(s -> new Strength(s.kind(), s.description(), s.identifiedBy(), false, null))
            .toList(),
        c.connections(),
        c.actions().stream()
            .map(a -> new AgreedAction(a.what(), a.who(), a.whoName(), a.byWhen()))
            .toList(),
        c.safetyChanges(),
        c.emergencyPlan(),
        c.spending().stream()
            .map(s -> new ConversationSpend(s.amountPence(), s.whatFor()))
            .toList(),
        c.followUp(),
        c.outcome());
  }
}
