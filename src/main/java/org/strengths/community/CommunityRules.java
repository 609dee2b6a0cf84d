package org.strengths.community;

import org.strengths.access.Role;
import org.strengths.access.StaffMember;

/**
 * Who may do what in the directory. Every member of staff may search and view assets (they are
 * public information); practitioners, managers and administrators keep them up to date and mark
 * them verified; individuals' gifts (personal data) are never shown to analysts; practitioners and
 * managers record unmet needs; analysts, managers and administrators see the gaps register.
 */
final class CommunityRules {

  static final String VIEW = "hasAnyRole('PRACTITIONER','MANAGER','ANALYST','ADMIN')";
  static final String EDIT = "hasAnyRole('PRACTITIONER','MANAGER','ADMIN')";

  private CommunityRules() {}

  static boolean mayEdit(StaffMember staff) {
    return staff.hasRole(Role.PRACTITIONER)
        || staff.hasRole(Role.MANAGER)
        || staff.hasRole(Role.ADMIN);
  }

  static boolean maySeeGifts(StaffMember staff) {
    return mayEdit(staff);
  }

  static boolean mayRecordGaps(StaffMember staff) {
    return staff.hasRole(Role.PRACTITIONER) || staff.hasRole(Role.MANAGER);
  }
}
