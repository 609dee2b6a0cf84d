package org.strengths.access;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the signed-in member of staff on every page for the header. */
@ControllerAdvice
class CurrentStaffAdvice {

  @ModelAttribute("currentStaff")
  StaffMember currentStaff(Authentication authentication) {
    return authentication != null && authentication.getPrincipal() instanceof StaffMember staff
        ? staff
        : null;
  }
}
