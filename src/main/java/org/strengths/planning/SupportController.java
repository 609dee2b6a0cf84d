package org.strengths.planning;

import jakarta.servlet.http.HttpServletRequest;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.strengths.access.AuditLog;
import org.strengths.access.PersonInScope;
import org.strengths.access.StaffMember;
import org.strengths.person.Chronology;
import org.strengths.platform.PreservedForm;
import org.strengths.platform.ReferenceData;
import org.strengths.platform.web.FormErrors;
import org.strengths.platform.web.Ids;
import org.strengths.platform.web.NotFoundException;

/** Who does what: lines of support from the person, their network, community and services. */
@Controller
class SupportController {

  static final String COMPONENTS = "Service_Component";

  private final Plans plans;
  private final PlanStore store;
  private final ReferenceData referenceData;
  private final AuditLog audit;
  private final Chronology chronology;
  private final PlanText text;
  private final SupportChoices choices;

  SupportController(
      Plans plans,
      PlanStore store,
      ReferenceData referenceData,
      AuditLog audit,
      Chronology chronology,
      PlanText text,
      SupportChoices choices) {
    this.choices = choices;
    this.plans = plans;
    this.store = store;
    this.referenceData = referenceData;
    this.audit = audit;
    this.chronology = chronology;
    this.text = text;
  }

  @GetMapping("/people/{id}/plan/support")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  String list(PersonInScope person, Model model) {
    var current = plans.current(person.id());
    if (current.isEmpty()) {
      return "redirect:/people/" + person.id() + "/plan";
    }
    audit.record(person.id(), "plan", "view", null, "support");
    model.addAttribute("person", person);
    model.addAttribute("whole", current.get());
    model.addAttribute("budget", current.get().budget(plans.today()));
    model.addAttribute("assets", choices.assetsOf(current.get().lines()));
    return "planning/support";
  }

  @GetMapping("/people/{id}/plan/support/new")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  String chooseKind(PersonInScope person, Model model) {
    return showKinds(person, model, new FormErrors());
  }

  @PostMapping("/people/{id}/plan/support/new")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  String choseKind(
      PersonInScope person, @RequestParam(defaultValue = "") String kind, Model model) {
    return SupportKind.ofSlug(kind)
        .map(chosen -> "redirect:/people/" + person.id() + "/plan/support/new/" + chosen.slug())
        .orElseGet(
            () ->
                showKinds(
                    person,
                    model,
                    new FormErrors()
                        .add("kind", "kind-person", text.get("planning.error.kind.required"))));
  }

  @GetMapping("/people/{id}/plan/support/new/{kind}")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  String newForm(
      PersonInScope person,
      @PathVariable String kind,
      @ModelAttribute("form") SupportForm form,
      HttpServletRequest request,
      Model model) {
    SupportKind chosen = SupportKind.ofSlug(kind).orElseThrow(NotFoundException::new);
    var current = plans.current(person.id());
    if (current.isEmpty()) {
      return "redirect:/people/" + person.id() + "/plan";
    }
    if (!PreservedForm.wasRestored(request) && request.getParameterMap().isEmpty()) {
      model.addAttribute("form", SupportForm.blank());
    }
    if (chosen == SupportKind.COMMUNITY) {
      String search = request.getParameter("assetSearch");
      if (search != null && search.length() > SupportForm.NAME) {
        search = search.substring(0, SupportForm.NAME);
      }
      model.addAttribute("assetSearch", search);
      model.addAttribute("assetResults", search == null ? null : choices.findAssets(search));
    }
    return show(person, current.get(), chosen, null, model, new FormErrors());
  }

  @PostMapping("/people/{id}/plan/support/new/{kind}")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  String add(
      PersonInScope person,
      @PathVariable String kind,
      @ModelAttribute("form") SupportForm form,
      @AuthenticationPrincipal StaffMember staff,
      Model model,
      RedirectAttributes redirect) {
    SupportKind chosen = SupportKind.ofSlug(kind).orElseThrow(NotFoundException::new);
    var current = plans.current(person.id());
    if (current.isEmpty()) {
      return "redirect:/people/" + person.id() + "/plan";
    }
    FormErrors errors = new FormErrors();
    SupportLine typed = check(form, chosen, current.get(), errors);
    if (!errors.isEmpty()) {
      return show(person, current.get(), chosen, null, model, errors);
    }
    store.insertLine(current.get().plan(), typed, staff.getUsername());
    saved(person, current.get().plan(), typed, staff, "create");
    redirect.addFlashAttribute("savedMessage", "planning.saved.support");
    return "redirect:/people/" + person.id() + "/plan/support";
  }

  @GetMapping("/people/{id}/plan/support/{lineId}")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  String editForm(
      PersonInScope person,
      @PathVariable UUID lineId,
      @ModelAttribute("form") SupportForm form,
      HttpServletRequest request,
      Model model) {
    Plans.Whole whole = plans.current(person.id()).orElseThrow(NotFoundException::new);
    SupportLine line = lineOf(whole, lineId);
    audit.record(person.id(), "plan", "view", null, "support");
    if (!PreservedForm.wasRestored(request)) {
      model.addAttribute("form", SupportForm.of(line));
    }
    return show(person, whole, line.kind(), line, model, new FormErrors());
  }

  @PostMapping("/people/{id}/plan/support/{lineId}")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  String edit(
      PersonInScope person,
      @PathVariable UUID lineId,
      @ModelAttribute("form") SupportForm form,
      @AuthenticationPrincipal StaffMember staff,
      Model model,
      RedirectAttributes redirect) {
    Plans.Whole whole = plans.current(person.id()).orElseThrow(NotFoundException::new);
    SupportLine line = lineOf(whole, lineId);
    FormErrors errors = new FormErrors();
    SupportLine typed = check(form, line.kind(), whole, errors);
    if (!errors.isEmpty()) {
      return show(person, whole, line.kind(), line, model, errors);
    }
    Integer version = PlanSectionController.version(form.version());
    if (version == null || !store.updateLine(line.id(), version, typed, staff.getUsername())) {
      model.addAttribute("form", form.withVersion(line.version()));
      model.addAttribute("theirs", line);
      return show(
          person,
          whole,
          line.kind(),
          line,
          model,
          new FormErrors().add("conflict", text.get("planning.error.conflict.support")));
    }
    saved(person, whole.plan(), typed, staff, "change");
    redirect.addFlashAttribute("savedMessage", "planning.saved.support");
    return "redirect:/people/" + person.id() + "/plan/support";
  }

  private SupportLine check(
      SupportForm form, SupportKind kind, Plans.Whole whole, FormErrors errors) {
    Set<UUID> outcomeIds =
        whole.outcomes().stream().map(Outcome::id).collect(Collectors.toUnmodifiableSet());
    SupportLine typed =
        form.check(
            kind, outcomeIds, code -> referenceData.contains(COMPONENTS, code), errors, text);
    UUID personId = whole.plan().personId();
    if (typed.networkMemberId() != null
        && !choices.isInNetwork(personId, typed.networkMemberId())) {
      errors.add("givenBy", text.get("planning.error.networkMember.unknown"));
    }
    if (typed.communityAssetId() != null && choices.asset(typed.communityAssetId()).isEmpty()) {
      errors.add("givenBy", text.get("planning.error.communityAsset.unknown"));
    }
    return typed;
  }

  private void saved(
      PersonInScope person, Plan plan, SupportLine typed, StaffMember staff, String action) {
    store.touchPlan(plan.id(), staff.getUsername());
    plans.changed(plan, staff);
    audit.record(person.id(), "plan", action, null, "support");
    chronology.add(
        person.id(),
        "support-" + action,
        text.get(
            "planning.chronology.support." + action,
            text.get(typed.kind().labelKey()),
            typed.help()));
  }

  private static SupportLine lineOf(Plans.Whole whole, UUID lineId) {
    return whole.lines().stream()
        .filter(line -> line.id().equals(lineId))
        .findFirst()
        .orElseThrow(NotFoundException::new);
  }

  private String showKinds(PersonInScope person, Model model, FormErrors errors) {
    model.addAttribute("person", person);
    model.addAttribute("kinds", SupportKind.values());
    model.addAttribute("errors", errors);
    return "planning/support-kind";
  }

  private String show(
      PersonInScope person,
      Plans.Whole whole,
      SupportKind kind,
      SupportLine line,
      Model model,
      FormErrors errors) {
    model.addAttribute("person", person);
    model.addAttribute("whole", whole);
    model.addAttribute("kind", kind);
    model.addAttribute("line", line);
    model.addAttribute("errors", errors);
    if (kind == SupportKind.NETWORK) {
      model.addAttribute("relationships", choices.relationships(person.id()));
    }
    if (kind == SupportKind.COMMUNITY && model.getAttribute("form") instanceof SupportForm typed) {
      model.addAttribute(
          "chosenAsset", choices.asset(Ids.orNull(typed.communityAssetId())).orElse(null));
    }
    if (kind == SupportKind.COMMISSIONED) {
      model.addAttribute("serviceTypes", ServiceType.values());
      model.addAttribute("components", referenceData.current(COMPONENTS));
      model.addAttribute("mechanisms", DeliveryMechanism.values());
      model.addAttribute("frequencies", CostFrequency.values());
    }
    return "planning/support-line";
  }
}
