package org.strengths.network;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.strengths.access.AuditLog;
import org.strengths.access.PersonInScope;
import org.strengths.access.StaffMember;
import org.strengths.platform.web.FormErrors;

/**
 * The person's network: the relationships grouped by kind, the network as it was on a date, and two
 * dates compared.
 */
@Controller
class NetworkController {

  /** One kind of relationship and the members of that kind. */
  record Group<T>(TieKind kind, List<T> members) {}

  /**
   * A current member as the list shows it.
   *
   * @param linkedName the name on their own record, only if the user may see that record
   */
  record Row(NetworkMemberView member, CarerCheck check, String linkedName, String recorded) {}

  private final NetworkPeople people;
  private final Networks networks;
  private final AuditLog audit;
  private final NetworkText text;
  private final Ecomaps ecomaps;
  private final SuggestionStore suggestions;
  private final NetworkStore store;

  /** A relationship the person suggested, waiting for the practitioner, in one line. */
  record Waiting(UUID id, String about, String suggestedOn) {}

  NetworkController(
      NetworkPeople people,
      Networks networks,
      AuditLog audit,
      NetworkText text,
      Ecomaps ecomaps,
      SuggestionStore suggestions,
      NetworkStore store) {
    this.people = people;
    this.networks = networks;
    this.audit = audit;
    this.text = text;
    this.ecomaps = ecomaps;
    this.suggestions = suggestions;
    this.store = store;
  }

  @GetMapping("/people/{id}/network")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  String network(
      PersonInScope person,
      @RequestParam(required = false) String on,
      @RequestParam(required = false) String onDay,
      @RequestParam(required = false) String onMonth,
      @RequestParam(required = false) String onYear,
      @AuthenticationPrincipal StaffMember staff,
      Model model) {
    UUID personId = person.id();
    DateTyped date = DateTyped.read(on, onDay, onMonth, onYear);
    audit.record(
        personId, "network", "view", null, date.date() == null ? null : "on " + date.iso());
    FormErrors errors = NetworkEditing.errors();
    if (date.problem() != null) {
      errors.add("on", text.get(date.problem().key(), text.get("network.date.on")));
    }
    List<NetworkMemberView> members = networks.members(personId);
    List<Row> rows =
        members.stream()
            .map(
                member ->
                    new Row(
                        member,
                        member.carerCheck(),
                        member.linkedPersonId() == null
                            ? null
                            : people.visibleName(staff, member.linkedPersonId()).orElse(null),
                        text.get(
                            "network.recordedBy",
                            member.createdByName(),
                            text.date(member.createdAt().atZone(text.zone()).toLocalDate()))))
            .toList();
    person(personId, model);
    model.addAttribute("groups", grouped(rows, row -> row.member().kind()));
    model.addAttribute("memberCount", members.size());
    List<Tie> ties = members.stream().map(NetworkMemberView::tie).toList();
    String name = people.displayName(personId);
    model.addAttribute("ties", ties);
    model.addAttribute(
        "ecomapSvg", ecomaps.svg(name, ties, "/people/" + personId + "/network/{tieId}/edit"));
    model.addAttribute("ecomapText", ecomaps.text(ties));
    model.addAttribute("summary", ecomaps.summary(ties));
    model.addAttribute("on", date);
    model.addAttribute("errors", errors);
    model.addAttribute("snapshotDates", networks.snapshotDates(personId));
    model.addAttribute(
        "suggestions",
        suggestions.waiting(personId).stream()
            .map(
                s ->
                    new Waiting(
                        s.id(),
                        SuggestionController.describe(s, text, store),
                        text.date(s.suggestedAt().atZone(text.zone()).toLocalDate())))
            .toList());
    if (date.date() != null) {
      List<Tie> past = networks.tiesOn(personId, date.date());
      model.addAttribute("onDate", text.date(date.date()));
      model.addAttribute("pastRecorded", networks.recordedBy(personId, date.date()));
      model.addAttribute("pastTies", past);
      model.addAttribute("pastSvg", ecomaps.svg(name, past, null, "on-ecomap"));
      model.addAttribute("pastText", ecomaps.text(past));
    }
    return "network/network";
  }

  @GetMapping("/people/{id}/network/compare")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  String compare(
      PersonInScope person,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String fromDay,
      @RequestParam(required = false) String fromMonth,
      @RequestParam(required = false) String fromYear,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String toDay,
      @RequestParam(required = false) String toMonth,
      @RequestParam(required = false) String toYear,
      Model model) {
    UUID personId = person.id();
    DateTyped fromDate = DateTyped.read(from, fromDay, fromMonth, fromYear);
    DateTyped toDate = DateTyped.read(to, toDay, toMonth, toYear);
    FormErrors errors = NetworkEditing.errors();
    boolean asked = !fromDate.blank() || !toDate.blank();
    if (asked) {
      problem(fromDate, "from", errors);
      problem(toDate, "to", errors);
    }
    audit.record(
        personId, "network", "view", null, "compare " + fromDate.iso() + " " + toDate.iso());
    person(personId, model);
    model.addAttribute(
        "from", asked || fromDate.date() != null ? fromDate : suggestedFrom(personId));
    model.addAttribute("to", asked || toDate.date() != null ? toDate : DateTyped.of(text.today()));
    model.addAttribute("errors", errors);
    if (fromDate.date() != null && toDate.date() != null) {
      List<Tie> before = networks.tiesOn(personId, fromDate.date());
      List<Tie> after = networks.tiesOn(personId, toDate.date());
      model.addAttribute("fromDate", text.date(fromDate.date()));
      model.addAttribute("toDate", text.date(toDate.date()));
      model.addAttribute("before", before);
      model.addAttribute("after", after);
      String name = people.displayName(personId);
      model.addAttribute("comparison", ecomaps.compare(before, after));
      model.addAttribute("fromSvg", ecomaps.svg(name, before, null, "from-ecomap"));
      model.addAttribute("toSvg", ecomaps.svg(name, after, null, "to-ecomap"));
      model.addAttribute("fromText", ecomaps.text(before));
      model.addAttribute("toText", ecomaps.text(after));
    }
    return "network/compare";
  }

  private void person(UUID personId, Model model) {
    model.addAttribute("personId", personId);
    model.addAttribute("personName", people.displayName(personId));
  }

  /** The form starts at the oldest save, so comparing shows the whole story so far. */
  private DateTyped suggestedFrom(UUID personId) {
    List<LocalDate> dates = networks.snapshotDates(personId);
    return dates.isEmpty() ? DateTyped.NONE : DateTyped.of(dates.get(dates.size() - 1));
  }

  private void problem(DateTyped typed, String field, FormErrors errors) {
    if (typed.blank()) {
      errors.add(field, text.get("network.error." + field + ".missing"));
    } else if (typed.problem() != null) {
      errors.add(field, text.get(typed.problem().key(), text.get("network.date." + field)));
    }
  }

  static <T> List<Group<T>> grouped(List<T> items, Function<T, TieKind> kindOf) {
    Map<TieKind, List<T>> byKind =
        items.stream()
            .collect(
                Collectors.groupingBy(
                    kindOf, () -> new EnumMap<>(TieKind.class), Collectors.toList()));
    return Arrays.stream(TieKind.values())
        .filter(byKind::containsKey)
        .map(kind -> new Group<>(kind, byKind.get(kind)))
        .toList();
  }
}
