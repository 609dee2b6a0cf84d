package org.strengths.conversation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * What the person said matters to them, what a good life looks like and their strengths, from their
 * latest completed conversation, for other modules (ideas for connections, plans).
 *
 * <p>It does <strong>not</strong> check who may see the person: callers must check {@code
 * PersonAccess} for the person and audit the view before calling it.
 */
@Service
public class PersonInTheirWords {

  /**
   * The highlights of one completed conversation, in the order they were recorded.
   *
   * @param heldOn the day the conversation was held
   * @param whatMatters "What matters to me", each as it was said
   * @param goodLife "What a good life looks like", each as it was said
   * @param strengths the description of each strength in the inventory
   */
  public record Highlights(
      LocalDate heldOn, List<String> whatMatters, List<String> goodLife, List<String> strengths) {}

  private final Conversations conversations;

  PersonInTheirWords(Conversations conversations) {
    this.conversations = conversations;
  }

  /** From the person's latest completed conversation; empty if none has been completed. */
  public Optional<Highlights> latestFor(UUID personId) {
    return conversations.completedForPerson(personId).stream()
        .findFirst()
        .map(
            view ->
                new Highlights(
                    view.heldOn(),
                    view.whatMatters().stream().map(Quote::words).toList(),
                    view.goodLife().stream().map(Quote::words).toList(),
                    view.strengths().stream().map(Strength::description).toList()));
  }
}
