package org.strengths.portal;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.strengths.access.AuditLog;
import org.strengths.planning.SupportPlans;
import org.strengths.platform.web.NotFoundException;

/**
 * The person's home page on their own pages: their agreed plan in plain words ("My plan", as the
 * printed copy and the PDF) with the date of the next review. Only their own record, and every view
 * audited as the person.
 */
@Controller
class MyHomeController {

  private final AuditLog audit;
  private final SupportPlans plans;

  MyHomeController(AuditLog audit, SupportPlans plans) {
    this.audit = audit;
    this.plans = plans;
  }

  @GetMapping({"/my", "/my/"})
  @PreAuthorize("hasRole('PERSON')")
  String home(@AuthenticationPrincipal PersonSignedIn person, Model model) {
    var myPlan = plans.myAgreedPlan(person.personId(), person.firstName());
    audit.recordByThePerson(
        person.personId(), "my-home", "view", myPlan.isPresent() ? "plan" : null);
    model.addAttribute("person", person);
    model.addAttribute("myPlan", myPlan.orElse(null));
    return "portal/my-home";
  }

  @GetMapping("/my/plan.pdf")
  @PreAuthorize("hasRole('PERSON')")
  ResponseEntity<byte[]> pdf(@AuthenticationPrincipal PersonSignedIn person) {
    byte[] pdf =
        plans
            .myAgreedPlanPdf(person.personId(), person.firstName())
            .orElseThrow(NotFoundException::new);
    audit.recordByThePerson(person.personId(), "my-plan", "download", "my-plan.pdf");
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename("my-plan.pdf", StandardCharsets.UTF_8)
                .build()
                .toString())
        .body(pdf);
  }
}
