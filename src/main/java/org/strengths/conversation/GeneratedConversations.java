package org.strengths.conversation;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.strengths.person.Caseloads;
import org.strengths.platform.BulkCopy;

/**
 * The conversation module's bulk loader for a generated council ({@link
 * ConversationRecords#addGenerated}): completed conversations with the person's words, strengths
 * and what was agreed, copied into this module's tables with COPY. No audit, chronology or event:
 * they are a fictional history, loaded in minutes rather than hours. What each event would have
 * said is returned instead, for the modules that derive from it to do so in bulk (ADR 0168).
 */
@Component
class GeneratedConversations {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  private final BulkCopy bulk;
  private final Caseloads caseloads;

  GeneratedConversations(BulkCopy bulk, Caseloads caseloads) {
    this.bulk = bulk;
    this.caseloads = caseloads;
  }

  List<ConversationRecorded> add(List<ConversationRecords.Generated> generated) {
    List<ConversationRecorded> recorded = new ArrayList<>(generated.size());
    BulkCopy.Rows conversations =
        bulk.into(
            "conversation",
            "id",
            "person_id",
            "status",
            "number",
            "held_on",
            "stage",
            "channel",
            "who_was_there",
            "working",
            "not_working",
            "connections",
            "follow_up_on",
            "outcome",
            "worker_id",
            "completed_at",
            "created_at",
            "created_by",
            "updated_at",
            "updated_by");
    BulkCopy.Rows quotes =
        bulk.into(
            "conversation_quote", "conversation_id", "section", "position", "words", "attribution");
    BulkCopy.Rows strengths =
        bulk.into(
            "conversation_strength",
            "conversation_id",
            "position",
            "kind",
            "description",
            "identified_by",
            "carried_forward");
    BulkCopy.Rows actions =
        bulk.into("conversation_action", "conversation_id", "position", "what", "who", "by_when");
    for (ConversationRecords.Generated one : generated) {
      ConversationRecords.Content content = one.content();
      UUID id =
          UUID.nameUUIDFromBytes(
              ("strengths-generated-conversation-" + one.personId() + "-" + one.number())
                  .getBytes(StandardCharsets.UTF_8));
      Instant at = content.heldOn().atTime(LocalTime.of(16, 30)).atZone(LONDON).toInstant();
      conversations.row(
          id,
          one.personId(),
          "COMPLETE",
          one.number(),
          content.heldOn(),
          content.stage(),
          content.channel(),
          content.whoWasThere(),
          content.working(),
          content.notWorking(),
          content.connections(),
          content.followUp(),
          content.outcome(),
          one.workerId(),
          at,
          at,
          one.by(),
          at,
          one.by());
      recorded.add(
          new ConversationRecorded(
              id,
              one.personId(),
              content.heldOn(),
              one.number(),
              content.stage(),
              content.outcome(),
              one.routeOfAccess()));
      int position = 0;
      for (String words : content.whatMatters()) {
        quotes.row(id, "what-matters", position++, words, "person");
      }
      position = 0;
      for (String words : content.goodLife()) {
        quotes.row(id, "good-life", position++, words, "person");
      }
      position = 0;
      for (ConversationRecords.StrengthNamed strength : content.strengths()) {
        strengths.row(
            id,
            position,
            strength.kind(),
            strength.description(),
            strength.identifiedBy(),
            one.number() > 1 && position == 0);
        position++;
      }
      position = 0;
      for (ConversationRecords.Action action : content.actions()) {
        actions.row(id, position++, action.what(), action.who(), action.byWhen());
      }
    }
    conversations.finish();
    quotes.finish();
    strengths.finish();
    actions.finish();
    caseloads.firstConversationsHeld(
        generated.stream()
            .filter(one -> one.number() == 1)
            .map(ConversationRecords.Generated::personId)
            .toList());
    return recorded;
  }
}
