package org.strengths.access;

import java.io.Serializable;

/**
 * Someone signed in to a person's own pages who acts for the person (a representative), kept as the
 * details of their sign-in: the audit log then names them rather than the person, as {@code
 * attribution} ("Ali Raza, lasting power of attorney, for Nusrat") with the role {@code
 * REPRESENTATIVE} (docs/adr/0118).
 */
public record ActingFor(String attribution) implements Serializable {

  public static final String ROLE = "REPRESENTATIVE";
}
