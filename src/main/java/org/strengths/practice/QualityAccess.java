package org.strengths.practice;

import java.util.UUID;
import org.strengths.access.Role;
import org.strengths.access.StaffMember;

/**
 * Who may see the practice-quality figures (docs/adr/0160): the principal social worker and
 * analysts for any team or the whole council (aggregates only, small numbers suppressed); a team
 * manager for their own team. Practitioners, administrators and partners may not.
 */
final class QualityAccess {

  private QualityAccess() {}

  /** Whether {@code staff} may see the figures of a team, or of the council when it is null. */
  static boolean maySee(StaffMember staff, UUID teamId) {
    if (staff.hasRole(Role.PRINCIPAL_SOCIAL_WORKER) || staff.hasRole(Role.ANALYST)) {
      return true;
    }
    return staff.hasRole(Role.MANAGER) && teamId != null && teamId.equals(staff.teamId());
  }

  /** Whether {@code staff} may choose among every team and the council. */
  static boolean mayChoose(StaffMember staff) {
    return staff.hasRole(Role.PRINCIPAL_SOCIAL_WORKER) || staff.hasRole(Role.ANALYST);
  }
}
