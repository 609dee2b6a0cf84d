package org.strengths.access;

import java.util.Optional;

/**
 * The rule for who may see a person's record, in plain Java: the allocated worker, members of the
 * allocated team (the team manager included), or someone who broke the glass this session. Analysts
 * and administrators never see identifiable records.
 */
final class AccessPolicy {

  private AccessPolicy() {}

  static Optional<AccessBasis> basis(
      StaffMember staff, PersonAllocation allocation, boolean brokeGlass) {
    if (staff.role() != Role.PRACTITIONER && staff.role() != Role.MANAGER) {
      return Optional.empty();
    }
    if (allocation.workerId() != null && allocation.workerId().equals(staff.id())) {
      return Optional.of(AccessBasis.ALLOCATED_WORKER);
    }
    if (allocation.teamId() != null && allocation.teamId().equals(staff.teamId())) {
      return Optional.of(
          staff.role() == Role.MANAGER ? AccessBasis.TEAM_MANAGER : AccessBasis.TEAM_MEMBER);
    }
    return brokeGlass ? Optional.of(AccessBasis.BREAK_GLASS) : Optional.empty();
  }

  /** Whether the role may ask for break-glass access at all. */
  static boolean mayBreakGlass(StaffMember staff) {
    return staff.role() == Role.PRACTITIONER || staff.role() == Role.MANAGER;
  }

  /**
   * Whether a request with this method only reads: what someone whose only basis is an audit grant
   * may do (docs/adr/0141).
   */
  static boolean readsOnly(String method) {
    return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
  }
}
