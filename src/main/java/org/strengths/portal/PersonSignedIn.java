package org.strengths.portal;

import java.io.Serializable;
import java.util.UUID;

/**
 * The person signed in to their own pages: the only record those pages show. Kept in the session
 * (shared by instances, so serialisable).
 */
record PersonSignedIn(UUID personId, UUID invitationId, String firstName) implements Serializable {

  static final String AUTHORITY = "ROLE_PERSON";
}
