package org.strengths.portal;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.strengths.access.AuditLog;

/** The person's home page on their own pages: only their own record, and every view audited. */
@Controller
class MyHomeController {

  private final AuditLog audit;

  MyHomeController(AuditLog audit) {
    this.audit = audit;
  }

  @GetMapping({"/my", "/my/"})
  @PreAuthorize("hasRole('PERSON')")
  String home(@AuthenticationPrincipal PersonSignedIn person, Model model) {
    audit.recordByThePerson(person.personId(), "my-home", "view", null);
    model.addAttribute("person", person);
    return "portal/my-home";
  }
}
