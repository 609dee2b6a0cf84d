package org.strengths.practice;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.strengths.access.AuditLog;
import org.strengths.access.Role;
import org.strengths.access.StaffAccounts;
import org.strengths.access.StaffAccounts.StaffSummary;
import org.strengths.access.StaffMember;
import org.strengths.person.Caseloads;
import org.strengths.platform.PreservedForm;
import org.strengths.platform.web.FormErrors;
import org.strengths.platform.web.NotFoundException;

/**
 * The supervision pages: whose supervision is due, a worker's sessions, recording and changing a
 * session, reading its notes, and setting how often a worker is supervised. The rules of who may do
 * what are in {@link SupervisionAccess}; anyone else gets a page saying the notes are private, and
 * both the view and the refusal are audited.
 */
@Controller
class SupervisionController {

  static final String ROLES = "hasAnyRole('PRACTITIONER','MANAGER','PRINCIPAL_SOCIAL_WORKER')";

  private final Supervisions supervisions;
  private final SupervisionStore store;
  private final StaffAccounts staff;
  private final Caseloads caseloads;
  private final AuditLog audit;
  private final PracticeText text;

  SupervisionController(
      Supervisions supervisions,
      SupervisionStore store,
      StaffAccounts staff,
      Caseloads caseloads,
      AuditLog audit,
      PracticeText text) {
    this.supervisions = supervisions;
    this.store = store;
    this.staff = staff;
    this.caseloads = caseloads;
    this.audit = audit;
    this.text = text;
  }

  /** Thrown where the signed-in member of staff may not see or change what they asked for. */
  static final class Private extends RuntimeException {
    Private() {
      super(
          "Supervision is private to the supervisee, the supervisor and the PSW",
          null,
          false,
          false);
    }
  }

  @ExceptionHandler(Private.class)
  @ResponseStatus(HttpStatus.FORBIDDEN)
  String refused() {
    return "practice/private";
  }

  @GetMapping("/supervision")
  @PreAuthorize(ROLES)
  String list(@AuthenticationPrincipal StaffMember me, Model model) {
    if (me.hasRole(Role.PRACTITIONER)) {
      return "redirect:/supervision/workers/" + me.id();
    }
    List<SupervisionDue> due = supervisions.dueFor(me);
    audit.record(null, Supervisions.AUDIT_SECTION, "view-list");
    model.addAttribute("due", due);
    model.addAttribute("needingAction", due.stream().filter(SupervisionDue::needsAction).count());
    model.addAttribute("text", text);
    return "practice/list";
  }

  @GetMapping("/supervision/workers/{workerId}")
  @PreAuthorize(ROLES)
  String worker(@PathVariable UUID workerId, @AuthenticationPrincipal StaffMember me, Model model) {
    StaffSummary worker = worker(workerId);
    if (!SupervisionAccess.maySeeSessionsOf(me, worker.id(), worker.role(), worker.teamId())) {
      throw refuse("view-sessions", "worker " + workerId);
    }
    audit.record(null, Supervisions.AUDIT_SECTION, "view-sessions", null, "worker " + workerId);
    SupervisionFrequency frequency = supervisions.frequencyOf(worker.id());
    List<SupervisionStore.Listed> sessions = store.sessionsOf(worker.id());
    model.addAttribute("worker", worker);
    model.addAttribute("frequency", frequency);
    model.addAttribute(
        "due",
        SupervisionDue.of(
            worker.id(),
            worker.displayName(),
            frequency,
            sessions.isEmpty() ? null : sessions.get(0).heldOn(),
            text.today()));
    model.addAttribute("sessions", sessions);
    model.addAttribute("manages", SupervisionAccess.manages(me, worker.role(), worker.teamId()));
    model.addAttribute("me", me);
    model.addAttribute("text", text);
    return "practice/worker";
  }

  @GetMapping("/supervision/workers/{workerId}/frequency")
  @PreAuthorize("hasRole('MANAGER')")
  String frequencyForm(
      @PathVariable UUID workerId, @AuthenticationPrincipal StaffMember me, Model model) {
    StaffSummary worker = managed(me, workerId, "view-frequency");
    audit.record(null, Supervisions.AUDIT_SECTION, "view-frequency", null, "worker " + workerId);
    return frequencyPage(
        worker, supervisions.frequencyOf(worker.id()).name(), model, FormErrors.none());
  }

  @PostMapping("/supervision/workers/{workerId}/frequency")
  @PreAuthorize("hasRole('MANAGER')")
  String setFrequency(
      @PathVariable UUID workerId,
      @RequestParam(name = "frequency", required = false) String frequency,
      @AuthenticationPrincipal StaffMember me,
      Model model,
      RedirectAttributes redirect) {
    StaffSummary worker = managed(me, workerId, "set-frequency");
    SupervisionFrequency chosen;
    try {
      chosen = SupervisionFrequency.valueOf(frequency == null ? "" : frequency.strip());
    } catch (IllegalArgumentException notAChoice) {
      return frequencyPage(
          worker,
          null,
          model,
          FormErrors.none()
              .add("frequency", text.get("practice.error.frequency", worker.displayName())));
    }
    supervisions.setFrequency(worker, chosen, me);
    redirect.addFlashAttribute("savedMessage", "practice.saved.frequency");
    return "redirect:/supervision/workers/" + workerId;
  }

  private String frequencyPage(StaffSummary worker, String chosen, Model model, FormErrors errors) {
    model.addAttribute("worker", worker);
    model.addAttribute("chosen", chosen);
    model.addAttribute("frequencies", List.of(SupervisionFrequency.values()));
    model.addAttribute("errors", errors);
    return "practice/frequency";
  }

  @GetMapping("/supervision/workers/{workerId}/sessions/new")
  @PreAuthorize("hasRole('MANAGER')")
  String newSession(
      @PathVariable UUID workerId,
      @AuthenticationPrincipal StaffMember me,
      @ModelAttribute("form") SupervisionForm form,
      HttpServletRequest request,
      Model model) {
    StaffSummary worker = managed(me, workerId, "view-new");
    audit.record(null, Supervisions.AUDIT_SECTION, "view-new", null, "worker " + workerId);
    if (!PreservedForm.wasRestored(request)) {
      form = new SupervisionForm();
      model.addAttribute("form", form);
    }
    return formPage(worker, form, store.openActions(worker.id()), null, model, FormErrors.none());
  }

  @PostMapping("/supervision/workers/{workerId}/sessions/new")
  @PreAuthorize("hasRole('MANAGER')")
  String record(
      @PathVariable UUID workerId,
      @AuthenticationPrincipal StaffMember me,
      @ModelAttribute("form") SupervisionForm form,
      Model model,
      RedirectAttributes redirect) {
    StaffSummary worker = managed(me, workerId, "record");
    Supervisions.Outcome outcome = supervisions.record(worker, form, me);
    if (outcome instanceof Supervisions.Invalid invalid) {
      return formPage(worker, form, store.openActions(worker.id()), null, model, invalid.errors());
    }
    redirect.addFlashAttribute("savedMessage", "practice.saved.session");
    return "redirect:/supervision/sessions/" + ((Supervisions.Recorded) outcome).id();
  }

  @GetMapping("/supervision/sessions/{sessionId}")
  @PreAuthorize(ROLES)
  String session(
      @PathVariable UUID sessionId, @AuthenticationPrincipal StaffMember me, Model model) {
    SupervisionStore.Session session = readable(me, sessionId);
    audit.record(null, Supervisions.AUDIT_SECTION, "view", null, "session " + sessionId);
    List<UUID> discussed = store.discussed(sessionId);
    Map<UUID, String> names = caseloads.names(discussed);
    model.addAttribute("supervision", session);
    model.addAttribute(
        "discussed",
        discussed.stream()
            .map(id -> new Discussed(id, names.getOrDefault(id, "")))
            .sorted(Comparator.comparing(Discussed::name))
            .toList());
    model.addAttribute("raised", store.raisedIn(sessionId));
    model.addAttribute("reviewed", store.reviewedIn(sessionId));
    model.addAttribute("mayChange", SupervisionAccess.mayChange(me, session.supervisorId()));
    model.addAttribute("text", text);
    return "practice/session";
  }

  /** A person discussed, as the session shows them. */
  record Discussed(UUID id, String name) {}

  @GetMapping("/supervision/sessions/{sessionId}/edit")
  @PreAuthorize("hasRole('MANAGER')")
  String editForm(
      @PathVariable UUID sessionId,
      @AuthenticationPrincipal StaffMember me,
      @ModelAttribute("form") SupervisionForm form,
      HttpServletRequest request,
      Model model) {
    SupervisionStore.Session session = changeable(me, sessionId);
    audit.record(null, Supervisions.AUDIT_SECTION, "view-edit", null, "session " + sessionId);
    if (!PreservedForm.wasRestored(request)) {
      form = SupervisionForm.of(session, store.discussed(sessionId));
      model.addAttribute("form", form);
    }
    return formPage(
        worker(session.superviseeId()), form, List.of(), session, model, FormErrors.none());
  }

  @PostMapping("/supervision/sessions/{sessionId}/edit")
  @PreAuthorize("hasRole('MANAGER')")
  String change(
      @PathVariable UUID sessionId,
      @AuthenticationPrincipal StaffMember me,
      @ModelAttribute("form") SupervisionForm form,
      Model model,
      RedirectAttributes redirect) {
    SupervisionStore.Session session = changeable(me, sessionId);
    StaffSummary worker = worker(session.superviseeId());
    Supervisions.Outcome outcome = supervisions.change(session, form, me);
    if (outcome instanceof Supervisions.Invalid invalid) {
      return formPage(worker, form, List.of(), session, model, invalid.errors());
    }
    if (outcome instanceof Supervisions.Conflict conflict) {
      SupervisionStore.Session saved = conflict.saved();
      // The user has now seen the other version: saving again is a deliberate choice.
      form.setVersion(String.valueOf(saved.version()));
      FormErrors errors =
          FormErrors.none()
              .add(
                  "conflict",
                  text.get(
                      "practice.edit.conflict", saved.updatedBy(), text.moment(saved.updatedAt())));
      model.addAttribute("saved", saved);
      return formPage(worker, form, List.of(), saved, model, errors);
    }
    redirect.addFlashAttribute("savedMessage", "practice.saved.change");
    return "redirect:/supervision/sessions/" + sessionId;
  }

  private String formPage(
      StaffSummary worker,
      SupervisionForm form,
      List<SupervisionStore.Action> open,
      SupervisionStore.Session editing,
      Model model,
      FormErrors errors) {
    if (editing == null) {
      form.withActionRows();
    }
    List<Caseloads.Allocated> caseload = new ArrayList<>(caseloads.allocatedTo(worker.id()));
    if (editing != null) {
      // Keep people discussed earlier who have since left the worker's caseload choosable.
      List<UUID> earlier =
          store.discussed(editing.id()).stream()
              .filter(id -> caseload.stream().noneMatch(p -> p.personId().equals(id)))
              .toList();
      caseloads
          .names(earlier)
          .forEach((id, name) -> caseload.add(new Caseloads.Allocated(id, name, null)));
    }
    model.addAttribute("worker", worker);
    model.addAttribute("caseload", caseload);
    model.addAttribute("open", open);
    model.addAttribute("editing", editing);
    model.addAttribute("headings", SupervisionForm.HEADINGS);
    model.addAttribute("maxText", SupervisionForm.MAX_TEXT);
    model.addAttribute("errors", errors);
    model.addAttribute("text", text);
    return "practice/form";
  }

  private StaffSummary worker(UUID workerId) {
    return staff.find(workerId).orElseThrow(NotFoundException::new);
  }

  private StaffSummary managed(StaffMember me, UUID workerId, String action) {
    StaffSummary worker = worker(workerId);
    if (!SupervisionAccess.manages(me, worker.role(), worker.teamId())) {
      throw refuse(action, "worker " + workerId);
    }
    return worker;
  }

  private SupervisionStore.Session readable(StaffMember me, UUID sessionId) {
    SupervisionStore.Session session = store.find(sessionId).orElseThrow(NotFoundException::new);
    if (!SupervisionAccess.mayReadNotes(me, session.superviseeId(), session.supervisorId())) {
      throw refuse("view", "session " + sessionId);
    }
    return session;
  }

  private SupervisionStore.Session changeable(StaffMember me, UUID sessionId) {
    SupervisionStore.Session session = store.find(sessionId).orElseThrow(NotFoundException::new);
    if (!SupervisionAccess.mayChange(me, session.supervisorId())) {
      throw refuse("change", "session " + sessionId);
    }
    return session;
  }

  /** Audits a refused attempt, then refuses it. */
  private Private refuse(String action, String detail) {
    audit.record(null, Supervisions.AUDIT_SECTION, "refused-" + action, null, detail);
    return new Private();
  }
}
