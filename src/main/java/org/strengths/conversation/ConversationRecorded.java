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
 */
public record ConversationRecorded(
    UUID conversationId,
    UUID personId,
    LocalDate heldOn,
    int number,
    String stage,
    String outcome) {}
