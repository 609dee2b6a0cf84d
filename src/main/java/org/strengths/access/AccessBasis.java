package org.strengths.access;

/** Why a member of staff may see a person's record. */
public enum AccessBasis {
  ALLOCATED_WORKER,
  TEAM_MEMBER,
  TEAM_MANAGER,
  BREAK_GLASS,
  /** A case-file auditor of a sample the person is in, until the audit closes (ADR 0140). */
  AUDIT
}
