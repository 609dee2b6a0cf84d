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
import org.strengths.access.PersonAccess;
import org.strengths.access.PersonAllocation;
import org.strengths.access.PersonInScope;
import org.strengths.access.StaffMember;
import org.strengths.platform.PreservedForm;
import org.strengths.platform.web.FormErrors;
import org.strengths.platform.web.Ids;

/** Change who a person is allocated to: a team and, optionally, a worker in it. */
@Controller
class AllocationController {

  private final People people;
  private final Allocations allocations;
  private final PersonAccess access;
  private final FormOptions options;
  private final AuditLog audit;
  private final PersonText text;

  AllocationController(
      People people,
      Allocations allocations,
      PersonAccess access,
      FormOptions options,
      AuditLog audit,
      PersonText text) {
    this.people = people;
    this.allocations = allocations;
    this.access = access;
    this.options = options;
    this.audit = audit;
    this.text = text;
  }

  @GetMapping("/people/{id}/allocation")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  String form(
      PersonInScope scope,
      @ModelAttribute("form") AllocationForm form,
      HttpServletRequest request,
      Model model) {
    PersonDetails person = people.details(scope);
    audit.record(person.id(), "allocation", "view");
    if (!PreservedForm.wasRestored(request)) {
      model.addAttribute("form", AllocationForm.of(allocationOf(person)));
    }
    return show(person, model, PersonForms.errors());
  }

  @PostMapping("/people/{id}/allocation")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  String save(
      PersonInScope scope,
      @ModelAttribute("form") AllocationForm form,
      @AuthenticationPrincipal StaffMember staff,
      Model model,
      RedirectAttributes redirect) {
    PersonDetails person = people.details(scope);
    var team = Ids.orNull(form.getTeamId());
    var worker = Ids.orNull(form.getWorkerId());
    if (team == null && form.getTeamId() != null && !form.getTeamId().isBlank()) {
      return show(
          person,
          model,
          PersonForms.errors().add("teamId", text.get("person.error.teamId.invalid")));
    }
    Allocations.Outcome outcome =
        allocations.allocate(form.seenAllocation(person.id()), team, worker, staff);
    if (outcome instanceof Allocations.Invalid invalid) {
      return show(person, model, PersonForms.errors().addAll(invalid.problems()));
    }
    if (outcome instanceof Allocations.Conflict conflict) {
      form.seen(conflict.now());
      String message =
          text.get(
              "person.allocation.conflict",
              allocations.teamName(conflict.now().teamId()),
              allocations.workerName(conflict.now().workerId()));
      return show(person, model, PersonForms.errors().add("teamId", message));
    }
    var now = new PersonAllocation(person.id(), team, worker);
    if (!access.mayView(staff, now)) {
      // The user moved the person out of their own caseload, so the record is closed to them now.
      return "redirect:/people";
    }
    redirect.addFlashAttribute(
        "savedMessage",
        outcome instanceof Allocations.Saved ? "person.saved.allocation" : "person.saved.nothing");
    return "redirect:/people/" + person.id();
  }

  private String show(PersonDetails person, Model model, FormErrors errors) {
    model.addAttribute("person", person);
    model.addAttribute("errors", errors);
    model.addAttribute("teamName", allocations.teamName(person.teamId()));
    model.addAttribute("workerName", allocations.workerName(person.workerId()));
    options.addAllocationChoices(model);
    return "person/allocation";
  }

  private static PersonAllocation allocationOf(PersonDetails person) {
    return new PersonAllocation(person.id(), person.teamId(), person.workerId());
  }
}
