package org.strengths.conversation;

import java.util.UUID;
import org.springframework.stereotype.Component;
import org.strengths.access.PersonInScope;
import org.strengths.person.People;
import org.strengths.person.PersonDetails;
import org.strengths.platform.web.NotFoundException;

/**
 * Loads what a conversation page address names once the person is in scope ({@link PersonInScope},
 * checked by the access module): their record and a conversation of theirs.
 */
@Component
class ConversationAccess {

  private final People people;
  private final Conversations conversations;

  /** The record of a person in scope: access was checked when the handler received them. */
  PersonDetails details(PersonInScope person) {
    return people.details(person);
  }

  ConversationAccess(People people, Conversations conversations) {
    this.people = people;
    this.conversations = conversations;
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
