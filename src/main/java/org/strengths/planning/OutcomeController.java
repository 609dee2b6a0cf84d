package org.strengths.planning;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
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
import org.strengths.conversation.PersonInTheirWords;
import org.strengths.person.Chronology;
import org.strengths.platform.PreservedForm;
import org.strengths.platform.statute.EligibilityOutcome;
import org.strengths.platform.statute.WellbeingArea;
import org.strengths.platform.web.FormErrors;
import org.strengths.platform.web.Ids;
import org.strengths.platform.web.NotFoundException;

/** Personal outcomes: what the person wants to achieve, in their words. */
@Controller
class OutcomeController {

  private final Plans plans;
  private final PlanStore store;
  private final AuditLog audit;
  private final Chronology chronology;
  private final PlanText text;
  private final PersonInTheirWords inTheirWords;

  OutcomeController(
      Plans plans,
      PlanStore store,
      AuditLog audit,
      Chronology chronology,
      PlanText text,
      PersonInTheirWords inTheirWords) {
    this.inTheirWords = inTheirWords;
    this.plans = plans;
    this.store = store;
    this.audit = audit;
    this.chronology = chronology;
    this.text = text;
  }

  @GetMapping("/people/{id}/plan/outcomes")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  String list(PersonInScope person, Model model) {
    var current = plans.current(person.id());
    if (current.isEmpty()) {
      return "redirect:/people/" + person.id() + "/plan";
    }
    audit.record(person.id(), "plan", "view", null, "outcomes");
    model.addAttribute("person", person);
    model.addAttribute("whole", current.get());
    model.addAttribute("fromConversation", inTheirWords.latestFor(person.id()).orElse(null));
    model.addAttribute("strengthsNamed", inTheirWords.strengthsNamed(person.id()));
    return "planning/outcomes";
  }

  @GetMapping("/people/{id}/plan/outcomes/new")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  String newForm(
      PersonInScope person,
      @ModelAttribute("form") OutcomeForm form,
      HttpServletRequest request,
      Model model) {
    if (plans.current(person.id()).isEmpty()) {
      return "redirect:/people/" + person.id() + "/plan";
    }
    if (!PreservedForm.wasRestored(request) && request.getParameterMap().isEmpty()) {
      model.addAttribute("form", OutcomeForm.blank());
    }
    return show(person, null, model, new FormErrors());
  }

  @PostMapping("/people/{id}/plan/outcomes/new")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  String add(
      PersonInScope person,
      @ModelAttribute("form") OutcomeForm form,
      @AuthenticationPrincipal StaffMember staff,
      Model model,
      RedirectAttributes redirect) {
    var current = plans.current(person.id());
    if (current.isEmpty()) {
      return "redirect:/people/" + person.id() + "/plan";
    }
    FormErrors errors = new FormErrors();
    Outcome typed = form.check(errors, text);
    checkStrength(person, form, errors);
    if (!errors.isEmpty()) {
      return show(person, null, model, errors);
    }
    store.insertOutcome(current.get().plan(), typed, staff.getUsername());
    store.touchPlan(current.get().plan().id(), staff.getUsername());
    audit.record(person.id(), "plan", "create", null, "outcome");
    chronology.add(
        person.id(), "outcome-added", text.get("planning.chronology.outcome", typed.words()));
    redirect.addFlashAttribute("savedMessage", "planning.saved.outcome");
    return "redirect:/people/" + person.id() + "/plan/outcomes";
  }

  @GetMapping("/people/{id}/plan/outcomes/{outcomeId}")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  String editForm(
      PersonInScope person,
      @PathVariable UUID outcomeId,
      @ModelAttribute("form") OutcomeForm form,
      HttpServletRequest request,
      Model model) {
    Outcome outcome = outcomeOf(person, outcomeId);
    audit.record(person.id(), "plan", "view", null, "outcome");
    if (!PreservedForm.wasRestored(request)) {
      model.addAttribute("form", OutcomeForm.of(outcome));
    }
    return show(person, outcome, model, new FormErrors());
  }

  @PostMapping("/people/{id}/plan/outcomes/{outcomeId}")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  String edit(
      PersonInScope person,
      @PathVariable UUID outcomeId,
      @ModelAttribute("form") OutcomeForm form,
      @AuthenticationPrincipal StaffMember staff,
      Model model,
      RedirectAttributes redirect) {
    Outcome outcome = outcomeOf(person, outcomeId);
    FormErrors errors = new FormErrors();
    Outcome typed = form.check(errors, text);
    checkStrength(person, form, errors);
    if (!errors.isEmpty()) {
      return show(person, outcome, model, errors);
    }
    Integer version = PlanSectionController.version(form.version());
    if (version == null
        || !store.updateOutcome(outcome.id(), version, typed, staff.getUsername())) {
      model.addAttribute("form", form.withVersion(outcome.version()));
      model.addAttribute("theirs", outcome);
      return show(
          person,
          outcome,
          model,
          new FormErrors().add("conflict", text.get("planning.error.conflict.outcome")));
    }
    store.touchPlan(outcome.planId(), staff.getUsername());
    audit.record(person.id(), "plan", "change", null, "outcome");
    redirect.addFlashAttribute("savedMessage", "planning.saved.outcome");
    return "redirect:/people/" + person.id() + "/plan/outcomes";
  }

  private Outcome outcomeOf(PersonInScope person, UUID outcomeId) {
    return store
        .outcome(outcomeId)
        .filter(outcome -> outcome.personId().equals(person.id()))
        .orElseThrow(NotFoundException::new);
  }

  /** A strength must be one the person named in a conversation: ids come from a link or form. */
  private void checkStrength(PersonInScope person, OutcomeForm form, FormErrors errors) {
    UUID strength = Ids.orNull(form.strengthId());
    boolean typedSomething = form.strengthId() != null && !form.strengthId().isBlank();
    if ((typedSomething && strength == null)
        || (strength != null && !inTheirWords.strengthsNamed(person.id()).containsKey(strength))) {
      errors.add("strengthId", "strengthId-none", text.get("planning.error.strength.unknown"));
    }
  }

  /**
   * The strengths an outcome may build on: those of the latest conversation, plus the one it
   * already points to if that came from an older conversation.
   */
  private Map<UUID, String> strengthChoices(
      PersonInScope person, PersonInTheirWords.Highlights latest, Outcome outcome) {
    Map<UUID, String> choices = new LinkedHashMap<>();
    if (latest != null) {
      latest.namedStrengths().forEach(named -> choices.put(named.id(), named.description()));
    }
    if (outcome != null && outcome.strengthId() != null) {
      String older = inTheirWords.strengthsNamed(person.id()).get(outcome.strengthId());
      if (older != null) {
        choices.putIfAbsent(outcome.strengthId(), older);
      }
    }
    return choices;
  }

  private String show(PersonInScope person, Outcome outcome, Model model, FormErrors errors) {
    PersonInTheirWords.Highlights latest = inTheirWords.latestFor(person.id()).orElse(null);
    model.addAttribute("fromConversation", latest);
    Map<UUID, String> choices = strengthChoices(person, latest, outcome);
    model.addAttribute("strengthChoices", choices);
    UUID chosen =
        model.getAttribute("form") instanceof OutcomeForm typed
            ? Ids.orNull(typed.strengthId())
            : null;
    model.addAttribute("chosenStrength", choices.containsKey(chosen) ? chosen : null);
    model.addAttribute("person", person);
    model.addAttribute("outcome", outcome);
    model.addAttribute("areas", WellbeingArea.values());
    model.addAttribute("eligibleOutcomeChoices", EligibilityOutcome.values());
    model.addAttribute("errors", errors);
    return "planning/outcome";
  }
}
