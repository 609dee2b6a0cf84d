package org.strengths.access;

import java.time.Clock;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.strengths.platform.Display;

/** The administrator's check that nobody has altered or removed audit entries. */
@Controller
class AuditLogAdminController {

  private final AuditChainVerification verification;
  private final Clock clock;

  AuditLogAdminController(AuditChainVerification verification, Clock clock) {
    this.verification = verification;
    this.clock = clock;
  }

  @GetMapping("/admin/audit-log")
  @PreAuthorize("hasRole('ADMIN')")
  String status(Model model) {
    AuditChain.Verification result = verification.verify();
    model.addAttribute("result", result);
    model.addAttribute("intact", result.intact());
    model.addAttribute("checkedAt", Display.momentOf(clock.instant(), clock.getZone()));
    return "access/audit-log";
  }
}
