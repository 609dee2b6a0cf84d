package org.strengths.practice;

import java.util.UUID;
import org.strengths.access.Role;
import org.strengths.access.StaffMember;

/**
 * Who may see and change a practitioner's development record (self-assessments and learning), in
 * plain Java (docs/adr/0150): the worker, their supervisor (the manager of their team) and the
 * principal social worker read it; only the worker adds to it. The team capability heatmap is for
 * the principal social worker (any team) and a team manager (their own team); the statements'
 * wording is loaded by an administrator or the principal social worker.
 */
final class SelfAssessmentAccess {

  private SelfAssessmentAccess() {}

  static boolean mayRead(StaffMember staff, UUID workerId, Role workerRole, UUID workerTeamId) {
    return staff.id().equals(workerId)
        || SupervisionAccess.manages(staff, workerRole, workerTeamId)
        || staff.hasRole(Role.PRINCIPAL_SOCIAL_WORKER);
  }

  /** Only practitioners keep a development record, and only their own. */
  static boolean mayRecord(StaffMember staff, UUID workerId, Role workerRole) {
    return staff.id().equals(workerId)
        && staff.hasRole(Role.PRACTITIONER)
        && workerRole == Role.PRACTITIONER;
  }

  static boolean maySeeCapabilityOf(StaffMember staff, UUID teamId) {
    return staff.hasRole(Role.PRINCIPAL_SOCIAL_WORKER)
        || (staff.hasRole(Role.MANAGER) && teamId != null && teamId.equals(staff.teamId()));
  }

  static boolean mayLoadWording(StaffMember staff) {
    return staff.hasRole(Role.ADMIN) || staff.hasRole(Role.PRINCIPAL_SOCIAL_WORKER);
  }
}
