package org.strengths.connection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.strengths.access.AuditLog;
import org.strengths.access.PersonAccess;
import org.strengths.access.PersonAllocation;
import org.strengths.access.StaffMember;
import org.strengths.person.People;
import org.strengths.person.PersonDetails;
import org.strengths.platform.web.Problems;

/**
 * A person's connections for integrations: the same access rule as the pages (a working
 * relationship with the person) and the same audit. Errors are RFC 9457 problem+json.
 */
@RestController
class ConnectionsApiController {

  private final People people;
  private final PersonAccess access;
  private final ConnectionStore store;
  private final AuditLog audit;

  ConnectionsApiController(
      People people, PersonAccess access, ConnectionStore store, AuditLog audit) {
    this.people = people;
    this.access = access;
    this.store = store;
    this.audit = audit;
  }

  @GetMapping("/api/v1/people/{id}/connections")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  ResponseEntity<?> list(@PathVariable UUID id, @AuthenticationPrincipal StaffMember staff) {
    PersonDetails person = people.find(id).orElse(null);
    if (person == null) {
      return Problems.notFound("There is no person with this id.");
    }
    access.check(staff, new PersonAllocation(person.id(), person.teamId(), person.workerId()));
    audit.record(person.id(), "connection", "list", null, "api");
    List<ConnectionResource> body =
        store.forPerson(person.id()).stream()
            .map(c -> ConnectionResource.of(c, store.items(c.id())))
            .toList();
    return ResponseEntity.ok(new ConnectionsResponse(body));
  }

  record ConnectionsResponse(List<ConnectionResource> connections) {}

  /** A connection with what was shared; messages stay in the pages. */
  record ConnectionResource(
      UUID id,
      UUID assetId,
      String assetName,
      UUID organisationId,
      String organisationName,
      String method,
      String lawfulBasis,
      LocalDate consentDate,
      String consentScope,
      String status,
      String declineReason,
      String feedback,
      Instant sentAt,
      String sentBy,
      List<SharedResource> shared) {

    static ConnectionResource of(Connection c, List<DisclosureSnapshot.Item> items) {
      return new ConnectionResource(
          c.id(),
          c.assetId(),
          c.assetName(),
          c.organisationId(),
          c.organisationName(),
          c.method().name(),
          c.lawfulBasis().name(),
          c.consentDate(),
          c.consentScope(),
          c.status().name(),
          c.declineReason(),
          c.feedback(),
          c.sentAt(),
          c.sentByName(),
          items.stream().map(i -> new SharedResource(i.field().name(), i.value())).toList());
    }
  }

  record SharedResource(String field, String value) {}
}
