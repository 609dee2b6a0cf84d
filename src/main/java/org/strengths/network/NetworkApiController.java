package org.strengths.network;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.strengths.access.AuditLog;
import org.strengths.access.StaffMember;
import org.strengths.platform.web.NotFoundException;
import org.strengths.platform.web.Problems;

/**
 * The person's network for integrations, with the same rules as the pages: a working relationship
 * with the person, and every read audited. Errors are RFC 9457 problem+json.
 */
@RestController
@RequestMapping(
    path = "/api/v1/people/{id}/network",
    produces = {"application/json", "application/problem+json"})
class NetworkApiController {

  private final NetworkPeople people;
  private final Networks networks;
  private final AuditLog audit;

  NetworkApiController(NetworkPeople people, Networks networks, AuditLog audit) {
    this.people = people;
    this.networks = networks;
    this.audit = audit;
  }

  @GetMapping
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  ResponseEntity<?> network(@PathVariable UUID id, @AuthenticationPrincipal StaffMember staff) {
    UUID personId;
    try {
      personId = people.checked(id, staff);
    } catch (NotFoundException unknown) {
      return Problems.notFound("There is no person with this id.");
    }
    audit.record(personId, "network", "view", null, "api");
    List<NetworkMemberView> members = networks.members(personId);
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_JSON)
        .body(
            new NetworkResource(
                personId,
                members.stream()
                    .map(member -> MemberResource.of(member, linkIfVisible(staff, member)))
                    .toList(),
                NetworkSummary.of(members.stream().map(NetworkMemberView::tie).toList()),
                networks.snapshotDates(personId).stream().map(Object::toString).toList()));
  }

  /**
   * A linked record's id is itself information about that person: only if the caller may see it.
   */
  private UUID linkIfVisible(StaffMember staff, NetworkMemberView member) {
    UUID linked = member.linkedPersonId();
    return linked != null && people.visibleName(staff, linked).isPresent() ? linked : null;
  }

  record NetworkResource(
      UUID personId,
      List<MemberResource> members,
      NetworkSummary summary,
      List<String> snapshotDates) {}

  record CarerCheckResource(
      CarerCheck.Status status, boolean mayBeReliedOn, List<CarerCheck.Part> missing) {}

  record MemberResource(
      UUID id,
      TieKind kind,
      String label,
      String specificTie,
      UUID linkedPersonId,
      TieStrength strength,
      boolean stressful,
      SupportDirection direction,
      ContactFrequency contactFrequency,
      Answer wantsChange,
      String changeWanted,
      boolean givesCare,
      Answer willing,
      Answer able,
      String impactOnThem,
      Answer personAgrees,
      CarerCheckResource carerCheck,
      Answer consentToContact,
      boolean thirdParty,
      String recordedBy,
      Instant recordedAt,
      Instant updatedAt,
      int version) {

    static MemberResource of(NetworkMemberView m, UUID linked) {
      CarerCheck check = m.carerCheck();
      return new MemberResource(
          m.id(),
          m.kind(),
          m.label(),
          m.specificTie(),
          linked,
          m.strength(),
          m.stressful(),
          m.direction(),
          m.contactFrequency(),
          m.wantsChange(),
          m.changeWanted(),
          m.givesCare(),
          m.willing(),
          m.able(),
          m.impactOnThem(),
          m.personAgrees(),
          new CarerCheckResource(check.status(), check.mayBeReliedOn(), check.missing()),
          m.consentToContact(),
          m.thirdParty(),
          m.createdByName(),
          m.createdAt(),
          m.updatedAt(),
          m.version());
    }
  }
}
