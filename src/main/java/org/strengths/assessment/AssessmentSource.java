package org.strengths.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a needs assessment takes from the conversation it starts from, so nothing is typed twice.
 *
 * @param completed whether the conversation was saved as complete (drafts cannot start one)
 */
record AssessmentSource(
    UUID conversationId,
    UUID personId,
    LocalDate heldOn,
    Integer number,
    boolean completed,
    String stageLabel,
    String whoWasThere,
    List<Words> whatMatters,
    List<Words> goodLife,
    List<StrengthNoted> strengths,
    String connections) {

  /** Words someone said, and who: {@code person}, {@code carer}, {@code family}, … */
  record Words(String words, String attribution, String attributedName) {}

  /** A strength from the inventory: its kind (e.g. {@code relationship}) and description. */
  record StrengthNoted(String kind, String description) {}
}
