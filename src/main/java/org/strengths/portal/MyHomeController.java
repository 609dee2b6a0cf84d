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
 * printed copy and the PDF, every written part of it) with the date of the next review, their needs
 * assessments and their connections, leaving out anything withheld from them. Only their own
 * record, and every view audited as the person.
 */
@Controller
class MyHomeController {

  private final AuditLog audit;
  private final SupportPlans plans;
  private final MySupport support;

  MyHomeController(AuditLog audit, SupportPlans plans, MySupport support) {
    this.audit = audit;
    this.plans = plans;
    this.support = support;
  }

  @GetMapping({"/my", "/my/"})
  @PreAuthorize("hasRole('PERSON')")
  String home(@AuthenticationPrincipal PersonSignedIn person, Model model) {
    var withheld = support.withheldKeys(person.personId());
    var myPlan = support.plan(person.personId(), person.firstName(), withheld);
    audit.recordByThePerson(
        person.personId(), "my-home", "view", myPlan.isPresent() ? "plan" : null);
    model.addAttribute("person", person);
    model.addAttribute("myPlan", myPlan.orElse(null));
    // My support (docs/adr/0116): the written records of my assessments and my connections.
    model.addAttribute("myAssessments", support.writtenRecords(person.personId()));
    model.addAttribute("myConnections", support.activeConnections(person.personId(), withheld));
    return "portal/my-home";
  }

  @GetMapping("/my/plan.pdf")
  @PreAuthorize("hasRole('PERSON')")
  ResponseEntity<byte[]> pdf(@AuthenticationPrincipal PersonSignedIn person) {
    byte[] pdf =
        plans.pdf(
            support
                .plan(
                    person.personId(), person.firstName(), support.withheldKeys(person.personId()))
                .orElseThrow(NotFoundException::new));
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
