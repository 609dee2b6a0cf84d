package org.strengths.access;

/** What a member of staff does, which decides what they may see and change. */
public enum Role {
  PRACTITIONER,
  MANAGER,
  ANALYST,
  ADMIN,
  /**
   * Staff of a voluntary or community organisation. They see only the connections sent to their
   * organisation, through the partner portal, and never a person's record.
   */
  PARTNER,
  /**
   * The principal social worker, who leads practice across the council: reads every supervision
   * record (docs/adr/0100) but sees no person's record by this role alone.
   */
  PRINCIPAL_SOCIAL_WORKER;

  public String authority() {
    return "ROLE_" + name();
  }
}
