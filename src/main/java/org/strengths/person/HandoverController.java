package org.strengths.person;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
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
import org.strengths.access.PersonAccess;
import org.strengths.access.PersonAllocation;
import org.strengths.access.PersonInScope;
import org.strengths.access.StaffAccounts;
import org.strengths.access.StaffMember;
import org.strengths.platform.PreservedForm;
import org.strengths.platform.web.FormErrors;
import org.strengths.platform.web.Ids;

/**
 * "Hand over to another worker": the same worker keeps the person by default, so a hand-over is an
 * explicit act with a reason. It moves the allocation (as the allocation page does) and records
 * why.
 */
@Controller
class HandoverController {

  /** What is typed on the hand-over page. */
  static class HandoverForm {
    private String workerId;
    private String reason;
    private String seenWorkerId;

    public String getWorkerId() {
      return workerId;
    }

    public void setWorkerId(String workerId) {
      this.workerId = workerId;
    }

    public String getReason() {
      return reason;
    }

    public void setReason(String reason) {
      this.reason = reason;
    }

    public String getSeenWorkerId() {
      return seenWorkerId;
    }

    public void setSeenWorkerId(String seenWorkerId) {
      this.seenWorkerId = seenWorkerId;
    }
  }

  private static final int LONGEST_REASON = 1_000;

  private final People people;
  private final StaffAccounts staffAccounts;
  private final Reallocation reallocation;
  private final PersonAccess access;
  private final Chronology chronology;
  private final AuditLog audit;
  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;
  private final PersonText text;
  private final Clock clock;

  HandoverController(
      People people,
      StaffAccounts staffAccounts,
      Reallocation reallocation,
      PersonAccess access,
      Chronology chronology,
      AuditLog audit,
      JdbcClient jdbc,
      TransactionTemplate transaction,
      PersonText text,
      Clock clock) {
    this.people = people;
    this.staffAccounts = staffAccounts;
    this.reallocation = reallocation;
    this.access = access;
    this.chronology = chronology;
    this.audit = audit;
    this.jdbc = jdbc;
    this.transaction = transaction;
    this.text = text;
    this.clock = clock;
  }

  @GetMapping("/people/{id}/handover")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  String form(
      PersonInScope scope,
      @ModelAttribute("form") HandoverForm form,
      HttpServletRequest request,
      Model model) {
    PersonDetails person = people.details(scope);
    audit.record(person.id(), "person", "view", null, "handover");
    if (!PreservedForm.wasRestored(request)) {
      form.setSeenWorkerId(person.workerId() == null ? "" : person.workerId().toString());
    }
    return show(person, form, new FormErrors(), model);
  }

  @PostMapping("/people/{id}/handover")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  String handOver(
      PersonInScope scope,
      @ModelAttribute("form") HandoverForm form,
      @AuthenticationPrincipal StaffMember staff,
      Model model,
      RedirectAttributes redirect) {
    PersonDetails person = people.details(scope);
    FormErrors errors = new FormErrors();
    UUID worker = Ids.orNull(form.getWorkerId());
    List<StaffAccounts.StaffSummary> workers = workers(person);
    if (worker == null || workers.stream().noneMatch(w -> w.id().equals(worker))) {
      errors.add("workerId", text.get("person.handover.error.worker"));
    }
    String reason = FormErrors.typed(form.getReason());
    if (reason == null) {
      errors.add("reason", text.get("person.handover.error.reason"));
    } else if (reason.length() > LONGEST_REASON) {
      errors.add("reason", text.get("person.handover.error.tooLong"));
    }
    if (!errors.isEmpty()) {
      return show(person, form, errors, model);
    }
    UUID seen = Ids.orNull(form.getSeenWorkerId());
    Reallocation.Result result =
        transaction.execute(status -> handOver(person, seen, worker, reason, staff));
    if (result == Reallocation.Result.CONFLICT) {
      form.setSeenWorkerId(person.workerId() == null ? "" : person.workerId().toString());
      errors.add("workerId", text.get("person.handover.error.conflict"));
      return show(person, form, errors, model);
    }
    if (result == Reallocation.Result.INVALID) {
      errors.add("workerId", text.get("person.handover.error.worker"));
      return show(person, form, errors, model);
    }
    redirect.addFlashAttribute("savedMessage", "person.handover.saved");
    var now = new PersonAllocation(person.id(), person.teamId(), worker);
    return access.mayView(staff, now)
        ? "redirect:/people/" + person.id() + "/conversations"
        : "redirect:/people";
  }

  private Reallocation.Result handOver(
      PersonDetails person, UUID seen, UUID worker, String reason, StaffMember staff) {
    Reallocation.Result result = reallocation.toWorker(person.id(), seen, worker, staff);
    if (result != Reallocation.Result.MOVED) {
      return result;
    }
    jdbc.sql(
            """
            INSERT INTO person_handover (id, person_id, from_worker_id, to_worker_id, reason,
              handed_at, handed_by)
            VALUES (:id, :person, :from, :to, :reason, :at, :by)
            """)
        .param("id", UUID.randomUUID())
        .param("person", person.id())
        .param("from", seen)
        .param("to", worker)
        .param("reason", reason)
        .param("at", clock.instant().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC))
        .param("by", staff.getUsername())
        .update();
    audit.record(person.id(), "person", "handover", null, "to " + worker);
    String name =
        staffAccounts.find(worker).map(StaffAccounts.StaffSummary::displayName).orElse("");
    chronology.add(
        person.id(), "handed-over", text.get("person.chronology.handedOver", name, reason));
    return result;
  }

  private List<StaffAccounts.StaffSummary> workers(PersonDetails person) {
    if (person.teamId() == null) {
      return List.of();
    }
    return staffAccounts.membersOf(person.teamId()).stream()
        .filter(member -> !Objects.equals(member.id(), person.workerId()))
        .toList();
  }

  private String show(PersonDetails person, HandoverForm form, FormErrors errors, Model model) {
    model.addAttribute("person", person);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("workers", workers(person));
    model.addAttribute(
        "currentWorker",
        person.workerId() == null
            ? text.get("person.handover.noWorker")
            : staffAccounts
                .find(person.workerId())
                .map(StaffAccounts.StaffSummary::displayName)
                .orElse(text.get("person.handover.noWorker")));
    return "person/handover";
  }
}
