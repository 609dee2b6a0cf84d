package org.strengths.access;

/** What a member of staff does, which decides what they may see and change. */
public enum Role {
  PRACTITIONER,
  MANAGER,
  ANALYST,
  ADMIN;

  public String authority() {
    return "ROLE_" + name();
  }
}
