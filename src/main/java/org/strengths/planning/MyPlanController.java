package org.strengths.planning;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.strengths.access.AuditLog;
import org.strengths.access.PersonInScope;
import org.strengths.conversation.PersonInTheirWords;
import org.strengths.platform.web.NotFoundException;

/** "My plan" for the person: a printable page and an accessible PDF. */
@Controller
class MyPlanController {

  private final Plans plans;
  private final AuditLog audit;
  private final PlanText text;
  private final PersonInTheirWords inTheirWords;

  MyPlanController(Plans plans, AuditLog audit, PlanText text, PersonInTheirWords inTheirWords) {
    this.inTheirWords = inTheirWords;
    this.plans = plans;
    this.audit = audit;
    this.text = text;
  }

  @GetMapping("/people/{id}/plan/my-plan")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  String page(PersonInScope person, Model model) {
    var current = plans.current(person.id());
    if (current.isEmpty()) {
      return "redirect:/people/" + person.id() + "/plan";
    }
    audit.record(person.id(), "plan", "view", null, "my-plan");
    model.addAttribute("person", person);
    model.addAttribute(
        "myPlan",
        MyPlan.of(
            person.displayName(),
            current.get(),
            plans.today(),
            text,
            inTheirWords.strengthsNamed(person.id())));
    return "planning/my-plan";
  }

  @GetMapping("/people/{id}/plan/my-plan.pdf")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  ResponseEntity<byte[]> pdf(PersonInScope person) {
    Plans.Whole whole = plans.current(person.id()).orElseThrow(NotFoundException::new);
    audit.record(person.id(), "plan", "download", null, "my-plan.pdf");
    byte[] pdf =
        MyPlan.of(
                person.displayName(),
                whole,
                plans.today(),
                text,
                inTheirWords.strengthsNamed(person.id()))
            .pdf(text);
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
