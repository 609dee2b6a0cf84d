package org.strengths.person;

import jakarta.servlet.http.HttpServletRequest;
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
import org.strengths.platform.web.FormErrors;

/**
 * Edit a person's details. The form carries the version it was read at; if someone saved in the
 * meantime the user sees both versions side by side and keeps their text.
 */
@Controller
class EditDetailsController {

  private final People people;
  private final DetailsEditing editing;
  private final PersonChanges changes;
  private final PersonForms forms;
  private final FormOptions options;
  private final AuditLog audit;
  private final PersonText text;

  EditDetailsController(
      People people,
      DetailsEditing editing,
      PersonChanges changes,
      PersonForms forms,
      FormOptions options,
      AuditLog audit,
      PersonText text) {
    this.people = people;
    this.editing = editing;
    this.changes = changes;
    this.forms = forms;
    this.options = options;
    this.audit = audit;
    this.text = text;
  }

  @GetMapping("/people/{id}/edit")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  String form(
      PersonInScope scope,
      @ModelAttribute("form") PersonForm form,
      HttpServletRequest request,
      Model model) {
    PersonDetails person = people.details(scope);
    audit.record(person.id(), "details", "view");
    if (!PreservedForm.wasRestored(request)) {
      model.addAttribute("form", PersonForm.of(person));
    }
    return show(person, model, PersonForms.errors());
  }

  @PostMapping("/people/{id}/edit")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  String save(
      PersonInScope scope,
      @ModelAttribute("form") PersonForm form,
      @AuthenticationPrincipal StaffMember staff,
      Model model,
      RedirectAttributes redirect) {
    PersonDetails person = people.details(scope);
    FormErrors errors = forms.check(form, false);
    if (!errors.isEmpty()) {
      return show(person, model, errors);
    }
    DetailsEditing.Outcome outcome =
        editing.change(person, form.versionSeen(), form.toNewPerson(), staff);
    if (outcome instanceof DetailsEditing.Invalid invalid) {
      return show(person, model, PersonForms.errors().addAll(invalid.problems()));
    }
    if (outcome instanceof DetailsEditing.Conflict conflict) {
      return showConflict(conflict, form, model);
    }
    redirect.addFlashAttribute(
        "savedMessage",
        outcome instanceof DetailsEditing.Saved ? "person.saved.details" : "person.saved.nothing");
    return "redirect:/people/" + person.id();
  }

  private String showConflict(DetailsEditing.Conflict conflict, PersonForm form, Model model) {
    PersonDetails saved = conflict.saved();
    // From now on the user has seen the other version, so saving again is a deliberate choice.
    form.setVersion(String.valueOf(saved.version()));
    var latest =
        changes.of(saved.id()).stream()
            .filter(change -> ChangeHistory.FIELDS.contains(change.field()))
            .findFirst();
    String who = latest.map(PersonChanges.Change::changedByName).orElse(saved.updatedBy());
    String when =
        text.moment(latest.map(PersonChanges.Change::changedAt).orElse(saved.updatedAt()));
    FormErrors errors =
        PersonForms.errors().add("conflict", text.get("person.edit.conflict", who, when));
    model.addAttribute("conflict", conflict.differences());
    return show(saved, model, errors);
  }

  private String show(PersonDetails person, Model model, FormErrors errors) {
    model.addAttribute("person", person);
    model.addAttribute("errors", errors);
    options.addDetailChoices(model);
    return "person/edit";
  }
}
