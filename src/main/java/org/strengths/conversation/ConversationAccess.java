package org.strengths.conversation;

import java.util.UUID;
import org.springframework.stereotype.Component;
import org.strengths.access.PersonAccess;
import org.strengths.access.PersonAllocation;
import org.strengths.access.PersonDirectory;
import org.strengths.access.StaffMember;
import org.strengths.person.People;
import org.strengths.person.PersonDetails;
import org.strengths.platform.web.NotFoundException;

/**
 * Turns the ids in a page address into a person (and conversation) the member of staff may see. The
 * access check comes before anything is read; without a working relationship it throws and the
 * access module offers break-glass.
 */
@Component
class ConversationAccess {

  private final PersonDirectory directory;
  private final PersonAccess access;
  private final People people;
  private final Conversations conversations;

  ConversationAccess(
      PersonDirectory directory, PersonAccess access, People people, Conversations conversations) {
    this.directory = directory;
    this.access = access;
    this.people = people;
    this.conversations = conversations;
  }

  PersonDetails person(UUID personId, StaffMember staff) {
    PersonAllocation allocation =
        directory.allocationOf(personId).orElseThrow(ConversationAccess::notFound);
    access.check(staff, allocation);
    return people.find(personId).orElseThrow(ConversationAccess::notFound);
  }

  /** A conversation of this person (another person's is "not found", never shown). */
  ConversationView conversation(PersonDetails person, UUID conversationId) {
    return conversations
        .find(conversationId)
        .filter(view -> view.personId().equals(person.id()))
        .orElseThrow(ConversationAccess::notFound);
  }

  static NotFoundException notFound() {
    return new NotFoundException();
  }
}
