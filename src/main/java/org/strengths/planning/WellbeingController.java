package org.strengths.planning;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
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
import org.strengths.access.StaffMember;
import org.strengths.person.Chronology;
import org.strengths.platform.PreservedForm;
import org.strengths.platform.web.DateInput;
import org.strengths.platform.web.FormErrors;

/** ONS4 at the start of a plan (or any time between reviews), so progress has a baseline. */
@Controller
class WellbeingController {

  private final Plans plans;
  private final PlanStore store;
  private final ReviewStore reviews;
  private final AuditLog audit;
  private final Chronology chronology;
  private final PlanText text;
  private final Ons4 ons4 = new Ons4();

  WellbeingController(
      Plans plans,
      PlanStore store,
      ReviewStore reviews,
      AuditLog audit,
      Chronology chronology,
      PlanText text) {
    this.plans = plans;
    this.store = store;
    this.reviews = reviews;
    this.audit = audit;
    this.chronology = chronology;
    this.text = text;
  }

  @GetMapping("/people/{id}/plan/wellbeing")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  String form(
      PersonInScope person,
      @ModelAttribute("form") WellbeingForm form,
      HttpServletRequest request,
      Model model) {
    if (plans.current(person.id()).isEmpty()) {
      return "redirect:/people/" + person.id() + "/plan";
    }
    if (!PreservedForm.wasRestored(request) && form.getDay() == null) {
      LocalDate today = plans.today();
      form.setDay(DateInput.day(today));
      form.setMonth(DateInput.month(today));
      form.setYear(DateInput.year(today));
    }
    return show(person, model, new FormErrors());
  }

  @PostMapping("/people/{id}/plan/wellbeing")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  String save(
      PersonInScope person,
      @ModelAttribute("form") WellbeingForm form,
      @AuthenticationPrincipal StaffMember staff,
      Model model,
      RedirectAttributes redirect) {
    var current = plans.current(person.id());
    if (current.isEmpty()) {
      return "redirect:/people/" + person.id() + "/plan";
    }
    FormErrors errors = new FormErrors();
    DateInput.Result typed = DateInput.read(form.getDay(), form.getMonth(), form.getYear());
    if (typed.blank()) {
      errors.add("date", "dateDay", text.get("planning.error.wellbeing.date"));
    } else if (typed.problem() != null) {
      errors.add(
          "date", "dateDay", text.dateProblem(typed, "planning.date.wellbeing").orElseThrow());
    } else if (typed.date().isAfter(plans.today())) {
      errors.add("date", "dateDay", text.get("planning.error.wellbeing.future"));
    }
    Map<String, Integer> answers = new LinkedHashMap<>();
    for (WellbeingInstrument.Question question : ons4.questions()) {
      String answer = form.getAnswers().get(question.id());
      if (answer == null || answer.isBlank()) {
        continue;
      }
      String value = answer.strip();
      if (!value.matches("\\d{1,2}") || !question.accepts(Integer.parseInt(value))) {
        errors.add("ons4-" + question.id(), text.get("planning.error.ons4"));
      } else {
        answers.put(question.id(), Integer.parseInt(value));
      }
    }
    if (answers.isEmpty() && errors.isEmpty()) {
      errors.add("ons4-" + Ons4.LIFE_SATISFACTION, text.get("planning.error.wellbeing.noAnswers"));
    }
    if (!errors.isEmpty()) {
      return show(person, model, errors);
    }
    reviews.insertMeasure(
        current.get().plan(), null, ons4, typed.date(), answers, store.now(), staff.getUsername());
    audit.record(person.id(), "plan", "change", null, "wellbeing");
    chronology.add(person.id(), "wellbeing-measured", text.get("planning.chronology.wellbeing"));
    redirect.addFlashAttribute("savedMessage", "planning.saved.wellbeing");
    return "redirect:/people/" + person.id() + "/plan/progress";
  }

  private String show(PersonInScope person, Model model, FormErrors errors) {
    model.addAttribute("person", person);
    model.addAttribute("questions", ons4.questions());
    model.addAttribute("errors", errors);
    return "planning/wellbeing";
  }
}
