package org.strengths.assessment;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.strengths.conversation.ConversationView;
import org.strengths.conversation.Conversations;
import org.strengths.conversation.Quote;

/** The conversations an assessment can start from, as the assessment needs to see them. */
@Component
class AssessmentConversations {

  private final Conversations conversations;

  AssessmentConversations(Conversations conversations) {
    this.conversations = conversations;
  }

  Optional<AssessmentSource> find(UUID conversationId) {
    return conversations.find(conversationId).map(AssessmentConversations::source);
  }

  /** The person's completed conversations, newest first. */
  List<AssessmentSource> completedForPerson(UUID personId) {
    return conversations.completedForPerson(personId).stream()
        .map(AssessmentConversations::source)
        .toList();
  }

  static AssessmentSource source(ConversationView view) {
    return new AssessmentSource(
        view.id(),
        view.personId(),
        view.heldOn(),
        view.number(),
        !view.draft(),
        view.stageLabel(),
        view.whoWasThere(),
        view.whatMatters().stream().map(AssessmentConversations::words).toList(),
        view.goodLife().stream().map(AssessmentConversations::words).toList(),
        view.strengths().stream()
            .map(
                strength ->
                    new AssessmentSource.StrengthNoted(strength.kind(), strength.description()))
            .toList(),
        view.connections());
  }

  private static AssessmentSource.Words words(Quote quote) {
    return new AssessmentSource.Words(quote.words(), quote.attribution(), quote.attributedName());
  }
}
