package org.strengths.planning;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.strengths.access.AuditLog;
import org.strengths.access.PersonInScope;
import org.strengths.access.StaffMember;
import org.strengths.platform.web.FormErrors;

/** The person's plan: its task list of sections, starting it and agreeing it. */
@Controller
class PlanController {

  private final Plans plans;
  private final AuditLog audit;
  private final PlanText text;
  private final PlanDeaths deaths;

  PlanController(Plans plans, AuditLog audit, PlanText text, PlanDeaths deaths) {
    this.plans = plans;
    this.deaths = deaths;
    this.audit = audit;
    this.text = text;
  }

  @GetMapping("/people/{id}/plan")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  String plan(PersonInScope person, Model model) {
    audit.record(person.id(), "plan", "view");
    return show(person, model, new FormErrors());
  }

  @PostMapping("/people/{id}/plan")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  String act(
      PersonInScope person,
      @RequestParam(defaultValue = "") String action,
      @RequestParam(defaultValue = "") String version,
      @AuthenticationPrincipal StaffMember staff,
      Model model,
      RedirectAttributes redirect) {
    var current = plans.current(person.id());
    if ("start".equals(action) && current.isEmpty()) {
      plans.start(person.id(), staff);
      redirect.addFlashAttribute("savedMessage", "planning.saved.started");
      return "redirect:/people/" + person.id() + "/plan";
    }
    if (!"agree".equals(action) || current.isEmpty() || current.get().plan().isAgreed()) {
      return "redirect:/people/" + person.id() + "/plan";
    }
    Plans.Whole whole = current.get();
    List<PlanSection> missing = plans.missingToAgree(whole);
    if (!missing.isEmpty()) {
      FormErrors errors = new FormErrors();
      missing.forEach(
          section ->
              errors.add(
                  "section-" + section.slug(),
                  text.get("planning.error.agree.missing", text.get(section.titleKey()))));
      return show(person, model, errors);
    }
    if (!version.equals(String.valueOf(whole.plan().version()))
        || !plans.agree(whole, whole.plan().version(), staff)) {
      return show(
          person,
          model,
          new FormErrors()
              .add("agree", text.get("planning.error.agree.stale", whole.plan().updatedBy())));
    }
    redirect.addFlashAttribute("savedMessage", "planning.saved.agreed");
    return "redirect:/people/" + person.id() + "/plan";
  }

  private String show(PersonInScope person, Model model, FormErrors errors) {
    model.addAttribute("person", person);
    model.addAttribute("errors", errors);
    plans
        .current(person.id())
        .ifPresent(
            whole -> {
              model.addAttribute("whole", whole);
              model.addAttribute("plan", whole.plan());
              model.addAttribute("statuses", plans.statuses(whole));
              model.addAttribute("budget", whole.budget(plans.today()));
              model.addAttribute("sections", PlanSection.values());
              model.addAttribute("linesToCheck", deaths.linesToCheck(whole.plan()));
            });
    return "planning/plan";
  }
}
