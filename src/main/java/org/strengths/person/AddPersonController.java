package org.strengths.person;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.strengths.access.AuditLog;
import org.strengths.access.PersonAccess;
import org.strengths.access.PersonAllocation;
import org.strengths.access.StaffMember;
import org.strengths.platform.PreservedForm;
import org.strengths.platform.web.FormErrors;

/**
 * Add a person. Before saving, records that look like the same person are shown so the user can
 * open one of them instead, or carry on with everything they typed kept.
 */
@Controller
@RequestMapping("/people/new")
class AddPersonController {

  private final People people;
  private final PersonAccess access;
  private final AuditLog audit;
  private final FormOptions options;
  private final PersonForms forms;

  AddPersonController(
      People people, PersonAccess access, AuditLog audit, FormOptions options, PersonForms forms) {
    this.people = people;
    this.access = access;
    this.audit = audit;
    this.options = options;
    this.forms = forms;
  }

  @GetMapping
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  String form(
      @ModelAttribute("form") PersonForm form,
      HttpServletRequest request,
      @AuthenticationPrincipal StaffMember staff,
      Model model) {
    if (!PreservedForm.wasRestored(request)) {
      model.addAttribute("form", PersonForm.newFor(staff));
    }
    return show(model, PersonForms.errors());
  }

  @PostMapping
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  String add(
      @ModelAttribute("form") PersonForm form,
      @RequestParam(name = "change", required = false) String change,
      @AuthenticationPrincipal StaffMember staff,
      Model model,
      RedirectAttributes redirect) {
    if (change != null) {
      return show(model, PersonForms.errors());
    }
    FormErrors errors = forms.check(form, true);
    if (!errors.isEmpty()) {
      return show(model, errors);
    }
    NewPerson typed = form.toNewPerson();
    if (!form.carriesOn()) {
      List<DuplicateMatch> matches =
          people.likelyDuplicates(
              typed.firstName(), typed.lastName(), typed.dateOfBirth(), typed.nhsNumber());
      if (!matches.isEmpty()) {
        matches.forEach(match -> audit.record(match.id(), "record", "duplicate-warning"));
        model.addAttribute("matches", matches);
        model.addAttribute("hiddenFields", PersonForm.FIELDS);
        return "person/duplicates";
      }
    }
    CreatedPerson created = people.create(typed, staff);
    if (!created.isCreated()) {
      return show(model, PersonForms.errors().addAll(created.errors()));
    }
    return afterAdding(created, typed, staff, redirect);
  }

  private String afterAdding(
      CreatedPerson created, NewPerson typed, StaffMember staff, RedirectAttributes redirect) {
    NewPerson person = PersonRules.normalise(typed);
    var allocation = new PersonAllocation(created.id(), person.teamId(), person.workerId());
    if (access.mayView(staff, allocation)) {
      redirect.addFlashAttribute("savedMessage", "person.saved.created");
      return "redirect:/people/" + created.id();
    }
    // Added for another team: the user has no working relationship, so say so rather than
    // sending them to the break-glass page for someone they have only just added.
    redirect.addFlashAttribute(
        "addedElsewhere",
        List.of(
            PersonDetails.displayName(
                person.firstName(), person.preferredName(), person.lastName()),
            forms.teamName(person.teamId())));
    return "redirect:/people/new";
  }

  private String show(Model model, FormErrors errors) {
    model.addAttribute("errors", errors);
    options.addDetailChoices(model);
    options.addAllocationChoices(model);
    return "person/new";
  }
}
