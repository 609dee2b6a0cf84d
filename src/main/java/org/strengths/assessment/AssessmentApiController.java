package org.strengths.assessment;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.strengths.access.AuditLog;
import org.strengths.access.PersonAccess;
import org.strengths.access.StaffMember;
import org.strengths.person.People;
import org.strengths.person.PersonDetails;
import org.strengths.platform.web.Problems;

/**
 * Needs assessments for integrations: the same rules as the pages (a working relationship with the
 * person; an assessment starts from one of their completed conversations) and the same audit.
 * Errors are RFC 9457 problem+json.
 */
@RestController
class AssessmentApiController {

  private final People people;
  private final PersonAccess access;
  private final Assessments assessments;
  private final EligibilityDeterminations determinations;
  private final AuditLog audit;
  private final MessageSource messages;

  AssessmentApiController(
      People people,
      PersonAccess access,
      Assessments assessments,
      EligibilityDeterminations determinations,
      AuditLog audit,
      MessageSource messages) {
    this.people = people;
    this.access = access;
    this.assessments = assessments;
    this.determinations = determinations;
    this.audit = audit;
    this.messages = messages;
  }

  @GetMapping(path = "/api/v1/people/{id}/assessments", produces = "application/json")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  ResponseEntity<?> list(@PathVariable UUID id, @AuthenticationPrincipal StaffMember staff) {
    PersonDetails person = person(id);
    if (person == null) {
      return Problems.response(
          HttpStatus.NOT_FOUND, Problems.NOT_FOUND, "There is no person with this id.");
    }
    access.check(staff, AssessmentPeople.allocation(person));
    audit.record(person.id(), "assessment", "view", null, "api list");
    return ResponseEntity.ok(
        assessments.forPerson(person.id()).stream().map(this::resource).toList());
  }

  @GetMapping(path = "/api/v1/assessments/{aid}", produces = "application/json")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  ResponseEntity<?> get(@PathVariable UUID aid, @AuthenticationPrincipal StaffMember staff) {
    UUID assessmentId = aid;
    AssessmentView assessment =
        assessmentId == null ? null : assessments.find(assessmentId).orElse(null);
    PersonDetails person = assessment == null ? null : person(assessment.personId());
    if (person == null) {
      return Problems.response(
          HttpStatus.NOT_FOUND, Problems.NOT_FOUND, "There is no assessment with this id.");
    }
    access.check(staff, AssessmentPeople.allocation(person));
    audit.record(person.id(), "assessment", "view", null, "api " + assessment.id());
    return ResponseEntity.ok(resource(assessment));
  }

  /** What a caller sends to start an assessment. */
  record NewAssessment(UUID conversationId) {}

  @PostMapping(
      path = "/api/v1/people/{id}/assessments",
      consumes = "application/json",
      produces = "application/json")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  ResponseEntity<?> create(
      @PathVariable UUID id,
      @RequestBody NewAssessment body,
      @AuthenticationPrincipal StaffMember staff) {
    PersonDetails person = person(id);
    if (person == null) {
      return Problems.response(
          HttpStatus.NOT_FOUND, Problems.NOT_FOUND, "There is no person with this id.");
    }
    access.check(staff, AssessmentPeople.allocation(person));
    Assessments.Started started =
        assessments.start(person, body == null ? null : body.conversationId(), staff);
    if (started instanceof Assessments.Refused refused) {
      ProblemDetail problem =
          Problems.detail(
              HttpStatus.BAD_REQUEST,
              Problems.VALIDATION,
              messages.getMessage(refused.problemKey(), null, Locale.UK));
      problem.setProperty(
          "errors",
          List.of(
              Map.of(
                  "pointer",
                  "#/conversationId",
                  "field",
                  "conversationId",
                  "detail",
                  problem.getDetail())));
      return ResponseEntity.badRequest().body(problem);
    }
    UUID created = ((Assessments.Created) started).id();
    return ResponseEntity.created(URI.create("/api/v1/assessments/" + created))
        .body(resource(assessments.find(created).orElseThrow()));
  }

  private PersonDetails person(UUID id) {
    return id == null ? null : people.find(id).orElse(null);
  }

  private AssessmentResource resource(AssessmentView assessment) {
    Map<String, Object> answers = new TreeMap<>(assessment.values());
    Map<String, String> sections = new TreeMap<>();
    Arrays.stream(AssessmentSection.values())
        .forEach(section -> sections.put(section.slug(), assessment.status(section).name()));
    EligibilityResource eligibility =
        determinations
            .forAssessment(assessment.id())
            .map(
                view ->
                    new EligibilityResource(
                        view.id(),
                        view.status().name(),
                        view.suggestedEligible(),
                        view.decision() == null ? null : view.decision().name(),
                        view.decidedEligible(),
                        view.overrideReason(),
                        view.signedOffByName(),
                        view.signedOffAt()))
            .orElse(null);
    return new AssessmentResource(
        assessment.id(),
        assessment.personId(),
        assessment.conversationId(),
        assessment.startedOn(),
        sections,
        assessment.narrativeComplete(),
        answers,
        eligibility,
        assessment.version(),
        assessment.updatedAt());
  }

  record AssessmentResource(
      UUID id,
      UUID personId,
      UUID conversationId,
      LocalDate startedOn,
      Map<String, String> sections,
      boolean narrativeComplete,
      Map<String, Object> answers,
      EligibilityResource eligibility,
      int version,
      Instant updatedAt) {}

  record EligibilityResource(
      UUID id,
      String status,
      Boolean suggestedEligible,
      String decision,
      Boolean decidedEligible,
      String overrideReason,
      String signedOffBy,
      Instant signedOffAt) {}
}
