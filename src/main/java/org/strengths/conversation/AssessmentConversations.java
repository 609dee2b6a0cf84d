package org.strengths.conversation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The conversations an assessment can start from, as the assessment needs to see them. */
interface AssessmentConversations {

  Optional<AssessmentSource> find(UUID conversationId);

  /** The person's completed conversations, newest first. */
  List<AssessmentSource> completedForPerson(UUID personId);
}
