package org.strengths.conversation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.strengths.access.StaffMember;

/**
 * Conversations and drafts made through this module's own services, for tests of pages elsewhere
 * (the home pages) that list them.
 */
public final class WorkFixtures {

  /** An action to agree in a conversation; {@code who} is person, network or practitioner. */
  public record Action(String what, String who, LocalDate byWhen) {}

  private WorkFixtures() {}

  /** Records a completed conversation held on {@code heldOn} with these actions. */
  public static UUID conversation(
      ApplicationContext context,
      UUID personId,
      StaffMember by,
      LocalDate heldOn,
      LocalDate followUp,
      List<Action> actions) {
    ConversationRecording.Outcome outcome =
        context
            .getBean(ConversationRecording.class)
            .complete(personId, null, 0, content(heldOn, followUp, actions), by);
    return ((ConversationRecording.Saved) outcome).id();
  }

  /** Saves a draft conversation. */
  public static UUID draft(
      ApplicationContext context, UUID personId, StaffMember by, LocalDate heldOn) {
    ConversationRecording.Outcome outcome =
        context
            .getBean(ConversationRecording.class)
            .saveDraft(personId, null, 0, content(heldOn, null, List.of()), by);
    return ((ConversationRecording.Saved) outcome).id();
  }

  private static ConversationContent content(
      LocalDate heldOn, LocalDate followUp, List<Action> actions) {
    return new ConversationContent(
        heldOn,
        "listen-and-connect",
        "home",
        null,
        "Just us",
        List.of(new Quote("Getting back to the allotment", "person", null)),
        List.of(),
        "Wants to be outdoors more.",
        null,
        null,
        null,
        null,
        List.of(new Strength("interests", "Grows vegetables", "person", false, null)),
        null,
        actions.stream()
            .map(action -> new AgreedAction(action.what(), action.who(), null, action.byWhen()))
            .toList(),
        null,
        null,
        List.of(),
        followUp,
        null);
  }
}
