package org.strengths.assessment;

import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.strengths.access.AuditLog;
import org.strengths.access.PersonInScope;
import org.strengths.person.PersonDetails;
import org.strengths.platform.web.NotFoundException;

/**
 * The written determination the person is given (Care Act s.13): a printable page and an accessible
 * PDF, in plain English, once a manager has signed it off.
 */
@Controller
class DeterminationController {

  private final AssessmentPeople people;
  private final EligibilityDeterminations determinations;
  private final DeterminationPdf pdf;
  private final AuditLog audit;
  private final AssessmentText text;

  DeterminationController(
      AssessmentPeople people,
      EligibilityDeterminations determinations,
      DeterminationPdf pdf,
      AuditLog audit,
      AssessmentText text) {
    this.people = people;
    this.determinations = determinations;
    this.pdf = pdf;
    this.audit = audit;
    this.text = text;
  }

  @GetMapping("/people/{id}/assessments/{aid}/determination")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  String page(PersonInScope scope, @PathVariable UUID aid, Model model) {
    PersonDetails person = people.details(scope);
    AssessmentView assessment = people.assessment(person, aid);
    EligibilityView view = signedOff(assessment);
    audit.record(person.id(), "eligibility", "view", null, "determination " + view.id());
    model.addAttribute("person", person);
    model.addAttribute("assessment", assessment);
    model.addAttribute("letter", DeterminationLetter.of(person, assessment, view, text));
    return "assessment/determination";
  }

  @GetMapping("/people/{id}/assessments/{aid}/determination.pdf")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  ResponseEntity<byte[]> download(PersonInScope scope, @PathVariable UUID aid) {
    PersonDetails person = people.details(scope);
    AssessmentView assessment = people.assessment(person, aid);
    EligibilityView view = signedOff(assessment);
    audit.record(person.id(), "eligibility", "download", null, "determination " + view.id());
    DeterminationLetter letter = DeterminationLetter.of(person, assessment, view, text);
    byte[] document = pdf.render(letter, text.get("assessment.determination.title"));
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline().filename("determination.pdf").build().toString())
        .body(document);
  }

  private EligibilityView signedOff(AssessmentView assessment) {
    return determinations
        .forAssessment(assessment.id())
        .filter(view -> view.status() == EligibilityStatus.SIGNED_OFF)
        .orElseThrow(NotFoundException::new);
  }
}
