package org.strengths.network;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.strengths.access.AuditLog;
import org.strengths.access.StaffMember;

/**
 * The person's network: the relationships grouped by kind, the network as it was on a date, and two
 * dates side by side. The ecomap drawing goes in the slot the templates leave for it.
 */
@Controller
class NetworkController {

  /** One kind of relationship and the members of that kind. */
  record Group<T>(TieKind kind, List<T> members) {}

  private final NetworkPeople people;
  private final Networks networks;
  private final AuditLog audit;
  private final NetworkText text;

  NetworkController(NetworkPeople people, Networks networks, AuditLog audit, NetworkText text) {
    this.people = people;
    this.networks = networks;
    this.audit = audit;
    this.text = text;
  }

  @GetMapping("/people/{id}/network")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  String network(
      @PathVariable String id,
      @RequestParam(required = false) String on,
      @AuthenticationPrincipal StaffMember staff,
      Model model) {
    UUID personId = people.checked(id, staff);
    NetworkFormErrors errors = new NetworkFormErrors();
    LocalDate date = date(on, "on", errors);
    audit.record(personId, "network", "view", null, date == null ? null : "on " + date);
    List<NetworkMemberView> members = networks.members(personId);
    model.addAttribute("personId", personId);
    model.addAttribute("personName", people.displayName(personId));
    model.addAttribute("groups", grouped(members, NetworkMemberView::kind));
    model.addAttribute("memberCount", members.size());
    model.addAttribute("ties", members.stream().map(NetworkMemberView::tie).toList());
    model.addAttribute("on", on);
    model.addAttribute("errors", errors);
    if (date != null) {
      List<Tie> past = networks.tiesOn(personId, date);
      model.addAttribute("onDate", text.date(date));
      model.addAttribute("pastRecorded", networks.recordedBy(personId, date));
      model.addAttribute("pastGroups", grouped(past, Tie::kind));
      model.addAttribute("pastTies", past);
    }
    return "network/network";
  }

  @GetMapping("/people/{id}/network/compare")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  String compare(
      @PathVariable String id,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @AuthenticationPrincipal StaffMember staff,
      Model model) {
    UUID personId = people.checked(id, staff);
    NetworkFormErrors errors = new NetworkFormErrors();
    boolean asked = from != null || to != null;
    LocalDate fromDate = asked ? required(from, "from", errors) : null;
    LocalDate toDate = asked ? required(to, "to", errors) : null;
    audit.record(personId, "network", "view", null, "compare");
    model.addAttribute("personId", personId);
    model.addAttribute("personName", people.displayName(personId));
    model.addAttribute("from", from);
    model.addAttribute("to", to);
    model.addAttribute("errors", errors);
    if (fromDate != null && toDate != null) {
      List<Tie> before = networks.tiesOn(personId, fromDate);
      List<Tie> after = networks.tiesOn(personId, toDate);
      model.addAttribute("fromDate", text.date(fromDate));
      model.addAttribute("toDate", text.date(toDate));
      model.addAttribute("before", before);
      model.addAttribute("after", after);
      model.addAttribute("beforeGroups", grouped(before, Tie::kind));
      model.addAttribute("afterGroups", grouped(after, Tie::kind));
    }
    return "network/compare";
  }

  private LocalDate required(String typed, String field, NetworkFormErrors errors) {
    if (typed == null || typed.isBlank()) {
      errors.add(field, text.get("network.error." + field + ".missing"));
      return null;
    }
    return date(typed, field, errors);
  }

  private LocalDate date(String typed, String field, NetworkFormErrors errors) {
    if (typed == null || typed.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(typed.strip());
    } catch (DateTimeParseException notADate) {
      errors.add(field, text.get("network.error.date.invalid"));
      return null;
    }
  }

  static <T> List<Group<T>> grouped(
      List<T> items, java.util.function.Function<T, TieKind> kindOf) {
    Map<TieKind, List<T>> byKind =
        items.stream()
            .collect(
                java.util.stream.Collectors.groupingBy(
                    kindOf,
                    () -> new java.util.EnumMap<>(TieKind.class),
                    java.util.stream.Collectors.toList()));
    return Arrays.stream(TieKind.values())
        .filter(byKind::containsKey)
        .map(kind -> new Group<>(kind, byKind.get(kind)))
        .toList();
  }
}
