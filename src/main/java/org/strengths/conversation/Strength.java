package org.strengths.conversation;

import java.util.List;
import java.util.UUID;

/**
 * One entry in the person's strengths inventory.
 *
 * @param kind one of {@link #KINDS}
 * @param identifiedBy who named it: {@code person}, {@code carer}, {@code family} or {@code
 *     practitioner}
 * @param carriedForward it came from the previous conversation and was confirmed or updated
 * @param networkMemberId the relationship in the person's network it points to, or null
 */
public record Strength(
    String kind,
    String description,
    String identifiedBy,
    boolean carriedForward,
    UUID networkMemberId) {

  /**
   * Personal strengths (skills, knowledge, experience, interests, qualities, ways of coping), gifts
   * of the head, hands and heart, identity, a relationship, a community connection.
   */
  static final List<String> KINDS =
      List.of(
          "skills",
          "knowledge",
          "experience",
          "interests",
          "qualities",
          "coping",
          "gift-head",
          "gift-hands",
          "gift-heart",
          "identity",
          "relationship",
          "community");
}
