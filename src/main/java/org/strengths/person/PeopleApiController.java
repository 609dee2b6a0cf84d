package org.strengths.person;

import java.net.URI;
import java.util.List;
import java.util.Locale;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.strengths.access.AuditLog;
import org.strengths.access.PersonAccess;
import org.strengths.access.PersonAllocation;
import org.strengths.access.StaffMember;
import org.strengths.platform.web.Problems;

/**
 * The people API for integrations: the same rules as the pages (search shows who is known; a record
 * needs a working relationship) and the same audit. Errors are RFC 9457 problem+json.
 */
@RestController
@RequestMapping(path = "/api/v1/people", produces = "application/json")
class PeopleApiController {

  static final String DUPLICATES = "urn:strengths:problem:likely-duplicates";

  private final People people;
  private final PersonSearch search;
  private final PersonAccess access;
  private final AuditLog audit;
  private final MessageSource messages;

  PeopleApiController(
      People people,
      PersonSearch search,
      PersonAccess access,
      AuditLog audit,
      MessageSource messages) {
    this.people = people;
    this.search = search;
    this.access = access;
    this.audit = audit;
    this.messages = messages;
  }

  /** Search, as on the "Find a person" page: who is known, not their records. */
  @GetMapping
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  ResponseEntity<?> search(
      @RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "1") int page) {
    try {
      PersonSearch.Results results = search.search(q, page);
      return ResponseEntity.ok(
          new SearchResponse(
              results.people().stream().map(SearchResult::of).toList(),
              results.total(),
              results.page(),
              results.pageSize()));
    } catch (SearchQueryException refused) {
      String detail = messages.getMessage(refused.messageKey(), refused.arguments(), Locale.UK);
      return Problems.response(HttpStatus.BAD_REQUEST, Problems.VALIDATION, detail);
    }
  }

  @GetMapping("/{id}")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  ResponseEntity<?> get(@PathVariable UUID id, @AuthenticationPrincipal StaffMember staff) {
    PersonDetails person = people.find(id).orElse(null);
    if (person == null) {
      return Problems.response(
          HttpStatus.NOT_FOUND, Problems.NOT_FOUND, "There is no person with this id.");
    }
    access.check(staff, new PersonAllocation(person.id(), person.teamId(), person.workerId()));
    audit.record(person.id(), "record", "view", null, "api");
    return ResponseEntity.ok(person);
  }

  @PostMapping(consumes = "application/json")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  ResponseEntity<?> create(
      @RequestBody NewPerson body,
      @RequestParam(defaultValue = "false") boolean duplicatesChecked,
      @AuthenticationPrincipal StaffMember staff) {
    NewPerson typed =
        body.teamId() == null ? body.allocatedTo(staff.teamId(), body.workerId()) : body;
    if (!duplicatesChecked) {
      List<DuplicateMatch> duplicates =
          people.likelyDuplicates(
              typed.firstName(), typed.lastName(), typed.dateOfBirth(), typed.nhsNumber());
      if (!duplicates.isEmpty()) {
        duplicates.forEach(match -> audit.record(match.id(), "record", "duplicate-warning"));
        ProblemDetail problem =
            Problems.detail(
                HttpStatus.CONFLICT,
                DUPLICATES,
                "This person may already have a record. Check the duplicates; to add them anyway,"
                    + " send the request again with ?duplicatesChecked=true.");
        problem.setProperty("duplicates", duplicates.stream().map(DuplicateResource::of).toList());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
      }
    }
    CreatedPerson created = people.create(typed, staff);
    if (!created.isCreated()) {
      ProblemDetail problem =
          Problems.detail(
              HttpStatus.BAD_REQUEST,
              Problems.VALIDATION,
              "Some details are missing or not valid.");
      problem.setProperty("errors", Problems.fieldErrors(created.errors()));
      return ResponseEntity.badRequest().body(problem);
    }
    PersonDetails person = people.find(created.id()).orElseThrow();
    return ResponseEntity.created(URI.create("/api/v1/people/" + created.id())).body(person);
  }

  record SearchResponse(List<SearchResult> people, long total, int page, int pageSize) {}

  record SearchResult(
      UUID id,
      String firstName,
      String lastName,
      String preferredName,
      java.time.LocalDate dateOfBirth,
      String nhsNumber,
      String postcode,
      UUID teamId,
      UUID workerId,
      String allocatedWorker) {

    static SearchResult of(PersonSearch.Result r) {
      return new SearchResult(
          r.id(),
          r.firstName(),
          r.lastName(),
          r.preferredName(),
          r.dateOfBirth(),
          r.nhsNumber(),
          r.postcode(),
          r.teamId(),
          r.workerId(),
          r.workerName());
    }
  }

  record DuplicateResource(UUID id, String reason) {
    static DuplicateResource of(DuplicateMatch match) {
      return new DuplicateResource(
          match.id(), match.sameNhsNumber() ? "same-nhs-number" : "similar-name-and-date-of-birth");
    }
  }
}
