package org.strengths.access;

import java.io.Serializable;

/**
 * Someone signed in to the person's own pages who sees or acts on another person's record: a
 * representative acting for the person (kept as the details of their sign-in) or a carer seeing
 * what the person they care for shares with them. The audit log names them, as {@code attribution}
 * ("Ali Raza, lasting power of attorney, for Nusrat"), with {@code role}, never as the person
 * (docs/adr/0118).
 */
public record ActingFor(String attribution, String role) implements Serializable {

  public static final String REPRESENTATIVE = "REPRESENTATIVE";
  public static final String CARER = "CARER";

  public static ActingFor representative(String attribution) {
    return new ActingFor(attribution, REPRESENTATIVE);
  }

  public static ActingFor carer(String attribution) {
    return new ActingFor(attribution, CARER);
  }
}
