package org.strengths.conversation;

/** A draft is saved as the practitioner types; a complete conversation is on the record. */
enum ConversationStatus {
  DRAFT,
  COMPLETE
}
