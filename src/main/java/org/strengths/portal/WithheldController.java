package org.strengths.portal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.strengths.access.AuditLog;
import org.strengths.access.PersonInScope;
import org.strengths.access.StaffMember;
import org.strengths.person.People;
import org.strengths.platform.Display;
import org.strengths.platform.web.FormErrors;

/**
 * "Withheld from the person" on a person's record: what the person sees on their own pages, item by
 * item, and what is withheld, with the reason (third-party information or serious harm). Only a
 * practitioner with a working relationship withholds or shows again; managers read. Managers also
 * have the list of everything withheld from their team's people. Every view and change is audited.
 */
@Controller
class WithheldController {

  static final String SECTION = "withheld-items";

  private final MySupport support;
  private final WithheldItems withheld;
  private final AuditLog audit;
  private final MyPagesText words;
  private final People people;
  private final Clock clock;

  WithheldController(
      MySupport support,
      WithheldItems withheld,
      AuditLog audit,
      MyPagesText words,
      People people,
      Clock clock) {
    this.people = people;
    this.support = support;
    this.withheld = withheld;
    this.audit = audit;
    this.words = words;
    this.clock = clock;
  }

  /** The withholding form: which item, why, and a note. */
  record WithholdForm(String item, String reason, String note) {}

  /** A withholding as the pages show it. */
  record Row(WithheldItems.Withheld withheld, String when) {}

  @GetMapping("/people/{id}/withheld")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  String page(
      PersonInScope person,
      @ModelAttribute("form") WithholdForm form,
      @AuthenticationPrincipal StaffMember staff,
      Model model) {
    audit.record(person.id(), SECTION, "view");
    return show(person, staff, model, FormErrors.none());
  }

  @PostMapping("/people/{id}/withheld")
  @PreAuthorize("hasRole('PRACTITIONER')")
  String withhold(
      PersonInScope person,
      @ModelAttribute("form") WithholdForm form,
      @AuthenticationPrincipal StaffMember staff,
      Model model,
      RedirectAttributes redirect) {
    WithholdRules.Checked checked =
        WithholdRules.check(
            new WithholdRules.Typed(form.item(), form.reason(), form.note()),
            support.items(person.id(), person.displayName()),
            withheld.keys(person.id()));
    if (checked.withholding().isPresent()) {
      WithholdRules.Withholding withholding = checked.withholding().get();
      if (withheld.withhold(person.id(), person.teamId(), withholding, staff)) {
        audit.record(
            person.id(),
            SECTION,
            "withhold",
            withholding.reason().name(),
            withholding.item().key());
        redirect.addFlashAttribute("savedMessage", "withheld.saved.withheld");
      }
      return "redirect:/people/" + person.id() + "/withheld";
    }
    FormErrors errors = FormErrors.inFormOrder("item", "reason", "note");
    checked.problems().forEach((field, key) -> errors.add(field, words.get(key)));
    if (errors.has("item")) {
      errors.linkTo("item", "item");
    }
    if (errors.has("reason")) {
      errors.linkTo("reason", "reason");
    }
    audit.record(person.id(), SECTION, "view");
    return show(person, staff, model, errors);
  }

  @PostMapping("/people/{id}/withheld/{wid}/show")
  @PreAuthorize("hasRole('PRACTITIONER')")
  String release(
      PersonInScope person,
      @PathVariable UUID wid,
      @AuthenticationPrincipal StaffMember staff,
      RedirectAttributes redirect) {
    String key = withheld.release(person.id(), wid, staff);
    if (key != null) {
      audit.record(person.id(), SECTION, "show", null, key);
      redirect.addFlashAttribute("savedMessage", "withheld.saved.shown");
    }
    return "redirect:/people/" + person.id() + "/withheld";
  }

  @GetMapping("/withheld-items")
  @PreAuthorize("hasRole('MANAGER')")
  String team(@AuthenticationPrincipal StaffMember staff, Model model) {
    List<WithheldItems.Withheld> items =
        staff.teamId() == null ? List.of() : withheld.forTeam(staff.teamId());
    Set<UUID> people =
        items.stream().map(WithheldItems.Withheld::personId).collect(Collectors.toSet());
    people.forEach(personId -> audit.record(personId, SECTION, "list"));
    model.addAttribute("rows", rows(items));
    Map<UUID, String> names = new java.util.HashMap<>();
    people.forEach(
        personId ->
            this.people
                .find(personId)
                .ifPresent(found -> names.put(personId, found.displayName())));
    model.addAttribute("names", names);
    return "portal/withheld-list";
  }

  private String show(PersonInScope person, StaffMember staff, Model model, FormErrors errors) {
    List<ShownItem> items = support.items(person.id(), person.displayName());
    List<WithheldItems.Withheld> current = withheld.forPerson(person.id());
    Set<String> keys =
        current.stream().map(WithheldItems.Withheld::itemKey).collect(Collectors.toSet());
    model.addAttribute("person", person);
    model.addAttribute("personId", person.id());
    model.addAttribute("shown", items.stream().filter(i -> !keys.contains(i.key())).toList());
    model.addAttribute("rows", rows(current));
    model.addAttribute("reasons", WithholdReason.values());
    model.addAttribute("errors", errors);
    // Only practitioners withhold or show again; a manager reads.
    model.addAttribute(
        "mayWithhold",
        staff.getAuthorities().stream()
            .anyMatch(a -> a.getAuthority().equals("ROLE_PRACTITIONER")));
    return "portal/withheld";
  }

  private List<Row> rows(List<WithheldItems.Withheld> items) {
    return items.stream()
        .map(item -> new Row(item, Display.momentOf(item.withheldAt(), clock.getZone())))
        .toList();
  }
}
