package org.strengths.conversation;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * What the person said matters to them, what a good life looks like and their strengths, from their
 * latest completed conversation (or the last few), for other modules (ideas for connections,
 * plans).
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
   * @param conversationId the conversation they come from, for a plan to point back to
   * @param namedStrengths the same strengths with a stable id each, for a plan to link to
   */
  public record Highlights(
      LocalDate heldOn,
      List<String> whatMatters,
      List<String> goodLife,
      List<String> strengths,
      UUID conversationId,
      List<NamedStrength> namedStrengths) {

    public Highlights {
      namedStrengths = namedStrengths == null ? List.of() : List.copyOf(namedStrengths);
    }

    /** Highlights not tied to a stored conversation (no ids). */
    public Highlights(
        LocalDate heldOn, List<String> whatMatters, List<String> goodLife, List<String> strengths) {
      this(heldOn, whatMatters, goodLife, strengths, null, List.of());
    }
  }

  /**
   * A strength with an id that stays the same for as long as the conversation does: a completed
   * conversation's strengths are not re-ordered, so its id and position name the strength.
   */
  public record NamedStrength(UUID id, String description) {}

  private final Conversations conversations;

  PersonInTheirWords(Conversations conversations) {
    this.conversations = conversations;
  }

  /** From the person's latest completed conversation; empty if none has been completed. */
  public Optional<Highlights> latestFor(UUID personId) {
    return conversations.latestCompleted(personId, 1).stream()
        .findFirst()
        .map(
            view ->
                new Highlights(
                    view.heldOn(),
                    view.whatMatters().stream().map(Quote::words).toList(),
                    view.goodLife().stream().map(Quote::words).toList(),
                    view.strengths().stream().map(Strength::description).toList(),
                    view.id(),
                    named(view)));
  }

  /** Which part of a conversation a statement comes from. */
  public enum Part {
    WHAT_MATTERS,
    GOOD_LIFE,
    STRENGTH
  }

  /**
   * One thing said in a conversation, as it was said, with who said it.
   *
   * @param saidBy {@code person}, {@code carer}, {@code family} or {@code practitioner} (for a
   *     strength: who named it)
   * @param saidByName the carer's or family member's name, if given
   */
  public record Said(Part part, String words, String saidBy, String saidByName) {}

  /** What was said in one completed conversation: what matters, a good life, then strengths. */
  public record Conversation(LocalDate heldOn, UUID conversationId, List<Said> said) {}

  /** The person's latest {@code count} completed conversations, newest first. */
  public List<Conversation> recentFor(UUID personId, int count) {
    return conversations.latestCompleted(personId, count).stream()
        .map(
            view -> {
              List<Said> said = new java.util.ArrayList<>();
              view.whatMatters()
                  .forEach(
                      q ->
                          said.add(
                              new Said(
                                  Part.WHAT_MATTERS,
                                  q.words(),
                                  q.attribution(),
                                  q.attributedName())));
              view.goodLife()
                  .forEach(
                      q ->
                          said.add(
                              new Said(
                                  Part.GOOD_LIFE, q.words(), q.attribution(), q.attributedName())));
              view.strengths()
                  .forEach(
                      s ->
                          said.add(
                              new Said(Part.STRENGTH, s.description(), s.identifiedBy(), null)));
              return new Conversation(view.heldOn(), view.id(), List.copyOf(said));
            })
        .toList();
  }

  /**
   * Every strength named in any of the person's completed conversations, by id, newest conversation
   * first: a plan's outcome may still point to a strength from an older one.
   */
  public Map<UUID, String> strengthsNamed(UUID personId) {
    Map<UUID, String> named = new LinkedHashMap<>();
    for (ConversationView view : conversations.completedForPerson(personId)) {
      named(view).forEach(strength -> named.put(strength.id(), strength.description()));
    }
    return named;
  }

  private static List<NamedStrength> named(ConversationView view) {
    List<Strength> strengths = view.strengths();
    return java.util.stream.IntStream.range(0, strengths.size())
        .mapToObj(
            position ->
                new NamedStrength(
                    strengthId(view.id(), position), strengths.get(position).description()))
        .toList();
  }

  /** The stable id of the strength at {@code position} in a completed conversation. */
  public static UUID strengthId(UUID conversationId, int position) {
    return UUID.nameUUIDFromBytes(
        ("conversation-strength:" + conversationId + ":" + position)
            .getBytes(StandardCharsets.UTF_8));
  }
}
