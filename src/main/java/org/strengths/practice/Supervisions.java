package org.strengths.practice;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.strengths.access.AuditLog;
import org.strengths.access.Role;
import org.strengths.access.StaffAccounts;
import org.strengths.access.StaffAccounts.StaffSummary;
import org.strengths.access.StaffMember;
import org.strengths.access.Teams;
import org.strengths.person.Caseloads;
import org.strengths.person.Chronology;
import org.strengths.platform.web.FormErrors;

/**
 * Supervision: the public queries other modules use (whose supervision is due, for the manager's
 * home) and the recording and changing of sessions behind the practice pages. Each person discussed
 * gets one line on their chronology, "discussed in supervision" with the date and the supervisor's
 * name, and never the supervision text.
 */
@Service
public class Supervisions {

  static final String CHRONOLOGY_KIND = "discussed-in-supervision";
  static final String AUDIT_SECTION = "supervision";

  private final SupervisionStore store;
  private final StaffAccounts staff;
  private final Teams teams;
  private final Caseloads caseloads;
  private final Chronology chronology;
  private final AuditLog audit;
  private final PracticeText text;
  private final Clock clock;

  Supervisions(
      SupervisionStore store,
      StaffAccounts staff,
      Teams teams,
      Caseloads caseloads,
      Chronology chronology,
      AuditLog audit,
      PracticeText text,
      Clock clock) {
    this.store = store;
    this.staff = staff;
    this.teams = teams;
    this.caseloads = caseloads;
    this.chronology = chronology;
    this.audit = audit;
    this.text = text;
    this.clock = clock;
  }

  /**
   * Where supervision stands for the workers {@code viewer} oversees, most urgent first: a team
   * manager's practitioners, every practitioner for the principal social worker, a practitioner's
   * own. Dates and status only: no notes.
   */
  public List<SupervisionDue> dueFor(StaffMember viewer) {
    List<StaffSummary> workers = supervisees(viewer);
    List<UUID> ids = workers.stream().map(StaffSummary::id).toList();
    Map<UUID, SupervisionFrequency> expected = store.expectations(ids);
    Map<UUID, LocalDate> last = store.lastHeld(ids);
    LocalDate today = LocalDate.now(clock);
    return workers.stream()
        .map(
            worker ->
                SupervisionDue.of(
                    worker.id(),
                    worker.displayName(),
                    expected.get(worker.id()),
                    last.get(worker.id()),
                    today))
        .sorted(URGENT_FIRST)
        .toList();
  }

  /** How many of the workers {@code viewer} oversees are overdue or were never supervised. */
  public int needingAction(StaffMember viewer) {
    if (!viewer.hasRole(Role.MANAGER)) {
      return 0;
    }
    return (int) dueFor(viewer).stream().filter(SupervisionDue::needsAction).count();
  }

  private static final Comparator<SupervisionDue> URGENT_FIRST =
      Comparator.comparing((SupervisionDue due) -> due.status().ordinal())
          .thenComparing(SupervisionDue::nextDue, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(SupervisionDue::superviseeName);

  private List<StaffSummary> supervisees(StaffMember viewer) {
    return switch (viewer.role()) {
      case MANAGER ->
          viewer.teamId() == null ? List.of() : practitioners(staff.membersOf(viewer.teamId()));
      case PRINCIPAL_SOCIAL_WORKER ->
          practitioners(
              teams.all().stream().flatMap(team -> staff.membersOf(team.id()).stream()).toList());
      case PRACTITIONER -> staff.find(viewer.id()).stream().toList();
      default -> List.of();
    };
  }

  private static List<StaffSummary> practitioners(List<StaffSummary> members) {
    return members.stream().filter(member -> member.role() == Role.PRACTITIONER).toList();
  }

  // ---- behind the pages -------------------------------------------------------------------

  /** Sets how often a worker is to be supervised. */
  @Transactional
  void setFrequency(StaffSummary worker, SupervisionFrequency frequency, StaffMember by) {
    store.setExpectation(worker.id(), frequency, by.getUsername(), now());
    audit.record(null, AUDIT_SECTION, "set-frequency", null, "worker " + worker.id());
  }

  SupervisionFrequency frequencyOf(UUID workerId) {
    return store.expectations(List.of(workerId)).getOrDefault(workerId, SupervisionFrequency.USUAL);
  }

  sealed interface Outcome permits Recorded, Invalid, Conflict {}

  record Recorded(UUID id) implements Outcome {}

  record Invalid(FormErrors errors) implements Outcome {}

  /** Someone saved the session since the form was opened: their version. */
  record Conflict(SupervisionStore.Session saved) implements Outcome {}

  /** Records a session the signed-in manager held with {@code worker}. */
  @Transactional
  Outcome record(StaffSummary worker, SupervisionForm form, StaffMember supervisor) {
    List<SupervisionStore.Action> open = store.openActions(worker.id());
    List<UUID> openIds = open.stream().map(SupervisionStore.Action::id).toList();
    Set<UUID> caseload = caseloadIds(worker.id());
    FormErrors errors = errors(form, caseload, openIds);
    if (errors.any()) {
      return new Invalid(errors);
    }
    Instant at = now();
    UUID id = UUID.randomUUID();
    LocalDate heldOn = form.heldOnOrNull();
    store.insert(
        typed(id, worker.id(), worker.displayName(), supervisor, heldOn, form, 0),
        supervisor.getUsername(),
        at);
    for (SupervisionForm.ActionRow row : form.getActions()) {
      if (row != null && !row.blank()) {
        store.addAction(
            id,
            row.getDescription().strip(),
            row.getOwner().strip(),
            row.due().date(),
            supervisor.getUsername(),
            at);
      }
    }
    CarriedActions.Decision decision = CarriedActions.decide(openIds, form.getOutcomes());
    decision.done().forEach(action -> store.review(action, id, CarriedActions.DONE));
    decision.carried().forEach(action -> store.review(action, id, CarriedActions.CARRIED));
    Set<UUID> people = chosen(form);
    store.discuss(id, people);
    audit.record(null, AUDIT_SECTION, "record", null, "session " + id);
    linkToRecords(people, heldOn, supervisor.displayName(), id);
    return new Recorded(id);
  }

  /** Changes a session's notes, date and the people discussed; the actions stay as agreed. */
  @Transactional
  Outcome change(SupervisionStore.Session current, SupervisionForm form, StaffMember supervisor) {
    Set<UUID> caseload = caseloadIds(current.superviseeId());
    List<UUID> before = store.discussed(current.id());
    // People discussed earlier stay choosable even if they have since left the worker's caseload.
    caseload.addAll(before);
    FormErrors errors = errors(form, caseload, List.of());
    if (errors.any()) {
      return new Invalid(errors);
    }
    if (form.versionSeen() != current.version()) {
      return new Conflict(current);
    }
    LocalDate heldOn = form.heldOnOrNull();
    SupervisionStore.Session typed =
        typed(
            current.id(),
            current.superviseeId(),
            current.superviseeName(),
            supervisor,
            heldOn,
            form,
            current.version());
    if (!store.update(typed, form.versionSeen(), supervisor.getUsername(), now())) {
      return new Conflict(store.find(current.id()).orElseThrow());
    }
    Set<UUID> after = chosen(form);
    Set<UUID> added = new LinkedHashSet<>(after);
    added.removeAll(before);
    Set<UUID> removed = new HashSet<>(before);
    removed.removeAll(after);
    store.discuss(current.id(), added);
    store.undiscuss(current.id(), removed);
    audit.record(null, AUDIT_SECTION, "change", null, "session " + current.id());
    linkToRecords(added, heldOn, current.supervisorName(), current.id());
    return new Recorded(current.id());
  }

  private void linkToRecords(Set<UUID> people, LocalDate heldOn, String supervisor, UUID id) {
    String summary = text.get("practice.chronology.discussed", text.date(heldOn), supervisor);
    for (UUID person : people) {
      chronology.add(person, CHRONOLOGY_KIND, summary);
      audit.record(person, AUDIT_SECTION, "discussed", null, "session " + id);
    }
  }

  private FormErrors errors(SupervisionForm form, Set<UUID> caseload, List<UUID> open) {
    List<String> order = new ArrayList<>();
    order.add("heldOn");
    order.add("discussed");
    order.addAll(SupervisionForm.HEADINGS);
    FormErrors errors = FormErrors.inFormOrder(order).dateFields("heldOn");
    for (int i = 0; i < form.getActions().size(); i++) {
      errors.dateFields("actions-" + i + "-due");
    }
    for (UUID action : open) {
      errors.linkTo("outcome-" + action, "outcome-" + action);
    }
    errors.linkTo("discussed", "discussed");
    return errors.addAll(
        text.resolve(SupervisionRules.check(form, LocalDate.now(clock), caseload, open)));
  }

  private Set<UUID> caseloadIds(UUID workerId) {
    Set<UUID> ids = new HashSet<>();
    caseloads.allocatedTo(workerId).forEach(person -> ids.add(person.personId()));
    return ids;
  }

  private static Set<UUID> chosen(SupervisionForm form) {
    Set<UUID> people = new LinkedHashSet<>();
    form.getDiscussed().stream()
        .map(SupervisionRules::uuid)
        .filter(Objects::nonNull)
        .forEach(people::add);
    return people;
  }

  private static SupervisionStore.Session typed(
      UUID id,
      UUID superviseeId,
      String superviseeName,
      StaffMember supervisor,
      LocalDate heldOn,
      SupervisionForm form,
      int version) {
    return new SupervisionStore.Session(
        id,
        superviseeId,
        superviseeName,
        supervisor.id(),
        supervisor.displayName(),
        heldOn,
        FormErrors.typed(form.getKnowledge()),
        FormErrors.typed(form.getValuesEthics()),
        FormErrors.typed(form.getTheoriesMethods()),
        FormErrors.typed(form.getSkills()),
        FormErrors.typed(form.getReflection()),
        FormErrors.typed(form.getDecisions()),
        FormErrors.typed(form.getWellbeing()),
        null,
        null,
        version);
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}
