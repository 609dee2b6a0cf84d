package org.strengths.planning;

import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.strengths.access.AuditLog;
import org.strengths.access.PersonInScope;
import org.strengths.access.StaffMember;
import org.strengths.platform.web.FormErrors;
import org.strengths.platform.web.NotFoundException;

/**
 * "In their own words" on the person's record: everything the person wrote on their own pages,
 * attributed to them, and their proposals to the agreed plan, which a practitioner or manager
 * working with them accepts into the plan or declines with a reason (ADR 0113).
 */
@Controller
class OwnWordsController {

  private final OwnWords ownWords;
  private final Plans plans;
  private final AuditLog audit;
  private final PlanText text;

  OwnWordsController(OwnWords ownWords, Plans plans, AuditLog audit, PlanText text) {
    this.ownWords = ownWords;
    this.plans = plans;
    this.audit = audit;
    this.text = text;
  }

  @GetMapping("/people/{id}/own-words")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  String list(PersonInScope person, Model model) {
    audit.record(person.id(), "own-words", "view");
    return show(person, model);
  }

  private String show(PersonInScope person, Model model) {
    var history = ownWords.history(person.id());
    model.addAttribute("person", person);
    model.addAttribute("waiting", history.stream().filter(OwnWords.Entry::waiting).toList());
    model.addAttribute("history", history);
    model.addAttribute(
        "outcomes",
        plans
            .current(person.id())
            .map(
                whole ->
                    whole.outcomes().stream()
                        .collect(java.util.stream.Collectors.toMap(Outcome::id, Outcome::words)))
            .orElse(java.util.Map.of()));
    return "planning/own-words";
  }

  @PostMapping("/people/{id}/own-words/{entryId}/accept")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  String accept(
      PersonInScope person,
      @PathVariable UUID entryId,
      @AuthenticationPrincipal StaffMember staff,
      RedirectAttributes redirect) {
    OwnWords.Entry entry = entryOf(person, entryId);
    OwnWords.Reply reply = ownWords.accept(entry, staff);
    flash(redirect, reply, "cowrite.saved.accepted");
    return "redirect:/people/" + person.id() + "/own-words";
  }

  @GetMapping("/people/{id}/own-words/{entryId}/decline")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  String declineForm(PersonInScope person, @PathVariable UUID entryId, Model model) {
    OwnWords.Entry entry = entryOf(person, entryId);
    audit.record(person.id(), "own-words", "view", null, "decline");
    if (!entry.waiting()) {
      return "redirect:/people/" + person.id() + "/own-words";
    }
    return declinePage(person, entry, "", new FormErrors(), model);
  }

  @PostMapping("/people/{id}/own-words/{entryId}/decline")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  String decline(
      PersonInScope person,
      @PathVariable UUID entryId,
      @RequestParam(defaultValue = "") String reason,
      @AuthenticationPrincipal StaffMember staff,
      Model model,
      RedirectAttributes redirect) {
    OwnWords.Entry entry = entryOf(person, entryId);
    OwnWordsRules.Checked checked = OwnWordsRules.reason(reason);
    if (!checked.ok()) {
      return declinePage(
          person,
          entry,
          reason,
          new FormErrors().add("reason", text.get(checked.problem())),
          model);
    }
    OwnWords.Reply reply = ownWords.decline(entry, checked.words(), staff);
    flash(redirect, reply, "cowrite.saved.declined");
    return "redirect:/people/" + person.id() + "/own-words";
  }

  private String declinePage(
      PersonInScope person, OwnWords.Entry entry, String reason, FormErrors errors, Model model) {
    model.addAttribute("person", person);
    model.addAttribute("entry", entry);
    model.addAttribute("reason", reason);
    model.addAttribute("errors", errors);
    model.addAttribute(
        "outcomeWords",
        entry.outcomeId() == null
            ? null
            : plans
                .current(person.id())
                .flatMap(whole -> whole.outcome(entry.outcomeId()))
                .map(Outcome::words)
                .orElse(entry.wordsBefore()));
    return "planning/own-words-decline";
  }

  private static void flash(RedirectAttributes redirect, OwnWords.Reply reply, String done) {
    switch (reply) {
      case DONE -> redirect.addFlashAttribute("savedMessage", done);
      case NOT_WAITING -> redirect.addFlashAttribute("noticeMessage", "cowrite.notice.notWaiting");
      case PLAN_CHANGED ->
          redirect.addFlashAttribute("noticeMessage", "cowrite.notice.planChanged");
    }
  }

  /** Only this person's own words: an id from another person's record is not found. */
  private OwnWords.Entry entryOf(PersonInScope person, UUID entryId) {
    return ownWords.entryOf(person.id(), entryId).orElseThrow(NotFoundException::new);
  }
}
