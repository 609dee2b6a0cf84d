package org.strengths.planning;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.strengths.access.AuditLog;
import org.strengths.access.PersonInScope;
import org.strengths.access.Role;
import org.strengths.access.StaffMember;
import org.strengths.person.Chronology;
import org.strengths.platform.Money;
import org.strengths.platform.PreservedForm;
import org.strengths.platform.web.FormErrors;

/** The personal budget (s.26) and a manager's sign-off of a budget below the indicative amount. */
@Controller
class BudgetController {

  static final int REASON = 1000;

  /** What was typed on the budget page. */
  record BudgetForm(
      String indicative, String contribution, String managementOption, String version) {
    static BudgetForm of(Plan plan) {
      return new BudgetForm(
          plan.indicativeWeekly() == null ? "" : plan.indicativeWeekly().typed(),
          plan.contributionWeekly() == null ? "" : plan.contributionWeekly().typed(),
          plan.managementOption() == null ? null : plan.managementOption().name(),
          String.valueOf(plan.version()));
    }

    BudgetForm withVersion(int newVersion) {
      return new BudgetForm(indicative, contribution, managementOption, String.valueOf(newVersion));
    }
  }

  /** What a manager typed to sign off a budget below the indicative amount. */
  record SignOffForm(String reason, String costPence, String version) {}

  private final Plans plans;
  private final PlanStore store;
  private final AuditLog audit;
  private final Chronology chronology;
  private final PlanText text;

  BudgetController(
      Plans plans, PlanStore store, AuditLog audit, Chronology chronology, PlanText text) {
    this.plans = plans;
    this.store = store;
    this.audit = audit;
    this.chronology = chronology;
    this.text = text;
  }

  @GetMapping("/people/{id}/plan/budget")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  String form(
      PersonInScope person,
      @ModelAttribute("form") BudgetForm form,
      HttpServletRequest request,
      @AuthenticationPrincipal StaffMember staff,
      Model model) {
    var current = plans.current(person.id());
    if (current.isEmpty()) {
      return "redirect:/people/" + person.id() + "/plan";
    }
    audit.record(person.id(), "plan", "view", null, "budget");
    if (!PreservedForm.wasRestored(request)) {
      model.addAttribute("form", BudgetForm.of(current.get().plan()));
    }
    return show(person, current.get(), staff, model, new FormErrors());
  }

  @PostMapping("/people/{id}/plan/budget")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  String save(
      PersonInScope person,
      @ModelAttribute("form") BudgetForm form,
      @AuthenticationPrincipal StaffMember staff,
      Model model,
      RedirectAttributes redirect) {
    var current = plans.current(person.id());
    if (current.isEmpty()) {
      return "redirect:/people/" + person.id() + "/plan";
    }
    FormErrors errors = new FormErrors();
    Money indicative = optionalMoney(errors, "indicative", form.indicative());
    Money contribution = requiredMoney(errors, "contribution", form.contribution());
    ManagementOption option = ManagementOption.of(form.managementOption()).orElse(null);
    if (option == null) {
      errors.add(
          "managementOption",
          "managementOption-DIRECT_PAYMENT",
          text.get("planning.error.managementOption"));
    }
    if (!errors.isEmpty()) {
      return show(person, current.get(), staff, model, errors);
    }
    Plan plan = current.get().plan();
    Integer version = PlanSectionController.version(form.version());
    boolean saved =
        version != null
            && store.updatePlan(
                plan.id(),
                version,
                PlanStore.columns(
                    "indicative_weekly_pence", indicative == null ? null : indicative.pence(),
                    "contribution_weekly_pence", contribution.pence(),
                    "management_option", option.name()),
                staff.getUsername());
    if (!saved) {
      model.addAttribute("form", form.withVersion(plan.version()));
      model.addAttribute("theirs", BudgetForm.of(plan));
      return show(
          person,
          current.get(),
          staff,
          model,
          new FormErrors().add("conflict", text.get("planning.error.conflict.budget")));
    }
    plans.changed(plan, staff);
    audit.record(person.id(), "plan", "change", null, "budget");
    chronology.add(person.id(), "budget-changed", text.get("planning.chronology.budget"));
    redirect.addFlashAttribute("savedMessage", "planning.saved.budget");
    return "redirect:/people/" + person.id() + "/plan/budget";
  }

  @GetMapping("/people/{id}/plan/budget/sign-off")
  @PreAuthorize("hasRole('MANAGER')")
  String signOffForm(PersonInScope person, @ModelAttribute("form") SignOffForm form, Model model) {
    var current = plans.current(person.id());
    if (current.isEmpty()) {
      return "redirect:/people/" + person.id() + "/plan";
    }
    audit.record(person.id(), "plan", "view", null, "budget-sign-off");
    return showSignOff(person, current.get(), model, new FormErrors());
  }

  @PostMapping("/people/{id}/plan/budget/sign-off")
  @PreAuthorize("hasRole('MANAGER')")
  String signOff(
      PersonInScope person,
      @ModelAttribute("form") SignOffForm form,
      @AuthenticationPrincipal StaffMember staff,
      Model model,
      RedirectAttributes redirect) {
    var current = plans.current(person.id());
    if (current.isEmpty()) {
      return "redirect:/people/" + person.id() + "/plan";
    }
    Plans.Whole whole = current.get();
    PersonalBudget budget = whole.budget(plans.today());
    String reason = FormErrors.typed(form.reason());
    FormErrors errors = new FormErrors();
    if (reason == null) {
      errors.add("reason", text.get("planning.error.signOff.reason"));
    } else if (reason.length() > REASON) {
      errors.add("reason", text.get("planning.error.tooLong", REASON));
    }
    if (!String.valueOf(budget.costWeekly().pence()).equals(form.costPence())) {
      errors.add("conflict", text.get("planning.error.signOff.costChanged"));
    }
    if (!budget.isBelowIndicative()) {
      errors.add("conflict", text.get("planning.error.signOff.notBelow"));
    }
    if (!errors.isEmpty()) {
      return showSignOff(person, whole, model, errors);
    }
    Integer version = PlanSectionController.version(form.version());
    Instant now = store.now().toInstant();
    boolean saved =
        version != null
            && store.updatePlan(
                whole.plan().id(),
                version,
                PlanStore.columns(
                    "sign_off_by", staff.id(),
                    "sign_off_name", staff.displayName(),
                    "sign_off_reason", reason,
                    "sign_off_cost_pence", budget.costWeekly().pence(),
                    "sign_off_at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC)),
                staff.getUsername());
    if (!saved) {
      return showSignOff(
          person,
          whole,
          model,
          new FormErrors().add("conflict", text.get("planning.error.signOff.costChanged")));
    }
    audit.record(person.id(), "plan", "sign-off", reason, "budget");
    chronology.add(
        person.id(),
        "budget-signed-off",
        text.get("planning.chronology.signOff", budget.costWeekly().formatted()));
    redirect.addFlashAttribute("savedMessage", "planning.saved.signOff");
    return "redirect:/people/" + person.id() + "/plan/budget";
  }

  private Money optionalMoney(FormErrors errors, String field, String typed) {
    Money.Typed money = Money.parse(typed);
    if (money.problem() == Money.Problem.BLANK) {
      return null;
    }
    if (money.problem() != null) {
      errors.add(field, text.get("planning.error.money." + money.problem().name()));
    }
    return money.money();
  }

  private Money requiredMoney(FormErrors errors, String field, String typed) {
    Money.Typed money = Money.parse(typed);
    if (money.problem() == Money.Problem.BLANK) {
      errors.add(field, text.get("planning.error." + field + ".required"));
    } else if (money.problem() != null) {
      errors.add(field, text.get("planning.error.money." + money.problem().name()));
    }
    return money.money();
  }

  private String show(
      PersonInScope person, Plans.Whole whole, StaffMember staff, Model model, FormErrors errors) {
    model.addAttribute("person", person);
    model.addAttribute("whole", whole);
    model.addAttribute("plan", whole.plan());
    model.addAttribute("budget", whole.budget(plans.today()));
    Money directPayment = whole.directPaymentWeekly(plans.today());
    model.addAttribute("directPaymentWeekly", directPayment);
    model.addAttribute("directPaymentAnnual", PersonalBudget.annual(directPayment));
    model.addAttribute(
        "indicativeAnnual",
        whole.plan().indicativeWeekly() == null
            ? null
            : PersonalBudget.annual(whole.plan().indicativeWeekly()));
    model.addAttribute("options", ManagementOption.values());
    model.addAttribute("maySignOff", staff.role() == Role.MANAGER);
    model.addAttribute("errors", errors);
    return "planning/budget";
  }

  private String showSignOff(
      PersonInScope person, Plans.Whole whole, Model model, FormErrors errors) {
    model.addAttribute("person", person);
    model.addAttribute("plan", whole.plan());
    model.addAttribute("budget", whole.budget(plans.today()));
    model.addAttribute("errors", errors);
    return "planning/sign-off";
  }
}
