package org.strengths.access;

import java.util.UUID;

/**
 * The member of staff has no working relationship with the person. Pages answer with the
 * break-glass offer; the API answers 403.
 */
public class NoWorkingRelationshipException extends RuntimeException {

  private final UUID personId;

  public NoWorkingRelationshipException(UUID personId) {
    super("No working relationship with person " + personId);
    this.personId = personId;
  }

  public UUID personId() {
    return personId;
  }
}
