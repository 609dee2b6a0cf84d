package org.strengths.person;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
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
import org.strengths.platform.PreservedForm;
import org.strengths.platform.ReferenceData;
import org.strengths.platform.web.DateInput;
import org.strengths.platform.web.FormErrors;

/** Update a person's CLD context, with the date the new values apply from. */
@Controller
class ContextController {

  /** A context field, what is chosen in it and what can be chosen. */
  record FieldChoice(CldField field, String chosen, List<ReferenceData.ListValue> values) {}

  private final People people;
  private final PersonContext context;
  private final AuditLog audit;
  private final PersonText text;
  private final Clock clock;

  ContextController(
      People people, PersonContext context, AuditLog audit, PersonText text, Clock clock) {
    this.people = people;
    this.context = context;
    this.audit = audit;
    this.text = text;
    this.clock = clock;
  }

  @GetMapping("/people/{id}/context")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  String form(
      PersonInScope scope,
      @ModelAttribute("form") ContextForm form,
      HttpServletRequest request,
      Model model) {
    PersonDetails person = people.details(scope);
    audit.record(person.id(), "context", "view");
    ContextForm shown =
        PreservedForm.wasRestored(request)
            ? form
            : ContextForm.of(context.today(person.id()), LocalDate.now(clock));
    return show(person, shown, model, PersonForms.errors());
  }

  @PostMapping("/people/{id}/context")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  String save(
      PersonInScope scope,
      @ModelAttribute("form") ContextForm form,
      @AuthenticationPrincipal StaffMember staff,
      Model model,
      RedirectAttributes redirect) {
    PersonDetails person = people.details(scope);
    DateInput.Result date = form.effectiveFrom();
    FormErrors errors = PersonForms.errors();
    text.dateProblem(date, "person.date.effectiveFrom")
        .ifPresent(message -> errors.add("effectiveFrom", message));
    if (!errors.isEmpty()) {
      return show(person, form, model, errors);
    }
    PersonContext.Outcome outcome = context.record(person.id(), form.chosen(), date.date(), staff);
    if (!outcome.problems().isEmpty()) {
      return show(person, form, model, errors.addAll(outcome.problems()));
    }
    redirect.addFlashAttribute("savedMessage", "person.saved.context");
    return "redirect:/people/" + person.id() + "/history";
  }

  private String show(PersonDetails person, ContextForm form, Model model, FormErrors errors) {
    LocalDate listDate =
        form.effectiveFrom().date() == null ? LocalDate.now(clock) : form.effectiveFrom().date();
    model.addAttribute("person", person);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute(
        "fields",
        Arrays.stream(CldField.values())
            .map(field -> new FieldChoice(field, form.get(field), context.choices(field, listDate)))
            .toList());
    model.addAttribute("history", context.history(person.id()));
    return "person/context";
  }
}
