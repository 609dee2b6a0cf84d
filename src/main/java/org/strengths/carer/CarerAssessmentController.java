package org.strengths.carer;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.strengths.access.AuditLog;
import org.strengths.access.PersonInScope;
import org.strengths.access.StaffMember;
import org.strengths.person.PersonDetails;
import org.strengths.person.PreferredFormat;
import org.strengths.platform.PreservedForm;
import org.strengths.platform.statute.WellbeingArea;
import org.strengths.platform.web.FormErrors;
import org.strengths.platform.web.Ids;
import org.strengths.platform.web.NotFoundException;

/**
 * The carer's conversation and assessment (Care Act s.10), on the carer's own record: the list,
 * recording and changing the conversation, the eligibility part, and a plain-English summary to
 * print for the carer.
 */
@Controller
class CarerAssessmentController {

  private final CarerPeople people;
  private final CarerAssessments assessments;
  private final CarerStore store;
  private final CarerViews views;
  private final CarerCoaching coaching;
  private final AuditLog audit;
  private final Clock clock;

  CarerAssessmentController(
      CarerPeople people,
      CarerAssessments assessments,
      CarerStore store,
      CarerViews views,
      CarerCoaching coaching,
      AuditLog audit,
      Clock clock) {
    this.people = people;
    this.assessments = assessments;
    this.store = store;
    this.views = views;
    this.coaching = coaching;
    this.audit = audit;
    this.clock = clock;
  }

  @GetMapping("/people/{id}/carer-assessments")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  String list(PersonInScope scope, Model model) {
    PersonDetails carer = people.details(scope);
    audit.record(carer.id(), "carer-assessment", "view", null, "list");
    model.addAttribute("carer", carer);
    model.addAttribute("assessments", assessments.of(carer.id()));
    model.addAttribute("links", views.links(carer.id()));
    return "carer/assessments";
  }

  @GetMapping("/people/{id}/carer-assessments/new")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  String newForm(
      PersonInScope scope,
      @RequestParam(required = false) String link,
      @ModelAttribute("form") CarerAssessmentForm form,
      HttpServletRequest request,
      Model model) {
    PersonDetails carer = people.details(scope);
    audit.record(carer.id(), "carer-assessment", "view", null, "new");
    CarerAssessmentForm shown =
        PreservedForm.wasRestored(request)
            ? form.withSpareQuotes()
            : CarerAssessmentForm.blank(validLink(carer.id(), link), LocalDate.now(clock));
    return showForm(carer, null, shown, model, CarerRules.errors());
  }

  @PostMapping("/people/{id}/carer-assessments/new")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  String create(
      PersonInScope scope,
      @ModelAttribute("form") CarerAssessmentForm form,
      @AuthenticationPrincipal StaffMember staff,
      Model model,
      RedirectAttributes redirect) {
    PersonDetails carer = people.details(scope);
    FormErrors errors = checked(carer, form);
    if (errors.isEmpty()) {
      CarerAssessments.Outcome outcome =
          assessments.create(carer.id(), form.toConversation(), staff);
      if (outcome instanceof CarerAssessments.Saved saved) {
        redirect.addFlashAttribute("savedMessage", "carer.saved.assessment");
        redirect.addFlashAttribute("justSaved", true);
        return "redirect:/people/" + carer.id() + "/carer-assessments/" + saved.id();
      }
      errors.addAll(((CarerAssessments.Invalid) outcome).problems());
    }
    coachUnsaved(form, model);
    return showForm(carer, null, form.withSpareQuotes(), model, errors);
  }

  @GetMapping("/people/{id}/carer-assessments/{aid}")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  String view(PersonInScope scope, @PathVariable UUID aid, Model model) {
    PersonDetails carer = people.details(scope);
    CarerAssessment assessment = assessment(carer, aid);
    audit.record(carer.id(), "carer-assessment", "view", null, "assessment " + assessment.id());
    views.addAssessment(model, carer, assessment);
    if (Boolean.TRUE.equals(model.getAttribute("justSaved"))) {
      // Straight after a save only: advice on what was just written, never a block.
      model.addAttribute("coach", coaching.notes(assessment.conversation()));
      model.addAttribute("coachLead", "carer.coach.lead");
    }
    return "carer/assessment";
  }

  @GetMapping("/people/{id}/carer-assessments/{aid}/summary")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  String summary(PersonInScope scope, @PathVariable UUID aid, Model model) {
    PersonDetails carer = people.details(scope);
    CarerAssessment assessment = assessment(carer, aid);
    audit.record(carer.id(), "carer-assessment", "view", null, "summary " + assessment.id());
    views.addAssessment(model, carer, assessment);
    return "carer/summary";
  }

  @GetMapping("/people/{id}/carer-assessments/{aid}/edit")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  String editForm(
      PersonInScope scope,
      @PathVariable UUID aid,
      @ModelAttribute("form") CarerAssessmentForm form,
      HttpServletRequest request,
      Model model) {
    PersonDetails carer = people.details(scope);
    CarerAssessment assessment = assessment(carer, aid);
    audit.record(carer.id(), "carer-assessment", "view", null, "assessment " + assessment.id());
    CarerAssessmentForm shown =
        PreservedForm.wasRestored(request)
            ? form.withSpareQuotes()
            : CarerAssessmentForm.of(assessment);
    return showForm(carer, assessment, shown, model, CarerRules.errors());
  }

  @PostMapping("/people/{id}/carer-assessments/{aid}/edit")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  String change(
      PersonInScope scope,
      @PathVariable UUID aid,
      @ModelAttribute("form") CarerAssessmentForm form,
      @AuthenticationPrincipal StaffMember staff,
      Model model,
      RedirectAttributes redirect) {
    PersonDetails carer = people.details(scope);
    CarerAssessment assessment = assessment(carer, aid);
    FormErrors errors = checked(carer, form);
    if (errors.isEmpty()) {
      CarerAssessments.Outcome outcome =
          assessments.change(assessment, form.versionSeen(), form.toConversation(), staff);
      if (outcome instanceof CarerAssessments.Saved) {
        redirect.addFlashAttribute("savedMessage", "carer.saved.assessment");
        redirect.addFlashAttribute("justSaved", true);
        return "redirect:/people/" + carer.id() + "/carer-assessments/" + assessment.id();
      }
      if (outcome instanceof CarerAssessments.Conflict conflict) {
        CarerAssessment theirs = conflict.saved();
        // From now on the user has seen the other version, so saving again is deliberate.
        form.setVersion(String.valueOf(theirs.version()));
        errors.add("conflict", views.conflictMessage(theirs));
        model.addAttribute("conflict", views.differences(theirs, form));
        coachUnsaved(form, model);
        return showForm(carer, theirs, form.withSpareQuotes(), model, errors);
      }
      errors.addAll(((CarerAssessments.Invalid) outcome).problems());
    }
    coachUnsaved(form, model);
    return showForm(carer, assessment, form.withSpareQuotes(), model, errors);
  }

  @GetMapping("/people/{id}/carer-assessments/{aid}/eligibility")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  String eligibilityForm(
      PersonInScope scope,
      @PathVariable UUID aid,
      @ModelAttribute("form") CarerEligibilityForm form,
      HttpServletRequest request,
      Model model) {
    PersonDetails carer = people.details(scope);
    CarerAssessment assessment = assessment(carer, aid);
    audit.record(carer.id(), "carer-assessment", "view", null, "eligibility " + assessment.id());
    CarerEligibilityForm shown =
        PreservedForm.wasRestored(request) ? form : CarerEligibilityForm.of(assessment);
    return showEligibility(carer, assessment, shown, model, CarerRules.errors());
  }

  @PostMapping("/people/{id}/carer-assessments/{aid}/eligibility")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  String decide(
      PersonInScope scope,
      @PathVariable UUID aid,
      @RequestParam(required = false) String check,
      @ModelAttribute("form") CarerEligibilityForm form,
      @AuthenticationPrincipal StaffMember staff,
      Model model,
      RedirectAttributes redirect) {
    PersonDetails carer = people.details(scope);
    CarerAssessment assessment = assessment(carer, aid);
    FormErrors errors = CarerRules.errors();
    form.choiceProblems().forEach((field, key) -> errors.add(field, views.text(key)));
    if (check != null || !errors.isEmpty()) {
      // "Check the suggestion" works the suggestion out from what was typed, without saving.
      return showEligibility(carer, assessment, form, model, errors);
    }
    CarerAssessments.Outcome outcome =
        assessments.decide(
            assessment,
            form.versionSeen(),
            form.toAnswers(),
            form.decided(),
            form.getDecisionReason(),
            staff);
    if (outcome instanceof CarerAssessments.Saved) {
      redirect.addFlashAttribute("savedMessage", "carer.saved.eligibility");
      return "redirect:/people/" + carer.id() + "/carer-assessments/" + assessment.id();
    }
    if (outcome instanceof CarerAssessments.Conflict conflict) {
      form.setVersion(String.valueOf(conflict.saved().version()));
      errors.add("conflict", views.conflictMessage(conflict.saved()));
      model.addAttribute("theirs", conflict.saved());
      return showEligibility(carer, conflict.saved(), form, model, errors);
    }
    errors.addAll(((CarerAssessments.Invalid) outcome).problems());
    return showEligibility(carer, assessment, form, model, errors);
  }

  private String showForm(
      PersonDetails carer,
      CarerAssessment assessment,
      CarerAssessmentForm form,
      Model model,
      FormErrors errors) {
    model.addAttribute("carer", carer);
    model.addAttribute("assessment", assessment);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("caredForName", views.caredForName(Ids.orNull(form.getLinkId())));
    model.addAttribute("areas", Arrays.asList(WellbeingArea.values()));
    model.addAttribute("abilities", Arrays.asList(CarerAbility.values()));
    model.addAttribute("formats", Arrays.asList(PreferredFormat.values()));
    return "carer/assessment-form";
  }

  /** The coach's advice on a form shown again unsaved, so it can be followed in the same go. */
  private void coachUnsaved(CarerAssessmentForm form, Model model) {
    model.addAttribute("coach", coaching.notes(form.toConversation()));
    model.addAttribute("coachLead", "carer.coach.leadNotSaved");
  }

  private String showEligibility(
      PersonDetails carer,
      CarerAssessment assessment,
      CarerEligibilityForm form,
      Model model,
      FormErrors errors) {
    model.addAttribute("carer", carer);
    model.addAttribute("assessment", assessment);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("suggestion", form.toAnswers().suggestion());
    model.addAttribute("outcomes", Arrays.asList(CarerOutcome.values()));
    model.addAttribute("statuses", Arrays.asList(CarerOutcomeStatus.values()));
    model.addAttribute("unableReasons", Arrays.asList(CarerUnableReason.values()));
    model.addAttribute("caredForName", views.caredForName(assessment.linkId()));
    return "carer/eligibility";
  }

  /** Every problem at once: the date boxes as typed, then the same checks as the API. */
  private FormErrors checked(PersonDetails carer, CarerAssessmentForm form) {
    return dateErrors(form).addAll(assessments.problems(carer.id(), form.toConversation()));
  }

  private FormErrors dateErrors(CarerAssessmentForm form) {
    FormErrors errors = CarerRules.errors();
    views
        .dateProblem(form.conversationDate(), "carer.date.conversationDate")
        .ifPresent(message -> errors.add("conversationDate", message));
    views
        .dateProblem(form.recordGiven(), "carer.date.recordGiven")
        .ifPresent(message -> errors.add("recordGiven", message));
    return errors;
  }

  private CarerAssessment assessment(PersonDetails carer, UUID aid) {
    return assessments.of(carer.id(), aid).orElseThrow(NotFoundException::new);
  }

  private String validLink(UUID carerId, String link) {
    UUID id = Ids.orNull(link);
    return id == null
        ? null
        : store
            .link(id)
            .filter(l -> l.carerId().equals(carerId))
            .map(l -> id.toString())
            .orElse(null);
  }
}
