package org.strengths.planning;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.strengths.access.AuditLog;
import org.strengths.access.StaffMember;
import org.strengths.person.Chronology;
import org.strengths.platform.Money;

/** Starting, completing, agreeing and changing plans, and keeping their review schedule. */
@Service
class Plans {

  private final PlanStore store;
  private final ReviewStore reviews;
  private final AuditLog audit;
  private final Chronology chronology;
  private final PlanText text;
  private final Clock clock;

  Plans(
      PlanStore store,
      ReviewStore reviews,
      AuditLog audit,
      Chronology chronology,
      PlanText text,
      Clock clock) {
    this.store = store;
    this.reviews = reviews;
    this.audit = audit;
    this.chronology = chronology;
    this.text = text;
    this.clock = clock;
  }

  LocalDate today() {
    return LocalDate.now(clock);
  }

  /** A plan with everything that hangs off it, as one page needs it. */
  record Whole(Plan plan, List<Outcome> outcomes, List<SupportLine> lines) {
    PersonalBudget budget(LocalDate today) {
      List<Money> costs =
          lines.stream()
              .filter(SupportLine::isCommissioned)
              .map(SupportLine::serviceLine)
              .filter(line -> !line.hasEndedBy(today))
              .map(ServiceLine::weeklyCost)
              .toList();
      return new PersonalBudget(
          plan.indicativeWeekly(),
          costs,
          plan.contributionWeekly(),
          plan.managementOption(),
          plan.signOff());
    }

    Money directPaymentWeekly(LocalDate today) {
      return lines.stream()
          .filter(SupportLine::isCommissioned)
          .filter(line -> line.deliveryMechanism() == DeliveryMechanism.DIRECT_PAYMENT)
          .map(SupportLine::serviceLine)
          .filter(line -> !line.hasEndedBy(today))
          .map(ServiceLine::weeklyCost)
          .reduce(Money.ZERO, Money::plus);
    }

    public Optional<Outcome> outcome(UUID id) {
      return outcomes.stream().filter(o -> o.id().equals(id)).findFirst();
    }
  }

  Optional<Whole> current(UUID personId) {
    return store.currentPlan(personId).map(this::whole);
  }

  Whole whole(Plan plan) {
    return new Whole(plan, store.outcomes(plan.id()), store.lines(plan.id()));
  }

  @Transactional
  UUID start(UUID personId, StaffMember staff) {
    UUID id = store.insertPlan(personId, today(), staff.getUsername());
    audit.record(personId, "plan", "create");
    chronology.add(personId, "plan-started", text.get("planning.chronology.started"));
    return id;
  }

  Map<PlanSection, PlanSection.Status> statuses(Whole whole) {
    Map<PlanSection, PlanSection.Status> statuses = new EnumMap<>(PlanSection.class);
    for (PlanSection section : PlanSection.values()) {
      statuses.put(section, status(section, whole));
    }
    return statuses;
  }

  private PlanSection.Status status(PlanSection section, Whole whole) {
    Plan plan = whole.plan();
    boolean done =
        switch (section) {
          case NEEDS -> plan.needsIdentified() != null;
          case ELIGIBILITY -> plan.eligibility() != null;
          case NEEDS_MET -> plan.needsMetHow() != null;
          case OUTCOMES -> !whole.outcomes().isEmpty();
          case WHO_DOES_WHAT ->
              !whole.lines().isEmpty()
                  && whole.lines().stream().allMatch(SupportLine::canBeReliedOn);
          case BUDGET -> plan.managementOption() != null && !whole.budget(today()).needsSignOff();
          case ADVICE -> plan.advice() != null;
          case DIRECT_PAYMENTS ->
              plan.directPaymentNeeds() != null && plan.directPaymentFrequency() != null;
          case INVOLVED -> plan.involved() != null;
          case AGREEMENT ->
              plan.personAgrees() != null && (plan.personAgrees() || plan.personView() != null);
          case CONTINGENCY -> plan.contingency() != null;
          case NEXT_REVIEW -> plan.nextReviewOn() != null;
          case COPY -> plan.copyGivenOn() != null && plan.copyFormat() != null;
        };
    if (done) {
      return PlanSection.Status.COMPLETED;
    }
    if (section == PlanSection.DIRECT_PAYMENTS
        && (plan.managementOption() == null || !plan.managementOption().includesDirectPayment())) {
      return PlanSection.Status.NOT_NEEDED;
    }
    if (section == PlanSection.WHO_DOES_WHAT && whole.outcomes().isEmpty()) {
      return PlanSection.Status.CANNOT_START_YET;
    }
    if (section == PlanSection.COPY && !plan.isAgreed()) {
      return PlanSection.Status.CANNOT_START_YET;
    }
    return PlanSection.Status.NOT_STARTED;
  }

  /** The sections still to complete before the plan can be agreed. */
  List<PlanSection> missingToAgree(Whole whole) {
    List<PlanSection> missing = new ArrayList<>();
    statuses(whole)
        .forEach(
            (section, status) -> {
              if (section.neededToAgree()
                  && status != PlanSection.Status.COMPLETED
                  && status != PlanSection.Status.NOT_NEEDED) {
                missing.add(section);
              }
            });
    return missing;
  }

  /** Agrees the plan if it is complete and unchanged since read; false if someone saved first. */
  @Transactional
  boolean agree(Whole whole, int version, StaffMember staff) {
    LocalDate today = today();
    boolean saved =
        store.updatePlan(
            whole.plan().id(),
            version,
            PlanStore.columns("status", "AGREED", "agreed_on", today, "started_on", today),
            staff.getUsername());
    if (saved) {
      reschedule(whole.plan().id());
      audit.record(whole.plan().personId(), "plan", "agree");
      chronology.add(
          whole.plan().personId(), "plan-agreed", text.get("planning.chronology.agreed"));
    }
    return saved;
  }

  /**
   * A change to what the plan provides (support or budget) after it was agreed starts a new 6–8
   * week review window (guidance ch. 13).
   */
  void changed(Plan plan, StaffMember staff) {
    if (plan.isAgreed()) {
      store.updatePlan(
          plan.id(),
          store.plan(plan.id()).orElseThrow().version(),
          PlanStore.columns("last_changed_on", today()),
          staff.getUsername());
    }
    reschedule(plan.id());
  }

  /**
   * After a review the plan's own "next review date" (an s.25 part) moves on to the date the
   * schedule now gives, so the plan and the caseload agree; it can then be brought forward again.
   */
  void reviewed(UUID planId) {
    store.setNextReview(planId, null);
    reschedule(planId);
    store.setNextReview(planId, store.plan(planId).orElseThrow().reviewDueOn());
  }

  /**
   * Recomputes the plan's next review from its facts; draft and ended plans, and plans ended by the
   * person's death, have none.
   */
  void reschedule(UUID planId) {
    Plan plan = store.plan(planId).orElseThrow();
    if (!plan.isAgreed() || plan.endedByDeath()) {
      store.setSchedule(planId, null);
      return;
    }
    LocalDate paymentsStarted = store.directPaymentsStarted(planId);
    ReviewSchedule.Facts facts =
        new ReviewSchedule.Facts(
            plan.startedOn(),
            plan.lastChangedOn(),
            paymentsStarted,
            reviews.lastHeldOn(planId).orElse(null),
            reviews.openRequests(planId),
            plan.nextReviewOn());
    store.setSchedule(planId, ReviewSchedule.next(facts));
  }
}
