package org.strengths.assessment;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.strengths.access.AuditLog;
import org.strengths.access.PersonInScope;
import org.strengths.access.Role;
import org.strengths.access.StaffMember;
import org.strengths.assessment.EligibilityRule.Decision;
import org.strengths.person.PersonDetails;
import org.strengths.platform.PreservedForm;
import org.strengths.platform.statute.EligibilityOutcome;
import org.strengths.platform.web.FormErrors;

/**
 * Eligibility, a separate step after the assessment narrative is complete: the ten outcomes, the
 * impairment link and the impact on wellbeing; then the suggested result, which the practitioner
 * confirms or overrides with a reason and sends for sign-off; then a manager of the person's team
 * signs it off or returns it with comments.
 */
@Controller
class EligibilityController {

  static final int COMMENTS_LIMIT = 2000;

  private final AssessmentPeople people;
  private final EligibilityDeterminations determinations;
  private final AuditLog audit;
  private final AssessmentText text;

  EligibilityController(
      AssessmentPeople people,
      EligibilityDeterminations determinations,
      AuditLog audit,
      AssessmentText text) {
    this.people = people;
    this.determinations = determinations;
    this.audit = audit;
    this.text = text;
  }

  @GetMapping("/people/{id}/assessments/{aid}/eligibility")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  String form(
      PersonInScope scope,
      @PathVariable UUID aid,
      HttpServletRequest request,
      @AuthenticationPrincipal StaffMember staff,
      Model model) {
    PersonDetails person = people.details(scope);
    AssessmentView assessment = people.assessment(person, aid);
    if (!assessment.narrativeComplete()) {
      return redirect(person, assessment, "");
    }
    EligibilityView view = determinations.open(assessment, staff);
    if (!view.status().editable()) {
      return redirect(person, assessment, "/eligibility/decision");
    }
    audit.record(person.id(), "eligibility", "view", null, view.id().toString());
    boolean restored = PreservedForm.wasRestored(request);
    EligibilityForm form =
        restored ? EligibilityForm.read(request::getParameterValues) : EligibilityForm.of(view);
    String version = restored ? request.getParameter("version") : String.valueOf(view.version());
    return show(person, assessment, view, form, version, new FormErrors(), model);
  }

  @PostMapping("/people/{id}/assessments/{aid}/eligibility")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  String save(
      PersonInScope scope,
      @PathVariable UUID aid,
      HttpServletRequest request,
      @AuthenticationPrincipal StaffMember staff,
      Model model) {
    PersonDetails person = people.details(scope);
    AssessmentView assessment = people.assessment(person, aid);
    if (!assessment.narrativeComplete()) {
      return redirect(person, assessment, "");
    }
    EligibilityView view = determinations.open(assessment, staff);
    if (!view.status().editable()) {
      return redirect(person, assessment, "/eligibility/decision");
    }
    EligibilityForm form = EligibilityForm.read(request::getParameterValues);
    String version = request.getParameter("version");
    FormErrors errors = new FormErrors();
    form.problems().forEach(p -> errors.add(p.field(), text.resolve(p.key(), p.args())));
    Integer versionSeen = version(version);
    if (versionSeen == null) {
      errors.add("version", text.get("assessment.error.version"));
    }
    if (!errors.isEmpty()) {
      return show(person, assessment, view, form, version, errors, model);
    }
    if (!determinations.saveAnswers(view, versionSeen, form, staff)) {
      EligibilityView current = determinations.forAssessment(assessment.id()).orElseThrow();
      errors.add(
          "conflict",
          text.get(
              "assessment.error.conflict", current.updatedBy(), text.moment(current.updatedAt())));
      return show(
          person, assessment, current, form, String.valueOf(current.version()), errors, model);
    }
    EligibilityView saved = determinations.forAssessment(assessment.id()).orElseThrow();
    EligibilityRule.Evaluation evaluation = EligibilityDeterminations.evaluate(saved, assessment);
    if (!evaluation.valid()) {
      evaluation
          .problems()
          .forEach(
              p ->
                  errors.add(
                      p.field().equals("fluctuatingPeriod") ? "fluctuatingPeriod" : p.field(),
                      text.get(p.key())));
      model.addAttribute("answersSaved", true);
      return show(person, assessment, saved, form, String.valueOf(saved.version()), errors, model);
    }
    return redirect(person, assessment, "/eligibility/decision");
  }

  @GetMapping("/people/{id}/assessments/{aid}/eligibility/decision")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  String decision(
      PersonInScope scope,
      @PathVariable UUID aid,
      HttpServletRequest request,
      @AuthenticationPrincipal StaffMember staff,
      Model model) {
    PersonDetails person = people.details(scope);
    AssessmentView assessment = people.assessment(person, aid);
    EligibilityView view = determinations.forAssessment(assessment.id()).orElse(null);
    if (view == null || !EligibilityDeterminations.evaluate(view, assessment).valid()) {
      return redirect(person, assessment, assessment.narrativeComplete() ? "/eligibility" : "");
    }
    audit.record(person.id(), "eligibility", "view", null, "decision " + view.id());
    boolean restored = PreservedForm.wasRestored(request);
    String decision = restored ? request.getParameter("decision") : decisionCode(view);
    String reason = restored ? request.getParameter("overrideReason") : view.overrideReason();
    String version = restored ? request.getParameter("version") : String.valueOf(view.version());
    return showDecision(
        person, assessment, view, decision, reason, version, staff, new FormErrors(), model);
  }

  @PostMapping("/people/{id}/assessments/{aid}/eligibility/decision")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  String submit(
      PersonInScope scope,
      @PathVariable UUID aid,
      HttpServletRequest request,
      @AuthenticationPrincipal StaffMember staff,
      Model model,
      RedirectAttributes redirect) {
    PersonDetails person = people.details(scope);
    AssessmentView assessment = people.assessment(person, aid);
    EligibilityView view = determinations.forAssessment(assessment.id()).orElse(null);
    EligibilityRule.Evaluation evaluation =
        view == null ? null : EligibilityDeterminations.evaluate(view, assessment);
    if (evaluation == null || !evaluation.valid() || !view.status().editable()) {
      return redirect(person, assessment, "/eligibility/decision");
    }
    String decisionTyped = request.getParameter("decision");
    String reason = FormErrors.typed(request.getParameter("overrideReason"));
    String version = request.getParameter("version");
    Decision decision = decision(decisionTyped);
    FormErrors errors = new FormErrors();
    EligibilityRule.decisionProblems(decision, reason)
        .forEach(p -> errors.add(p.field(), text.get(p.key())));
    if (reason != null && reason.length() > EligibilityForm.RATIONALE_LIMIT) {
      errors.add(
          "overrideReason",
          text.resolve(
              "assessment.error.tooLong",
              List.of("assessment.field.overrideReason", EligibilityForm.RATIONALE_LIMIT)));
    }
    Integer versionSeen = version(version);
    if (versionSeen == null) {
      errors.add("version", text.get("assessment.error.version"));
    }
    if (errors.isEmpty()
        && !determinations.submit(
            view, evaluation.suggestion(), versionSeen, decision, reason, staff)) {
      view = determinations.forAssessment(assessment.id()).orElseThrow();
      errors.add(
          "conflict",
          text.get("assessment.error.conflict", view.updatedBy(), text.moment(view.updatedAt())));
      version = String.valueOf(view.version());
    }
    if (!errors.isEmpty()) {
      return showDecision(
          person,
          assessment,
          view,
          decisionTyped,
          request.getParameter("overrideReason"),
          version,
          staff,
          errors,
          model);
    }
    redirect.addFlashAttribute("savedMessage", "assessment.saved.submitted");
    return redirect(person, assessment, "");
  }

  @GetMapping("/people/{id}/assessments/{aid}/eligibility/sign-off")
  @PreAuthorize("hasRole('MANAGER')")
  String signOffForm(
      PersonInScope scope,
      @PathVariable UUID aid,
      HttpServletRequest request,
      @AuthenticationPrincipal StaffMember staff,
      Model model) {
    PersonDetails person = people.details(scope);
    AssessmentView assessment = people.assessment(person, aid);
    EligibilityView view = awaitingSignOff(assessment, person, staff);
    if (view == null) {
      return redirect(person, assessment, "/eligibility/decision");
    }
    audit.record(person.id(), "eligibility", "view", null, "sign-off " + view.id());
    boolean restored = PreservedForm.wasRestored(request);
    return showSignOff(
        person,
        assessment,
        view,
        restored ? request.getParameter("review") : null,
        restored ? request.getParameter("comments") : null,
        restored ? request.getParameter("version") : String.valueOf(view.version()),
        new FormErrors(),
        model);
  }

  @PostMapping("/people/{id}/assessments/{aid}/eligibility/sign-off")
  @PreAuthorize("hasRole('MANAGER')")
  String signOff(
      PersonInScope scope,
      @PathVariable UUID aid,
      HttpServletRequest request,
      @AuthenticationPrincipal StaffMember staff,
      Model model,
      RedirectAttributes redirect) {
    PersonDetails person = people.details(scope);
    AssessmentView assessment = people.assessment(person, aid);
    EligibilityView view = awaitingSignOff(assessment, person, staff);
    if (view == null) {
      return redirect(person, assessment, "/eligibility/decision");
    }
    String review = request.getParameter("review");
    String comments = FormErrors.typed(request.getParameter("comments"));
    String version = request.getParameter("version");
    FormErrors errors = new FormErrors();
    if (!"sign-off".equals(review) && !"return".equals(review)) {
      errors.add("review", text.get("assessment.error.review.missing"));
    } else if ("return".equals(review) && comments == null) {
      errors.add("comments", text.get("assessment.error.comments.missing"));
    }
    if (comments != null && comments.length() > COMMENTS_LIMIT) {
      errors.add(
          "comments",
          text.resolve(
              "assessment.error.tooLong", List.of("assessment.field.comments", COMMENTS_LIMIT)));
    }
    Integer versionSeen = version(version);
    if (versionSeen == null) {
      errors.add("version", text.get("assessment.error.version"));
    }
    if (errors.isEmpty()
        && !determinations.review(
            view, assessment, versionSeen, "sign-off".equals(review), comments, staff)) {
      EligibilityView current = determinations.forAssessment(assessment.id()).orElseThrow();
      errors.add(
          "conflict",
          text.get(
              "assessment.error.conflict", current.updatedBy(), text.moment(current.updatedAt())));
      version = String.valueOf(current.version());
    }
    if (!errors.isEmpty()) {
      return showSignOff(
          person,
          assessment,
          view,
          review,
          request.getParameter("comments"),
          version,
          errors,
          model);
    }
    redirect.addFlashAttribute(
        "savedMessage",
        "sign-off".equals(review) ? "assessment.saved.signedOff" : "assessment.saved.returned");
    return redirect(person, assessment, "/eligibility/decision");
  }

  /**
   * The determination a manager may sign off now, or null if there is none waiting. Only a manager
   * of the person's own team, and never the one who sent it for sign-off.
   */
  private EligibilityView awaitingSignOff(
      AssessmentView assessment, PersonDetails person, StaffMember staff) {
    if (!mayReview(staff, person)) {
      throw new AccessDeniedException("Only a manager of the person's team signs off");
    }
    EligibilityView view = determinations.forAssessment(assessment.id()).orElse(null);
    if (view == null || view.status() != EligibilityStatus.SUBMITTED) {
      return null;
    }
    if (staff.id().equals(view.submittedBy())) {
      throw new AccessDeniedException("Nobody signs off their own determination");
    }
    return view;
  }

  static boolean mayReview(StaffMember staff, PersonDetails person) {
    return staff.role() == Role.MANAGER
        && staff.teamId() != null
        && staff.teamId().equals(person.teamId());
  }

  private String show(
      PersonDetails person,
      AssessmentView assessment,
      EligibilityView view,
      EligibilityForm form,
      String version,
      FormErrors errors,
      Model model) {
    model.addAttribute("person", person);
    model.addAttribute("assessment", assessment);
    model.addAttribute("determination", view);
    model.addAttribute("form", form);
    model.addAttribute("version", version);
    model.addAttribute("errors", errors);
    model.addAttribute("outcomes", EligibilityOutcome.values());
    model.addAttribute("reasons", EligibilityAnswers.UnableReason.values());
    model.addAttribute("achievements", EligibilityAnswers.Achievement.values());
    return "assessment/eligibility";
  }

  private String showDecision(
      PersonDetails person,
      AssessmentView assessment,
      EligibilityView view,
      String decision,
      String reason,
      String version,
      StaffMember staff,
      FormErrors errors,
      Model model) {
    EligibilityRule.Suggestion suggestion =
        EligibilityDeterminations.evaluate(view, assessment).suggestion();
    model.addAttribute("person", person);
    model.addAttribute("assessment", assessment);
    model.addAttribute("determination", view);
    model.addAttribute("suggestion", suggestion);
    model.addAttribute(
        "reasons",
        suggestion.reasons().stream().map(f -> text.resolve(f.key(), f.args())).toList());
    model.addAttribute("decision", decision);
    model.addAttribute("overrideReason", reason);
    model.addAttribute("version", version);
    model.addAttribute("errors", errors);
    model.addAttribute(
        "mayReview",
        view.status() == EligibilityStatus.SUBMITTED
            && mayReview(staff, person)
            && !staff.id().equals(view.submittedBy()));
    return "assessment/decision";
  }

  private String showSignOff(
      PersonDetails person,
      AssessmentView assessment,
      EligibilityView view,
      String review,
      String comments,
      String version,
      FormErrors errors,
      Model model) {
    EligibilityRule.Suggestion suggestion =
        EligibilityDeterminations.evaluate(view, assessment).suggestion();
    model.addAttribute("person", person);
    model.addAttribute("assessment", assessment);
    model.addAttribute("determination", view);
    model.addAttribute("suggestion", suggestion);
    model.addAttribute(
        "reasons",
        suggestion.reasons().stream().map(f -> text.resolve(f.key(), f.args())).toList());
    model.addAttribute("review", review);
    model.addAttribute("comments", comments);
    model.addAttribute("version", version);
    model.addAttribute("errors", errors);
    return "assessment/sign-off";
  }

  private static String decisionCode(EligibilityView view) {
    return view.decision() == null ? null : view.decision().name();
  }

  private static Decision decision(String typed) {
    if ("CONFIRM".equals(typed)) {
      return Decision.CONFIRM;
    }
    return "OVERRIDE".equals(typed) ? Decision.OVERRIDE : null;
  }

  private static String redirect(PersonDetails person, AssessmentView assessment, String rest) {
    return "redirect:/people/" + person.id() + "/assessments/" + assessment.id() + rest;
  }

  static Integer version(String version) {
    try {
      return version == null ? null : Integer.valueOf(version.strip());
    } catch (NumberFormatException notANumber) {
      return null;
    }
  }
}
