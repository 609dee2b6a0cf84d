package org.strengths.planning;

import jakarta.servlet.http.HttpServletRequest;
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
import org.strengths.person.Chronology;
import org.strengths.platform.PreservedForm;
import org.strengths.platform.web.FormErrors;
import org.strengths.platform.web.NotFoundException;

/** One section of the plan on its own page, e.g. /people/{id}/plan/contingency. */
@Controller
class PlanSectionController {

  private final Plans plans;
  private final PlanStore store;
  private final PlanSections sections;
  private final AuditLog audit;
  private final Chronology chronology;
  private final PlanText text;

  PlanSectionController(
      Plans plans,
      PlanStore store,
      PlanSections sections,
      AuditLog audit,
      Chronology chronology,
      PlanText text) {
    this.plans = plans;
    this.store = store;
    this.sections = sections;
    this.audit = audit;
    this.chronology = chronology;
    this.text = text;
  }

  @GetMapping("/people/{id}/plan/{slug}")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  String form(
      PersonInScope person,
      @PathVariable String slug,
      @ModelAttribute("form") SectionForm form,
      HttpServletRequest request,
      Model model) {
    PlanSection section = PlanSection.editable(slug).orElseThrow(NotFoundException::new);
    var current = plans.current(person.id());
    if (current.isEmpty()) {
      return "redirect:/people/" + person.id() + "/plan";
    }
    audit.record(person.id(), "plan", "view", null, slug);
    if (!PreservedForm.wasRestored(request)) {
      model.addAttribute("form", SectionForm.of(section, current.get().plan()));
    }
    return show(person, section, current.get(), model, new FormErrors());
  }

  @PostMapping("/people/{id}/plan/{slug}")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  String save(
      PersonInScope person,
      @PathVariable String slug,
      @ModelAttribute("form") SectionForm form,
      @AuthenticationPrincipal StaffMember staff,
      Model model,
      RedirectAttributes redirect) {
    PlanSection section = PlanSection.editable(slug).orElseThrow(NotFoundException::new);
    var current = plans.current(person.id());
    if (current.isEmpty()) {
      return "redirect:/people/" + person.id() + "/plan";
    }
    Plan plan = current.get().plan();
    PlanSections.Checked checked = sections.check(section, form, plans.today());
    if (!checked.errors().isEmpty()) {
      return show(person, section, current.get(), model, checked.errors());
    }
    Integer version = version(form.version());
    if (version == null
        || !store.updatePlan(plan.id(), version, checked.columns(), staff.getUsername())) {
      return conflict(person, section, current.get(), form, model);
    }
    audit.record(person.id(), "plan", "change", null, slug);
    if (section == PlanSection.NEXT_REVIEW) {
      plans.reschedule(plan.id());
    }
    if (section == PlanSection.AGREEMENT || section == PlanSection.COPY) {
      chronology.add(
          person.id(),
          "plan-" + slug,
          text.get("planning.chronology." + section.name(), text.get(section.titleKey())));
    }
    redirect.addFlashAttribute("savedMessage", "planning.saved.section");
    return "redirect:/people/" + person.id() + "/plan";
  }

  private String conflict(
      PersonInScope person, PlanSection section, Plans.Whole whole, SectionForm form, Model model) {
    Plan saved = whole.plan();
    model.addAttribute("form", form.withVersion(saved.version()));
    model.addAttribute("theirs", SectionForm.of(section, saved));
    FormErrors errors =
        new FormErrors()
            .add(
                "conflict",
                text.get("planning.error.conflict", saved.updatedBy(), text.date(plans.today())));
    return show(person, section, whole, model, errors);
  }

  private String show(
      PersonInScope person,
      PlanSection section,
      Plans.Whole whole,
      Model model,
      FormErrors errors) {
    model.addAttribute("person", person);
    model.addAttribute("section", section);
    model.addAttribute("plan", whole.plan());
    model.addAttribute("errors", errors);
    model.addAttribute("copyFormats", PlanSections.COPY_FORMATS);
    model.addAttribute("directPaymentWeekly", whole.directPaymentWeekly(plans.today()));
    model.addAttribute("scheduledDue", whole.plan().reviewDueOn());
    return "planning/section";
  }

  static Integer version(String typed) {
    try {
      return typed == null ? null : Integer.valueOf(typed.strip());
    } catch (NumberFormatException notANumber) {
      return null;
    }
  }
}
