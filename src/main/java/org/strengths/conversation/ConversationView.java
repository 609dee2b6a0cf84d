package org.strengths.conversation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A conversation as stored, for pages, the API and the rest of the module (the assessment is
 * pre-filled from it). Blank text fields are {@code null}; lists are never null.
 *
 * @param number 1 for the person's first completed conversation, 2, 3…; null for a draft
 * @param stage the stage's stable code ({@code listen-and-connect}, {@code crisis}, {@code
 *     good-life}); {@code stageLabel} is its current local name
 * @param channel {@code phone}, {@code home}, {@code community-venue}, {@code video} or {@code
 *     other}
 * @param whatMatters "What matters to me", in the words of whoever said them
 * @param goodLife "What a good life looks like", likewise
 * @param analysis the practitioner's own analysis, kept apart from the quotes
 * @param connections connections made and ideas to try
 * @param safetyChanges crisis: what needs to change to be safe
 * @param outcome the CLD Event_Outcome
 * @param followUp the follow-up date
 * @param workerId who held the conversation
 */
public record ConversationView(
    UUID id,
    UUID personId,
    ConversationStatus status,
    Integer number,
    LocalDate heldOn,
    String stage,
    String stageLabel,
    String channel,
    String venue,
    String whoWasThere,
    List<Quote> whatMatters,
    List<Quote> goodLife,
    String analysis,
    String goodDay,
    String hardDay,
    String working,
    String notWorking,
    List<Strength> strengths,
    String connections,
    List<AgreedAction> actions,
    String safetyChanges,
    String emergencyPlan,
    List<ConversationSpend> spending,
    LocalDate followUp,
    String outcome,
    UUID workerId,
    Instant createdAt,
    String createdBy,
    Instant updatedAt,
    String updatedBy,
    int version) {

  public boolean draft() {
    return status == ConversationStatus.DRAFT;
  }
}
