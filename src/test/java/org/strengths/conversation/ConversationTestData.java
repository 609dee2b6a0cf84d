package org.strengths.conversation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.context.ApplicationContext;
import org.strengths.access.StaffAccounts;
import org.strengths.access.StaffMember;
import org.strengths.person.CreatedPerson;
import org.strengths.person.People;
import org.strengths.testing.RecordFixtures;

/** People and conversations for tests, unlike any demo data or other tests' data. */
public final class ConversationTestData {

  private ConversationTestData() {}

  public static StaffMember staff(StaffAccounts accounts, String username) {
    StaffMember loaded = accounts.loadUserByUsername(username);
    return StaffMember.of(
        loaded.id(), loaded.getUsername(), loaded.displayName(), loaded.role(), loaded.teamId());
  }

  /** A new person allocated to {@code worker} in their team. */
  public static UUID personOf(People people, StaffMember worker) {
    CreatedPerson created =
        people.create(
            RecordFixtures.allocated(
                "Ada", name(), LocalDate.of(1950, 5, 17), worker.teamId(), worker.id()),
            worker);
    return created.id();
  }

  /** Records a completed conversation with the person, as their worker does; returns its id. */
  public static UUID completed(
      ApplicationContext context,
      UUID person,
      StaffMember worker,
      LocalDate heldOn,
      String outcome) {
    ConversationRecording.Outcome saved =
        context
            .getBean(ConversationRecording.class)
            .complete(person, null, 0, content(heldOn, outcome), worker);
    return ((ConversationRecording.Saved) saved).id();
  }

  static String name() {
    StringBuilder name = new StringBuilder("Q");
    for (int i = 0; i < 9; i++) {
      name.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
    }
    return name.toString();
  }

  static ConversationContent content(LocalDate heldOn, String outcome) {
    return new ConversationContent(
        heldOn,
        "listen-and-connect",
        "home",
        null,
        "Ada and her daughter Mia",
        List.of(new Quote("Getting back to the allotment", "person", null)),
        List.of(new Quote("Mum with her friends again", "family", "Mia")),
        "Ada wants to be outdoors more.",
        "Sun, tea in the garden",
        "Stuck indoors when it rains",
        "Mia visits on Sundays",
        "The stairs",
        List.of(new Strength("interests", "Grows vegetables", "person", false, null)),
        "Allotment society",
        List.of(new AgreedAction("Call the allotment society", "person", null, heldOn.plusDays(7))),
        null,
        null,
        List.of(),
        heldOn.plusDays(28),
        outcome);
  }
}
