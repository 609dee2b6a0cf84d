package org.strengths.conversation;

/** A draft is saved as the practitioner types; a complete conversation is on the record. */
public enum ConversationStatus {
  DRAFT,
  COMPLETE
}
