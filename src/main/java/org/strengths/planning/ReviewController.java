package org.strengths.planning;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
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

/** Recording a review (s.27) and asking for an unplanned one. */
@Controller
class ReviewController {

  /** What was typed to ask for an unplanned review. */
  record RequestForm(String day, String month, String year, String reason) {}

  private final Plans plans;
  private final PlanStore store;
  private final ReviewStore reviews;
  private final ReviewChecks checks;
  private final ReviewRecording recording;
  private final AuditLog audit;
  private final Chronology chronology;
  private final PlanText text;
  private final TransactionTemplate transaction;
  private final HowItsGoing howItsGoing;

  ReviewController(
      Plans plans,
      PlanStore store,
      ReviewStore reviews,
      ReviewChecks checks,
      ReviewRecording recording,
      AuditLog audit,
      Chronology chronology,
      PlanText text,
      TransactionTemplate transaction,
      HowItsGoing howItsGoing) {
    this.howItsGoing = howItsGoing;
    this.plans = plans;
    this.store = store;
    this.reviews = reviews;
    this.checks = checks;
    this.recording = recording;
    this.audit = audit;
    this.chronology = chronology;
    this.text = text;
    this.transaction = transaction;
  }

  @GetMapping("/people/{id}/plan/reviews/new")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  String form(
      PersonInScope person,
      @ModelAttribute("form") ReviewForm form,
      HttpServletRequest request,
      Model model) {
    var current = plans.current(person.id()).filter(whole -> whole.plan().isAgreed());
    if (current.isEmpty()) {
      return "redirect:/people/" + person.id() + "/plan";
    }
    audit.record(person.id(), "plan", "view", null, "review");
    if (!PreservedForm.wasRestored(request)) {
      List<ReviewSchedule.UnplannedRequest> open = reviews.openRequests(current.get().plan().id());
      ReviewForm starting =
          ReviewForm.startingOn(
              plans.today(), current.get().plan(), open.isEmpty() ? null : open.get(0).reason());
      // What the person said on their own pages since the last review, to start from (ADR 0114).
      howItsGoing
          .saidSinceLastReview(current.get().plan().id())
          .ifPresent(said -> starting.startFrom(said, current.get().outcomes()));
      model.addAttribute("form", starting);
    }
    return show(person, current.get(), model, new FormErrors());
  }

  @PostMapping("/people/{id}/plan/reviews/new")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  String record(
      PersonInScope person,
      @ModelAttribute("form") ReviewForm form,
      @AuthenticationPrincipal StaffMember staff,
      Model model,
      RedirectAttributes redirect) {
    var current = plans.current(person.id()).filter(whole -> whole.plan().isAgreed());
    if (current.isEmpty()) {
      return "redirect:/people/" + person.id() + "/plan";
    }
    Plans.Whole whole = current.get();
    ReviewChecks.Checked checked = checks.check(form, whole, plans.today());
    if (!checked.errors().isEmpty()) {
      return show(person, whole, model, checked.errors());
    }
    if (!String.valueOf(whole.plan().version()).equals(form.getVersion())) {
      form.setVersion(String.valueOf(whole.plan().version()));
      return show(
          person,
          whole,
          model,
          new FormErrors().add("conflict", text.get("planning.error.conflict.review")));
    }
    recording.record(person.id(), whole, checked, staff);
    redirect.addFlashAttribute("savedMessage", "planning.saved.review");
    return "redirect:/people/" + person.id() + "/plan/progress";
  }

  @GetMapping("/people/{id}/plan/reviews/request")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  String requestForm(
      PersonInScope person,
      @ModelAttribute("form") RequestForm form,
      HttpServletRequest request,
      Model model) {
    if (plans.current(person.id()).filter(w -> w.plan().isAgreed()).isEmpty()) {
      return "redirect:/people/" + person.id() + "/plan";
    }
    if (!PreservedForm.wasRestored(request) && form.reason() == null) {
      LocalDate today = plans.today();
      model.addAttribute(
          "form",
          new RequestForm(
              DateInput.day(today), DateInput.month(today), DateInput.year(today), null));
    }
    return showRequest(person, model, new FormErrors());
  }

  @PostMapping("/people/{id}/plan/reviews/request")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  String request(
      PersonInScope person,
      @ModelAttribute("form") RequestForm form,
      @AuthenticationPrincipal StaffMember staff,
      Model model,
      RedirectAttributes redirect) {
    var current = plans.current(person.id()).filter(w -> w.plan().isAgreed());
    if (current.isEmpty()) {
      return "redirect:/people/" + person.id() + "/plan";
    }
    FormErrors errors = new FormErrors();
    DateInput.Result typed = DateInput.read(form.day(), form.month(), form.year());
    if (typed.blank()) {
      errors.add("date", "dateDay", text.get("planning.error.request.date"));
    } else if (typed.problem() != null) {
      errors.add("date", "dateDay", text.dateProblem(typed, "planning.date.request").orElseThrow());
    } else if (typed.date().isAfter(plans.today())) {
      errors.add("date", "dateDay", text.get("planning.error.request.future"));
    }
    String reason = FormErrors.typed(form.reason());
    if (reason == null) {
      errors.add("reason", text.get("planning.error.request.reason"));
    } else if (reason.length() > 500) {
      errors.add("reason", text.get("planning.error.tooLong", 500));
    }
    if (!errors.isEmpty()) {
      return showRequest(person, model, errors);
    }
    UUID planId = current.get().plan().id();
    transaction.executeWithoutResult(
        status -> {
          reviews.insertRequest(planId, typed.date(), reason, store.now(), staff.getUsername());
          plans.reschedule(planId);
          audit.record(person.id(), "plan", "review-request");
          chronology.add(
              person.id(), "review-requested", text.get("planning.chronology.request", reason));
        });
    redirect.addFlashAttribute("savedMessage", "planning.saved.request");
    return "redirect:/people/" + person.id() + "/plan";
  }

  private String show(PersonInScope person, Plans.Whole whole, Model model, FormErrors errors) {
    model.addAttribute("person", person);
    model.addAttribute("whole", whole);
    model.addAttribute("ratings", OutcomeRating.values());
    model.addAttribute("methods", PlanningCldEvents.ReviewMethod.values());
    model.addAttribute("ons4", checks.ons4().questions());
    model.addAttribute("said", howItsGoing.saidSinceLastReview(whole.plan().id()).orElse(null));
    model.addAttribute(
        "asked",
        howItsGoing.asked(person.id()).stream().filter(HowItsGoing.Asked::isOpen).toList());
    model.addAttribute("errors", errors);
    return "planning/review";
  }

  private String showRequest(PersonInScope person, Model model, FormErrors errors) {
    model.addAttribute("person", person);
    model.addAttribute("errors", errors);
    return "planning/review-request";
  }
}
