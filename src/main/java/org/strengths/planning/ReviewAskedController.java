package org.strengths.planning;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.strengths.access.AuditLog;
import org.strengths.access.PersonInScope;
import org.strengths.access.StaffMember;
import org.strengths.person.Chronology;
import org.strengths.platform.PreservedForm;
import org.strengths.platform.web.FormErrors;
import org.strengths.platform.web.NotFoundException;

/**
 * A review the person asked for on their own pages (s.27(1)(b)): the practitioner reads the reason
 * and records a decision with a reply the person reads. Agreeing records the request the way a
 * staff-made one is, so the review falls due as an unplanned one (docs/adr/0114).
 */
@Controller
class ReviewAskedController {

  /** What the practitioner typed. */
  record DecisionForm(String decision, String reply) {}

  private final Plans plans;
  private final PlanStore store;
  private final ReviewStore reviews;
  private final CheckInStore checkIns;
  private final HowItsGoing howItsGoing;
  private final AuditLog audit;
  private final Chronology chronology;
  private final PlanText text;
  private final TransactionTemplate transaction;

  ReviewAskedController(
      Plans plans,
      PlanStore store,
      ReviewStore reviews,
      CheckInStore checkIns,
      HowItsGoing howItsGoing,
      AuditLog audit,
      Chronology chronology,
      PlanText text,
      TransactionTemplate transaction) {
    this.plans = plans;
    this.store = store;
    this.reviews = reviews;
    this.checkIns = checkIns;
    this.howItsGoing = howItsGoing;
    this.audit = audit;
    this.chronology = chronology;
    this.text = text;
    this.transaction = transaction;
  }

  @GetMapping("/people/{id}/plan/reviews/asked/{askedId}")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  String page(
      PersonInScope person,
      @PathVariable UUID askedId,
      @ModelAttribute("form") DecisionForm form,
      HttpServletRequest request,
      Model model) {
    HowItsGoing.Asked asked =
        howItsGoing.asked(person.id(), askedId).orElseThrow(NotFoundException::new);
    audit.record(person.id(), "plan", "view", null, "review-asked");
    if (!PreservedForm.wasRestored(request) && form.decision() == null) {
      model.addAttribute("form", new DecisionForm(null, null));
    }
    return show(person, asked, model, new FormErrors());
  }

  @PostMapping("/people/{id}/plan/reviews/asked/{askedId}")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  String decide(
      PersonInScope person,
      @PathVariable UUID askedId,
      @ModelAttribute("form") DecisionForm form,
      @AuthenticationPrincipal StaffMember staff,
      Model model,
      RedirectAttributes redirect) {
    HowItsGoing.Asked asked =
        howItsGoing.asked(person.id(), askedId).orElseThrow(NotFoundException::new);
    if (!asked.isOpen()) {
      return show(
          person,
          asked,
          model,
          new FormErrors().add("decision", "decision-AGREED", text.get("howgoing.error.decided")));
    }
    HowItsGoingRules.Decided decided = HowItsGoingRules.decision(form.decision(), form.reply());
    if (!decided.problems().isEmpty()) {
      FormErrors errors = FormErrors.inFormOrder("decision", "reply");
      for (HowItsGoing.Problem problem : decided.problems()) {
        String message =
            (problem.argument() == null
                ? text.get("howgoing.error." + problem.code())
                : text.get("howgoing.error." + problem.code(), problem.argument()));
        if (problem.field().equals("decision")) {
          errors.add("decision", "decision-AGREED", message);
        } else {
          errors.add(problem.field(), message);
        }
      }
      return show(person, asked, model, errors);
    }
    boolean saved =
        Boolean.TRUE.equals(
            transaction.execute(
                status -> {
                  if (!checkIns.decide(
                      askedId,
                      decided.decision(),
                      decided.reply(),
                      howItsGoing.now(),
                      staff.getUsername(),
                      staff.displayName())) {
                    return false;
                  }
                  var current = plans.current(person.id()).filter(w -> w.plan().isAgreed());
                  if (decided.decision() == HowItsGoingRules.Decision.AGREED
                      && current.isPresent()) {
                    UUID planId = current.get().plan().id();
                    reviews.insertRequest(
                        planId, plans.today(), asked.reason(), store.now(), staff.getUsername());
                    plans.reschedule(planId);
                  }
                  audit.record(
                      person.id(),
                      "plan",
                      "review-asked-decision",
                      null,
                      decided.decision().name());
                  chronology.add(
                      person.id(),
                      "review-asked-decided",
                      text.get(
                          "howgoing.chronology." + decided.decision().name(),
                          asked.askedByName(),
                          decided.reply()));
                  return true;
                }));
    if (!saved) {
      return show(
          person,
          howItsGoing.asked(person.id(), askedId).orElseThrow(NotFoundException::new),
          model,
          new FormErrors().add("decision", "decision-AGREED", text.get("howgoing.error.decided")));
    }
    redirect.addFlashAttribute("savedMessage", "howgoing.saved.decision");
    return "redirect:/people/" + person.id() + "/plan";
  }

  private String show(
      PersonInScope person, HowItsGoing.Asked asked, Model model, FormErrors errors) {
    model.addAttribute("person", person);
    model.addAttribute("asked", asked);
    model.addAttribute("decisions", List.of("AGREED", "DECLINED"));
    model.addAttribute("errors", errors);
    return "planning/review-asked";
  }
}
