package org.strengths.practice;

import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.strengths.access.AuditLog;
import org.strengths.access.Role;
import org.strengths.access.StaffAccounts;
import org.strengths.access.StaffAccounts.StaffSummary;
import org.strengths.access.StaffMember;
import org.strengths.platform.PreservedForm;
import org.strengths.platform.web.FormErrors;
import org.strengths.platform.web.NotFoundException;

/**
 * A practitioner's development record: their self-assessments against the statements, each with
 * evidence from their own records and a development plan, and their learning. Read by the worker,
 * their team manager (who supervises them) and the principal social worker; added to only by the
 * worker (docs/adr/0150). Every view, change and refusal is audited.
 */
@Controller
class SelfAssessmentController {

  static final String ROLES = "hasAnyRole('PRACTITIONER','MANAGER','PRINCIPAL_SOCIAL_WORKER')";

  private final SelfAssessments assessments;
  private final SelfAssessmentStore store;
  private final StatementStore statements;
  private final LearningStore learning;
  private final StaffAccounts staff;
  private final AuditLog audit;
  private final PracticeText text;

  SelfAssessmentController(
      SelfAssessments assessments,
      SelfAssessmentStore store,
      StatementStore statements,
      LearningStore learning,
      StaffAccounts staff,
      AuditLog audit,
      PracticeText text) {
    this.assessments = assessments;
    this.store = store;
    this.statements = statements;
    this.learning = learning;
    this.staff = staff;
    this.audit = audit;
    this.text = text;
  }

  @ExceptionHandler(SelfAssessmentRefused.class)
  @ResponseStatus(HttpStatus.FORBIDDEN)
  String refused() {
    return "development/private";
  }

  @GetMapping("/development")
  @PreAuthorize(ROLES)
  String start(@AuthenticationPrincipal StaffMember me) {
    return me.hasRole(Role.PRACTITIONER)
        ? "redirect:/development/workers/" + me.id()
        : "redirect:/development/capability";
  }

  @GetMapping("/development/workers/{workerId}")
  @PreAuthorize(ROLES)
  String worker(@PathVariable UUID workerId, @AuthenticationPrincipal StaffMember me, Model model) {
    StaffSummary worker = readable(me, workerId, "view-development");
    audit.record(
        null, SelfAssessments.AUDIT_SECTION, "view-development", null, "worker " + workerId);
    model.addAttribute("worker", worker);
    model.addAttribute("assessments", store.of(workerId));
    List<Statement> all = statements.all();
    Map<UUID, Statement> byId = byId(all);
    List<LearningStore.Learning> learned = learning.of(workerId);
    model.addAttribute(
        "learning",
        learned.stream()
            .map(
                record ->
                    new LearningShown(
                        record,
                        hours(record.hours()),
                        record.statements().stream()
                            .map(byId::get)
                            .map(statement -> statement.shortCode() + " " + statement.title())
                            .collect(Collectors.joining("; "))))
            .toList());
    model.addAttribute(
        "totalHours",
        hours(
            learned.stream()
                .map(LearningStore.Learning::hours)
                .reduce(BigDecimal.ZERO, BigDecimal::add)));
    model.addAttribute("statementCount", all.size());
    model.addAttribute("mayRecord", SelfAssessmentAccess.mayRecord(me, workerId, worker.role()));
    model.addAttribute("me", me);
    model.addAttribute("text", text);
    return "development/worker";
  }

  @GetMapping("/development/workers/{workerId}/self-assessments/new")
  @PreAuthorize("hasRole('PRACTITIONER')")
  String newAssessment(
      @PathVariable UUID workerId,
      @AuthenticationPrincipal StaffMember me,
      @ModelAttribute("form") SelfAssessmentForm form,
      HttpServletRequest request,
      Model model) {
    StaffSummary worker = own(me, workerId, "view-new-self-assessment");
    audit.record(
        null,
        SelfAssessments.AUDIT_SECTION,
        "view-new-self-assessment",
        null,
        "worker " + workerId);
    if (!PreservedForm.wasRestored(request)) {
      form = assessments.startingFrom(workerId);
      model.addAttribute("form", form);
    }
    return assessmentForm(worker, form.withGoalRows(), model, FormErrors.none());
  }

  @PostMapping("/development/workers/{workerId}/self-assessments/new")
  @PreAuthorize("hasRole('PRACTITIONER')")
  String recordAssessment(
      @PathVariable UUID workerId,
      @AuthenticationPrincipal StaffMember me,
      @ModelAttribute("form") SelfAssessmentForm form,
      Model model,
      RedirectAttributes redirect) {
    StaffSummary worker = own(me, workerId, "record-self-assessment");
    SelfAssessments.Outcome outcome = assessments.record(worker, form, me);
    if (outcome instanceof SelfAssessments.Invalid invalid) {
      return assessmentForm(worker, form.withGoalRows(), model, invalid.errors());
    }
    redirect.addFlashAttribute("savedMessage", "development.saved.selfAssessment");
    return "redirect:/development/self-assessments/" + ((SelfAssessments.Recorded) outcome).id();
  }

  private String assessmentForm(
      StaffSummary worker, SelfAssessmentForm form, Model model, FormErrors errors) {
    model.addAttribute("worker", worker);
    model.addAttribute("statements", statements.all());
    model.addAttribute("ratings", List.of(SelfAssessmentRating.values()));
    model.addAttribute("choices", assessments.choicesFor(worker.id()));
    model.addAttribute("errors", errors);
    model.addAttribute("text", text);
    return "development/self-assessment-form";
  }

  @GetMapping("/development/self-assessments/{assessmentId}")
  @PreAuthorize(ROLES)
  String assessment(
      @PathVariable UUID assessmentId, @AuthenticationPrincipal StaffMember me, Model model) {
    SelfAssessmentStore.Assessment assessment =
        store.find(assessmentId).orElseThrow(NotFoundException::new);
    StaffSummary worker = readable(me, assessment.workerId(), "view-self-assessment", assessmentId);
    audit.record(
        null,
        SelfAssessments.AUDIT_SECTION,
        "view-self-assessment",
        null,
        "self-assessment " + assessmentId);
    Map<UUID, List<SelfAssessmentEvidence>> evidence =
        store.evidence(assessmentId).stream()
            .collect(
                Collectors.groupingBy(
                    SelfAssessmentStore.Linked::statementId,
                    Collectors.mapping(SelfAssessmentStore.Linked::evidence, Collectors.toList())));
    model.addAttribute("assessment", assessment);
    model.addAttribute("worker", worker);
    model.addAttribute("statements", statements.all());
    model.addAttribute("ratings", store.ratings(assessmentId));
    model.addAttribute("evidence", evidence);
    model.addAttribute("goals", store.goals(assessmentId));
    model.addAttribute("text", text);
    return "development/self-assessment";
  }

  @GetMapping("/development/workers/{workerId}/learning/new")
  @PreAuthorize("hasRole('PRACTITIONER')")
  String newLearning(
      @PathVariable UUID workerId,
      @AuthenticationPrincipal StaffMember me,
      @ModelAttribute("form") LearningForm form,
      Model model) {
    StaffSummary worker = own(me, workerId, "view-new-learning");
    audit.record(
        null, SelfAssessments.AUDIT_SECTION, "view-new-learning", null, "worker " + workerId);
    return learningForm(worker, model, FormErrors.none());
  }

  @PostMapping("/development/workers/{workerId}/learning/new")
  @PreAuthorize("hasRole('PRACTITIONER')")
  String recordLearning(
      @PathVariable UUID workerId,
      @AuthenticationPrincipal StaffMember me,
      @ModelAttribute("form") LearningForm form,
      Model model,
      RedirectAttributes redirect) {
    StaffSummary worker = own(me, workerId, "record-learning");
    SelfAssessments.Outcome outcome = assessments.recordLearning(worker, form, me);
    if (outcome instanceof SelfAssessments.Invalid invalid) {
      return learningForm(worker, model, invalid.errors());
    }
    redirect.addFlashAttribute("savedMessage", "development.saved.learning");
    return "redirect:/development/workers/" + workerId + "#learning";
  }

  private String learningForm(StaffSummary worker, Model model, FormErrors errors) {
    model.addAttribute("worker", worker);
    model.addAttribute("kinds", List.of(LearningKind.values()));
    model.addAttribute("statements", statements.all());
    model.addAttribute("errors", errors);
    return "development/learning-form";
  }

  /** A learning record as the worker's page shows it. */
  record LearningShown(LearningStore.Learning record, String hours, String supports) {}

  private static String hours(BigDecimal hours) {
    return hours.stripTrailingZeros().toPlainString();
  }

  static Map<UUID, Statement> byId(List<Statement> all) {
    return all.stream().collect(Collectors.toMap(Statement::id, statement -> statement));
  }

  private StaffSummary worker(UUID workerId) {
    return staff.find(workerId).orElseThrow(NotFoundException::new);
  }

  private StaffSummary readable(StaffMember me, UUID workerId, String action) {
    return readable(me, workerId, action, null);
  }

  private StaffSummary readable(StaffMember me, UUID workerId, String action, UUID assessmentId) {
    StaffSummary worker = worker(workerId);
    if (!SelfAssessmentAccess.mayRead(me, worker.id(), worker.role(), worker.teamId())) {
      throw refuse(
          action, assessmentId == null ? "worker " + workerId : "self-assessment " + assessmentId);
    }
    return worker;
  }

  private StaffSummary own(StaffMember me, UUID workerId, String action) {
    StaffSummary worker = worker(workerId);
    if (!SelfAssessmentAccess.mayRecord(me, worker.id(), worker.role())) {
      throw refuse(action, "worker " + workerId);
    }
    return worker;
  }

  private SelfAssessmentRefused refuse(String action, String detail) {
    audit.record(null, SelfAssessments.AUDIT_SECTION, "refused-" + action, null, detail);
    return new SelfAssessmentRefused();
  }
}
