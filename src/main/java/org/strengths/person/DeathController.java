package org.strengths.person;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
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
import org.strengths.platform.web.DateInput;
import org.strengths.platform.web.FormErrors;

/**
 * Record the date a person died (ADR 0169), on a small page of its own reached from their record.
 * The form carries the version it was read at; if someone saved the record meanwhile the user is
 * told who and when, and keeps the date they typed.
 */
@Controller
class DeathController {

  private static final String FIELD = "diedOn";
  private static final String REASON = "reason";

  private final People people;
  private final DeathRecording recording;
  private final AuditLog audit;
  private final PersonText text;
  private final Clock clock;

  DeathController(
      People people, DeathRecording recording, AuditLog audit, PersonText text, Clock clock) {
    this.people = people;
    this.recording = recording;
    this.audit = audit;
    this.text = text;
    this.clock = clock;
  }

  @GetMapping("/people/{id}/death")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  String form(
      PersonInScope scope,
      @ModelAttribute("form") DeathForm form,
      HttpServletRequest request,
      Model model) {
    PersonDetails person = people.details(scope);
    audit.record(person.id(), "details", "view", null, "dateOfDeath");
    DeathForm shown = PreservedForm.wasRestored(request) ? form : DeathForm.of(person);
    return show(person, shown, model, errors());
  }

  @PostMapping("/people/{id}/death")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  String save(
      PersonInScope scope,
      @ModelAttribute("form") DeathForm form,
      @AuthenticationPrincipal StaffMember staff,
      Model model,
      RedirectAttributes redirect) {
    PersonDetails person = people.details(scope);
    DateInput.Result diedOn = form.diedOn();
    var problem = DeathRule.problem(diedOn, person.dateOfBirth(), LocalDate.now(clock));
    if (problem.isPresent()) {
      String message =
          text.get(
              problem.get(), text.get("person.date.dateOfDeath"), text.date(person.dateOfBirth()));
      return show(person, form, model, errors().add(FIELD, message));
    }
    DeathRecording.Outcome outcome =
        recording.record(person, form.versionSeen(), diedOn.date(), staff);
    if (outcome instanceof DeathRecording.Conflict conflict) {
      PersonDetails saved = conflict.saved();
      // From now on the user has seen the record as saved, so saving again is a deliberate choice.
      form.setVersion(String.valueOf(saved.version()));
      FormErrors errors =
          errors()
              .add("conflict", DateInput.dayBox(FIELD), conflict("person.death.conflict", saved));
      return show(saved, form, model, errors);
    }
    redirect.addFlashAttribute(
        "savedMessage",
        outcome instanceof DeathRecording.Recorded ? "person.saved.death" : "person.saved.nothing");
    return "redirect:/people/" + person.id();
  }

  @GetMapping("/people/{id}/death/remove")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  String removal(
      PersonInScope scope,
      @ModelAttribute("form") DeathRemovalForm form,
      HttpServletRequest request,
      Model model) {
    PersonDetails person = people.details(scope);
    if (!person.died()) {
      return "redirect:/people/" + person.id();
    }
    audit.record(person.id(), "details", "view", null, "dateOfDeath");
    DeathRemovalForm shown =
        PreservedForm.wasRestored(request) ? form : DeathRemovalForm.of(person);
    return showRemoval(person, shown, model, removalErrors());
  }

  @PostMapping("/people/{id}/death/remove")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  String remove(
      PersonInScope scope,
      @ModelAttribute("form") DeathRemovalForm form,
      @AuthenticationPrincipal StaffMember staff,
      Model model,
      RedirectAttributes redirect) {
    PersonDetails person = people.details(scope);
    var problem = DeathRemovalRule.problem(form.getReason());
    if (problem.isPresent()) {
      return showRemoval(
          person,
          form,
          model,
          removalErrors().add(REASON, text.get(problem.get(), DeathRemovalRule.MAX_LENGTH)));
    }
    DeathRecording.Outcome outcome =
        recording.remove(person, form.versionSeen(), form.getReason(), staff);
    if (outcome instanceof DeathRecording.Conflict conflict) {
      PersonDetails saved = conflict.saved();
      form.setVersion(String.valueOf(saved.version()));
      FormErrors errors =
          removalErrors().add("conflict", REASON, conflict("person.deathRemoval.conflict", saved));
      return showRemoval(saved, form, model, errors);
    }
    redirect.addFlashAttribute(
        "savedMessage",
        outcome instanceof DeathRecording.Removed
            ? "person.saved.deathRemoved"
            : "person.saved.nothing");
    return "redirect:/people/" + person.id();
  }

  /** Who saved the record since the user read it, when, and the date of death it now has. */
  private String conflict(String key, PersonDetails saved) {
    return text.get(
        key,
        saved.updatedBy(),
        text.moment(saved.updatedAt()),
        saved.dateOfDeath() == null
            ? text.get("person.death.notRecorded")
            : text.date(saved.dateOfDeath()));
  }

  private static FormErrors removalErrors() {
    return FormErrors.inFormOrder("conflict", REASON);
  }

  private String showRemoval(
      PersonDetails person, DeathRemovalForm form, Model model, FormErrors errors) {
    model.addAttribute("person", person);
    model.addAttribute("diedOn", person.died() ? text.date(person.dateOfDeath()) : null);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("maxLength", DeathRemovalRule.MAX_LENGTH);
    return "person/death-remove";
  }

  private static FormErrors errors() {
    return FormErrors.inFormOrder("conflict", FIELD).dateFields(FIELD);
  }

  private String show(PersonDetails person, DeathForm form, Model model, FormErrors errors) {
    model.addAttribute("person", person);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    return "person/death";
  }
}
