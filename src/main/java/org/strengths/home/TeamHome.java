package org.strengths.home;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.strengths.access.BreakGlassReviews;
import org.strengths.access.StaffAccounts;
import org.strengths.access.StaffMember;
import org.strengths.assessment.EligibilitySignOffs;
import org.strengths.person.Caseloads;
import org.strengths.planning.PlanningDue;

/**
 * A team manager's home: what waits for their sign-off or review, who waits to be allocated, and
 * each worker's caseload and overdue reviews. Each list is one or two queries in its owning module;
 * the team's people are counted in the database and only those the lists name are read, so a team
 * of thousands costs little more than a small one.
 */
@Service
class TeamHome {

  /** Stands for "no worker" where workers are keyed by id. */
  private static final UUID NO_WORKER = new UUID(0, 0);

  /** The longest-waiting people shown; the rest are counted. */
  static final int WAITING_SHOWN = 20;

  private final Caseloads caseloads;
  private final EligibilitySignOffs signOffs;
  private final PlanningDue planning;
  private final BreakGlassReviews breakGlass;
  private final StaffAccounts staffAccounts;
  private final Clock clock;

  TeamHome(
      Caseloads caseloads,
      EligibilitySignOffs signOffs,
      PlanningDue planning,
      BreakGlassReviews breakGlass,
      StaffAccounts staffAccounts,
      Clock clock) {
    this.caseloads = caseloads;
    this.signOffs = signOffs;
    this.planning = planning;
    this.breakGlass = breakGlass;
    this.staffAccounts = staffAccounts;
    this.clock = clock;
  }

  record Eligibility(String personName, String submittedBy, long days, String link) {}

  record Budget(String personName, String cost, String indicative, String link) {}

  record BreakGlass(String personName, String staffName, String at, String reason, String link) {}

  record Waiting(String personName, long days, String link) {}

  /**
   * One worker's line: their caseload and overdue reviews.
   *
   * @param name null for the people with no worker
   * @param oldestOverdue the due date of their longest-overdue review, or empty
   */
  record Worker(String name, int people, int overdueReviews, String oldestOverdue) {}

  record View(
      List<Eligibility> eligibility,
      List<Budget> budgets,
      List<BreakGlass> breakGlass,
      List<Waiting> waiting,
      int waitingTotal,
      List<Worker> overdueByWorker,
      int overdueTotal,
      List<Worker> workload) {

    /** What the navigation counts: what waits for the manager's own decision. */
    public int needingAction() {
      return eligibility.size() + budgets.size() + breakGlass.size() + waitingTotal;
    }
  }

  View of(StaffMember manager) {
    UUID teamId = manager.teamId();
    if (teamId == null) {
      return new View(List.of(), List.of(), List.of(), List.of(), 0, List.of(), 0, List.of());
    }
    List<EligibilitySignOffs.Waiting> awaiting = signOffs.awaitingSignOff(teamId);
    List<PlanningDue.BudgetToSignOff> budgetsToSign = planning.budgetsToSignOff(teamId);
    List<BreakGlassReviews.Waiting> events = breakGlass.waiting(teamId);
    List<PlanningDue.Review> overdue = planning.reviewsOverdue(teamId);
    Set<UUID> named = new HashSet<>();
    awaiting.forEach(item -> named.add(item.personId()));
    budgetsToSign.forEach(item -> named.add(item.personId()));
    events.forEach(event -> named.add(event.personId()));
    overdue.forEach(review -> named.add(review.personId()));
    Map<UUID, Caseloads.Allocated> byId = new HashMap<>();
    caseloads.inTeam(named, teamId).forEach(person -> byId.put(person.personId(), person));

    List<Eligibility> eligibility =
        awaiting.stream()
            .map(
                item ->
                    new Eligibility(
                        name(byId, item.personId()),
                        item.byName(),
                        HomeDates.daysSince(item.at(), clock),
                        "/people/"
                            + item.personId()
                            + "/assessments/"
                            + item.assessmentId()
                            + "/eligibility/sign-off"))
            .toList();

    List<Budget> budgets =
        budgetsToSign.stream()
            .map(
                item ->
                    new Budget(
                        name(byId, item.personId()),
                        item.cost(),
                        item.indicative(),
                        "/people/" + item.personId() + "/plan/budget/sign-off"))
            .toList();

    Map<UUID, String> outside =
        caseloads.names(
            events.stream()
                .map(BreakGlassReviews.Waiting::personId)
                .filter(id -> !byId.containsKey(id))
                .distinct()
                .toList());
    List<BreakGlass> glass =
        events.stream()
            .map(
                event ->
                    new BreakGlass(
                        byId.containsKey(event.personId())
                            ? byId.get(event.personId()).name()
                            : outside.getOrDefault(event.personId(), ""),
                        event.staffName(),
                        HomeDates.moment(event.occurredAt(), clock.getZone()),
                        event.reason(),
                        "/break-glass-reviews/" + event.id()))
            .toList();

    List<Waiting> waiting =
        caseloads.withoutWorker(teamId, WAITING_SHOWN).stream()
            .map(
                person ->
                    new Waiting(
                        person.name(),
                        HomeDates.daysSince(person.allocatedSince(), clock),
                        "/people/" + person.personId() + "/allocation"))
            .toList();

    Caseloads.Workload workload = caseloads.workload(teamId);
    List<Worker> workers = workers(teamId, workload, overdue, byId);
    List<Worker> overdueByWorker =
        workers.stream()
            .filter(worker -> worker.overdueReviews() > 0)
            .sorted(Comparator.comparingInt(Worker::overdueReviews).reversed())
            .toList();
    return new View(
        eligibility,
        budgets,
        glass,
        waiting,
        workload.withoutWorker(),
        overdueByWorker,
        overdue.size(),
        workers);
  }

  /** The team's members (and anyone else holding its people), with no worker last. */
  private List<Worker> workers(
      UUID teamId,
      Caseloads.Workload workload,
      List<PlanningDue.Review> overdue,
      Map<UUID, Caseloads.Allocated> byId) {
    Map<UUID, String> names = new LinkedHashMap<>();
    staffAccounts.membersOf(teamId).forEach(member -> names.put(member.id(), member.displayName()));
    Map<UUID, Integer> people = new HashMap<>(workload.byWorker());
    if (workload.withoutWorker() > 0) {
      people.put(NO_WORKER, workload.withoutWorker());
    }
    List<UUID> others =
        people.keySet().stream()
            .filter(id -> !names.containsKey(id) && !NO_WORKER.equals(id))
            .toList();
    if (!others.isEmpty()) {
      names.putAll(staffAccounts.displayNames(others));
    }
    Map<UUID, Integer> overdueCount = new HashMap<>();
    Map<UUID, LocalDate> oldest = new HashMap<>();
    for (PlanningDue.Review review : overdue) {
      Caseloads.Allocated person = byId.get(review.personId());
      UUID worker = person == null ? null : person.workerId();
      UUID key = worker == null ? NO_WORKER : worker;
      overdueCount.merge(key, 1, Integer::sum);
      oldest.merge(key, review.dueOn(), (a, b) -> a.isBefore(b) ? a : b);
    }
    if (overdueCount.containsKey(NO_WORKER) || people.containsKey(NO_WORKER)) {
      names.put(NO_WORKER, null);
    }
    List<Worker> workers = new ArrayList<>();
    names.forEach(
        (id, name) ->
            workers.add(
                new Worker(
                    name,
                    people.getOrDefault(id, 0),
                    overdueCount.getOrDefault(id, 0),
                    HomeDates.date(oldest.get(id)))));
    workers.sort(
        Comparator.comparing(Worker::name, Comparator.nullsLast(Comparator.naturalOrder())));
    return workers;
  }

  private static String name(Map<UUID, Caseloads.Allocated> byId, UUID personId) {
    Caseloads.Allocated person = byId.get(personId);
    return person == null ? "" : person.name();
  }

  /** For the navigation: what waits for the manager's decision. */
  int needingAction(StaffMember manager) {
    return of(manager).needingAction();
  }
}
