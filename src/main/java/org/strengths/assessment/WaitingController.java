package org.strengths.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
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
import org.strengths.platform.web.FormErrors;

/**
 * Waiting well: the team's list of everyone waiting for a first conversation or a needs assessment,
 * and each waiting person's triage, keep-in-touch schedule and log. For the team's managers and
 * practitioners; a person's page also needs the working relationship ({@link PersonInScope}), is
 * refused for a person of another team, and every view is audited.
 */
@Controller
class WaitingController {

  /** The most people the list shows; the rest are counted. */
  static final int SHOWN = 200;

  private static final List<String> TRIAGE_FIELDS = List.of("level", "reason", "everyDays");
  private static final List<String> CONTACT_FIELDS =
      List.of("contactedOn", "how", "said", "changed");

  private final WaitingList list;
  private final WaitingWell waiting;
  private final WaitingStore store;
  private final AuditLog audit;
  private final AssessmentText text;
  private final Clock clock;

  WaitingController(
      WaitingList list,
      WaitingWell waiting,
      WaitingStore store,
      AuditLog audit,
      AssessmentText text,
      Clock clock) {
    this.list = list;
    this.waiting = waiting;
    this.store = store;
    this.audit = audit;
    this.text = text;
    this.clock = clock;
  }

  @GetMapping("/waiting")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  String list(@AuthenticationPrincipal StaffMember staff, Model model) {
    List<WaitingList.Waiter> waiters = list.of(staff.teamId());
    model.addAttribute("waiters", waiters.stream().limit(SHOWN).toList());
    model.addAttribute("total", waiters.size());
    model.addAttribute("overdue", waiters.stream().filter(WaitingList.Waiter::overdue).count());
    model.addAttribute(
        "untriaged", waiters.stream().filter(waiter -> waiter.schedule() == null).count());
    model.addAttribute("settings", waiting.settings());
    model.addAttribute("levels", TriageLevel.values());
    return "assessment/waiting-list";
  }

  @GetMapping("/people/{id}/waiting")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  String person(PersonInScope scope, @AuthenticationPrincipal StaffMember staff, Model model) {
    sameTeam(scope, staff);
    audit.record(scope.id(), "waiting", "view");
    Optional<WaitingStore.Schedule> schedule = store.schedule(scope.id());
    WaitingForms.Triage triage = new WaitingForms.Triage();
    schedule.ifPresent(
        now -> {
          triage.setLevel(now.level().name());
          triage.setVersion(String.valueOf(now.version()));
        });
    WaitingForms.Contact contact = new WaitingForms.Contact();
    contact.setVersion(schedule.map(now -> String.valueOf(now.version())).orElse(null));
    return show(scope, staff, triage, contact, FormErrors.none(), model);
  }

  @PostMapping("/people/{id}/waiting/triage")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  String triage(
      PersonInScope scope,
      @AuthenticationPrincipal StaffMember staff,
      @ModelAttribute("triage") WaitingForms.Triage form,
      Model model,
      RedirectAttributes redirect) {
    sameTeam(scope, staff);
    stillWaiting(scope, staff);
    WaitingWell.Outcome outcome = waiting.triage(scope.id(), form, staff);
    if (outcome instanceof WaitingWell.Invalid invalid) {
      return show(scope, staff, form, freshContact(scope), triageErrors(invalid.problems()), model);
    }
    if (outcome instanceof WaitingWell.Stale) {
      form.setVersion(store.schedule(scope.id()).map(s -> String.valueOf(s.version())).orElse(""));
      return show(
          scope,
          staff,
          form,
          freshContact(scope),
          FormErrors.inFormOrder(TRIAGE_FIELDS)
              .add("level", text.get("waiting.error.stale", scope.displayName())),
          model);
    }
    audit.record(scope.id(), "waiting", "triage");
    redirect.addFlashAttribute("savedMessage", "waiting.saved.triage");
    return "redirect:/people/" + scope.id() + "/waiting";
  }

  @PostMapping("/people/{id}/waiting/contacts")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  String contact(
      PersonInScope scope,
      @AuthenticationPrincipal StaffMember staff,
      @ModelAttribute("contact") WaitingForms.Contact form,
      Model model,
      RedirectAttributes redirect) {
    sameTeam(scope, staff);
    stillWaiting(scope, staff);
    WaitingWell.Outcome outcome = waiting.contact(scope.id(), form, staff);
    if (outcome instanceof WaitingWell.Invalid invalid) {
      return show(
          scope, staff, currentTriage(scope), form, contactErrors(invalid.problems()), model);
    }
    if (outcome instanceof WaitingWell.Stale) {
      form.setVersion(store.schedule(scope.id()).map(s -> String.valueOf(s.version())).orElse(""));
      return show(
          scope,
          staff,
          currentTriage(scope),
          form,
          FormErrors.inFormOrder(CONTACT_FIELDS)
              .dateFields("contactedOn")
              .add("contactedOn", text.get("waiting.error.stale", scope.displayName())),
          model);
    }
    audit.record(scope.id(), "waiting", "contact");
    if (outcome instanceof WaitingWell.Saved saved && saved.changed()) {
      redirect.addFlashAttribute("noticeMessage", "waiting.saved.contactChanged");
      return "redirect:/people/" + scope.id() + "/waiting#triage";
    }
    redirect.addFlashAttribute("savedMessage", "waiting.saved.contact");
    return "redirect:/people/" + scope.id() + "/waiting";
  }

  private String show(
      PersonInScope scope,
      StaffMember staff,
      WaitingForms.Triage triage,
      WaitingForms.Contact contact,
      FormErrors errors,
      Model model) {
    Optional<WaitingList.Waiter> waiter = list.find(staff.teamId(), scope.id());
    Optional<WaitingStore.Schedule> schedule = store.schedule(scope.id());
    LocalDate today = LocalDate.now(clock);
    model.addAttribute("person", scope);
    model.addAttribute("waiter", waiter.orElse(null));
    model.addAttribute("schedule", schedule.orElse(null));
    model.addAttribute("history", store.triageHistory(scope.id()));
    model.addAttribute("contacts", store.contacts(scope.id()));
    model.addAttribute("triage", triage);
    model.addAttribute("contact", contact);
    model.addAttribute("errors", errors);
    model.addAttribute("levels", TriageLevel.values());
    model.addAttribute("ways", WaitingRules.ContactWay.values());
    model.addAttribute("settings", waiting.settings());
    model.addAttribute("today", today);
    return "assessment/waiting-person";
  }

  private FormErrors triageErrors(Map<String, String> problems) {
    FormErrors errors = FormErrors.inFormOrder(TRIAGE_FIELDS);
    problems.forEach((field, key) -> errors.add(field, words(key)));
    return errors;
  }

  private FormErrors contactErrors(Map<String, String> problems) {
    FormErrors errors =
        FormErrors.inFormOrder(CONTACT_FIELDS).dateFields("contactedOn").linkTo("how", "how");
    problems.forEach((field, key) -> errors.add(field, words(key)));
    return errors;
  }

  /** A message; a date input's own problem names the date. */
  private String words(String key) {
    return key.startsWith("date.error.")
        ? text.get(key, text.get("waiting.contact.on.name"))
        : text.get(key, WaitingRules.MAX_REASON, WaitingRules.MAX_SAID);
  }

  private WaitingForms.Triage currentTriage(PersonInScope scope) {
    WaitingForms.Triage triage = new WaitingForms.Triage();
    store
        .schedule(scope.id())
        .ifPresent(
            now -> {
              triage.setLevel(now.level().name());
              triage.setVersion(String.valueOf(now.version()));
            });
    return triage;
  }

  private WaitingForms.Contact freshContact(PersonInScope scope) {
    WaitingForms.Contact contact = new WaitingForms.Contact();
    contact.setVersion(
        store.schedule(scope.id()).map(now -> String.valueOf(now.version())).orElse(null));
    return contact;
  }

  /** The waiting pages are the team's: a person of another team is refused. */
  private static void sameTeam(PersonInScope scope, StaffMember staff) {
    if (staff.teamId() == null || !staff.teamId().equals(scope.teamId())) {
      throw new AccessDeniedException("The person is not in the member of staff's team");
    }
  }

  /** Triage and contacts are recorded only while the person waits. */
  private void stillWaiting(PersonInScope scope, StaffMember staff) {
    if (list.find(staff.teamId(), scope.id()).isEmpty()) {
      throw new AccessDeniedException("The person is not waiting");
    }
  }
}
