package org.strengths.carer;

import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.strengths.access.AuditLog;
import org.strengths.access.StaffMember;
import org.strengths.person.PersonDetails;
import org.strengths.platform.web.Problems;

/**
 * Carers' assessments for integrations, with the same rules as the pages: they belong to the
 * carer's record, so the carer's record is access-checked and the read or write audited. The
 * eligibility decision is not made through the API: a practitioner makes it on the page.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
class CarerAssessmentApiController {

  private final CarerPeople people;
  private final CarerAssessments assessments;
  private final CarerStore store;
  private final AuditLog audit;
  private final CarerText text;

  CarerAssessmentApiController(
      CarerPeople people,
      CarerAssessments assessments,
      CarerStore store,
      AuditLog audit,
      CarerText text) {
    this.people = people;
    this.assessments = assessments;
    this.store = store;
    this.audit = audit;
    this.text = text;
  }

  @GetMapping("/people/{id}/carer-assessments")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  ResponseEntity<?> list(@PathVariable UUID id, @AuthenticationPrincipal StaffMember staff) {
    PersonDetails carer = carer(id, staff);
    if (carer == null) {
      return Problems.notFound("There is no such person or assessment.");
    }
    audit.record(carer.id(), "carer-assessment", "view", null, "api list");
    return ResponseEntity.ok(
        new ListResponse(assessments.of(carer.id()).stream().map(this::resource).toList()));
  }

  @GetMapping("/carer-assessments/{aid}")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  ResponseEntity<?> get(@PathVariable UUID aid, @AuthenticationPrincipal StaffMember staff) {
    UUID id = aid;
    CarerAssessment assessment = id == null ? null : assessments.find(id).orElse(null);
    if (assessment == null) {
      return Problems.notFound("There is no such person or assessment.");
    }
    people.checked(assessment.carerId(), staff);
    audit.record(assessment.carerId(), "carer-assessment", "view", null, "api " + assessment.id());
    return ResponseEntity.ok(resource(assessment));
  }

  @PostMapping(path = "/people/{id}/carer-assessments", consumes = "application/json")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  ResponseEntity<?> create(
      @PathVariable UUID id,
      @RequestBody CarerConversation body,
      @AuthenticationPrincipal StaffMember staff) {
    PersonDetails carer = carer(id, staff);
    if (carer == null) {
      return Problems.notFound("There is no such person or assessment.");
    }
    CarerAssessments.Outcome outcome = assessments.create(carer.id(), body, staff);
    if (outcome instanceof CarerAssessments.Invalid invalid) {
      ProblemDetail problem =
          Problems.detail(
              HttpStatus.BAD_REQUEST,
              Problems.VALIDATION,
              "Some details are missing or not valid.");
      problem.setProperty("errors", Problems.fieldErrors(invalid.problems()));
      return ResponseEntity.badRequest().body(problem);
    }
    UUID created = ((CarerAssessments.Saved) outcome).id();
    return ResponseEntity.created(URI.create("/api/v1/carer-assessments/" + created))
        .body(resource(assessments.find(created).orElseThrow()));
  }

  private PersonDetails carer(UUID carerId, StaffMember staff) {
    if (people.find(carerId).isEmpty()) {
      return null;
    }
    return people.checked(carerId, staff);
  }

  private CarerAssessmentResource resource(CarerAssessment a) {
    CarerEligibility e = a.eligibility();
    CarerEligibilityRule.Result suggestion = e.suggestion();
    Map<String, OutcomeResource> outcomes = new LinkedHashMap<>();
    e.outcomes()
        .forEach(
            (outcome, answer) ->
                outcomes.put(
                    outcome.field(),
                    new OutcomeResource(
                        answer.status().name(),
                        answer.reasons().stream().map(Enum::name).sorted().toList(),
                        e.outcomeNotes().get(outcome))));
    UUID caredForId =
        a.linkId() == null ? null : store.link(a.linkId()).map(CarerLink::caredForId).orElse(null);
    return new CarerAssessmentResource(
        a.id(),
        a.carerId(),
        a.linkId(),
        caredForId,
        a.conversation(),
        new EligibilityResource(
            e.necessaryCare(),
            e.healthDeteriorating(),
            e.healthNotes(),
            outcomes,
            e.significantImpact(),
            e.impactRationale(),
            suggestion.suggestion().name(),
            suggestion.reasons().stream().map(text::reason).toList(),
            e.decision()),
        a.version(),
        a.createdAt(),
        a.updatedAt());
  }

  record ListResponse(List<CarerAssessmentResource> carerAssessments) {}

  record CarerAssessmentResource(
      UUID id,
      UUID carerId,
      UUID linkId,
      UUID caredForId,
      CarerConversation conversation,
      EligibilityResource eligibility,
      int version,
      Instant createdAt,
      Instant updatedAt) {}

  record EligibilityResource(
      Boolean necessaryCare,
      Boolean healthDeteriorating,
      String healthNotes,
      Map<String, OutcomeResource> outcomes,
      Boolean significantImpact,
      String impactRationale,
      String suggestion,
      List<String> suggestionReasons,
      CarerEligibility.Decision decision) {}

  record OutcomeResource(String status, List<String> reasons, String notes) {}
}
