package org.strengths.access;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.strengths.platform.Display;
import org.strengths.platform.web.ListPage;
import org.strengths.platform.web.NotFoundException;

/**
 * "Who has looked at this record": the audit log of one person, for the manager of the team the
 * person is allocated to. Looking at it is itself recorded.
 */
@Controller
class AuditTrailController {

  private final AuditTrail trail;
  private final PersonDirectory people;
  private final StaffAccounts staffAccounts;
  private final AuditLog audit;
  private final Clock clock;

  AuditTrailController(
      AuditTrail trail,
      PersonDirectory people,
      StaffAccounts staffAccounts,
      AuditLog audit,
      Clock clock) {
    this.trail = trail;
    this.people = people;
    this.staffAccounts = staffAccounts;
    this.audit = audit;
    this.clock = clock;
  }

  @GetMapping("/people/{id}/audit-trail")
  @PreAuthorize("hasRole('MANAGER')")
  String trail(
      @PathVariable UUID id,
      @RequestParam(name = "page", required = false) String page,
      @AuthenticationPrincipal StaffMember manager,
      Model model) {
    PersonAllocation allocation =
        people.allocationOf(id).orElseThrow(() -> new NotFoundException());
    if (allocation.teamId() == null || !allocation.teamId().equals(manager.teamId())) {
      throw new AccessDeniedException("Only the manager of the person's team sees who looked");
    }
    audit.record(id, "audit-trail", "view");
    ListPage listPage = ListPage.of(page, trail.count(id), AuditTrail.PAGE_SIZE);
    List<AuditTrail.Entry> entries = trail.page(id, listPage.page());
    Map<UUID, String> names =
        staffAccounts.displayNames(
            entries.stream()
                .map(AuditTrail.Entry::staffId)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
    model.addAttribute("personId", id);
    model.addAttribute("personName", people.displayName(id).orElse(null));
    model.addAttribute("rows", entries.stream().map(entry -> row(entry, names)).toList());
    model.addAttribute("listPage", listPage);
    return "access/audit-trail";
  }

  private Row row(AuditTrail.Entry entry, Map<UUID, String> names) {
    String name = entry.staffId() == null ? null : names.get(entry.staffId());
    return new Row(
        Display.momentOf(entry.occurredAt(), clock.getZone()),
        name == null ? entry.username() : name + " (" + entry.username() + ")",
        entry.role(),
        entry.section(),
        entry.action(),
        entry.reason(),
        entry.ipAddress());
  }

  /** An audit entry as the page shows it; {@code role} is a {@link Role} name or NONE. */
  record Row(
      String when,
      String who,
      String role,
      String section,
      String action,
      String reason,
      String ipAddress) {}
}
