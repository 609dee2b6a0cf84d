package org.strengths.portal;

import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.strengths.access.AuditLog;
import org.strengths.assessment.MyAssessment;
import org.strengths.platform.web.NotFoundException;

/**
 * "Your needs assessment" on the person's own pages: the written record (Care Act s.12(3)) and the
 * eligibility decision (s.13(2)) in plain words, without anything withheld from them. Only the
 * signed-in person's own assessments: any other id is "not found". Every view is audited as the
 * person.
 */
@Controller
class MyAssessmentController {

  private final MySupport support;
  private final AuditLog audit;

  MyAssessmentController(MySupport support, AuditLog audit) {
    this.support = support;
    this.audit = audit;
  }

  @GetMapping("/my/assessments/{aid}")
  @PreAuthorize("hasRole('PERSON')")
  String assessment(
      @AuthenticationPrincipal PersonSignedIn person, @PathVariable UUID aid, Model model) {
    MyAssessment record =
        support
            .writtenRecord(person.personId(), aid, support.withheldKeys(person.personId()))
            .orElseThrow(NotFoundException::new);
    audit.recordByThePerson(person.personId(), "my-assessment", "view", aid.toString());
    model.addAttribute("person", person);
    model.addAttribute("record", record);
    model.addAttribute("groups", MyAssessment.Group.values());
    return "portal/my-assessment";
  }
}
