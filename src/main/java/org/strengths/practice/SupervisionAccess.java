package org.strengths.practice;

import java.util.UUID;
import org.strengths.access.Role;
import org.strengths.access.StaffMember;

/**
 * Who may do what with supervision, in plain Java (docs/adr/0100). Notes are read only by the
 * supervisee, the supervisor and the principal social worker; only the supervisor changes them; a
 * team manager records sessions and sets the expected frequency for practitioners in their team.
 */
final class SupervisionAccess {

  private SupervisionAccess() {}

  /** Whether {@code staff} may read the notes of a session. */
  static boolean mayReadNotes(StaffMember staff, UUID superviseeId, UUID supervisorId) {
    return staff.id().equals(superviseeId)
        || staff.id().equals(supervisorId)
        || staff.hasRole(Role.PRINCIPAL_SOCIAL_WORKER);
  }

  /** Whether {@code staff} may change a session's notes: its supervisor only. */
  static boolean mayChange(StaffMember staff, UUID supervisorId) {
    return staff.id().equals(supervisorId) && staff.hasRole(Role.MANAGER);
  }

  /** Whether {@code staff} manages the team a practitioner works in. */
  static boolean manages(StaffMember staff, Role workerRole, UUID workerTeamId) {
    return staff.hasRole(Role.MANAGER)
        && workerRole == Role.PRACTITIONER
        && staff.teamId() != null
        && staff.teamId().equals(workerTeamId);
  }

  /**
   * Whether {@code staff} may see a worker's list of sessions (dates and supervisors, no notes):
   * the worker, their team manager and the principal social worker.
   */
  static boolean maySeeSessionsOf(
      StaffMember staff, UUID workerId, Role workerRole, UUID workerTeamId) {
    return staff.id().equals(workerId)
        || manages(staff, workerRole, workerTeamId)
        || staff.hasRole(Role.PRINCIPAL_SOCIAL_WORKER);
  }
}
