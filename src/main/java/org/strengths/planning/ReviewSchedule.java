package org.strengths.planning;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * When a plan is next due for review (s.27; statutory guidance ch. 13; Direct Payments Regulations
 * 2014 reg 7), from the facts of the plan. Plain dates in, plain dates out: callers pass today's
 * date from the injected clock.
 *
 * <ul>
 *   <li>After a plan starts or changes: a review within 6–8 weeks. The window opens at 6 weeks and
 *       the <em>due date is the 8-week date</em>: a review on any day of the window is on time, so
 *       it is only overdue after the last day the guidance allows.
 *   <li>Then no later than 12 months after the last review. Adding months clamps to the end of a
 *       shorter month (29 Feb 2024 + 12 months = 28 Feb 2025), which keeps "no later than".
 *   <li>Direct payments: at least once within 6 months of the first payment; any review since the
 *       payments began counts, as the two normally coincide (guidance ch. 13).
 *   <li>Unplanned: on request or after a significant change, with a reason. The law sets no time;
 *       this council's practice is to hold it within {@link #UNPLANNED_RESPONSE}.
 * </ul>
 *
 * <p>Reviews due in 12 months or 6 months show on the caseload from {@link #NOTICE} before the due
 * date, so there is time to arrange them with the person.
 */
final class ReviewSchedule {

  static final Period FIRST_REVIEW_OPENS = Period.ofWeeks(6);
  static final Period FIRST_REVIEW_DUE = Period.ofWeeks(8);
  static final Period PLANNED_INTERVAL = Period.ofMonths(12);
  static final Period DIRECT_PAYMENT_FIRST = Period.ofMonths(6);
  static final Period UNPLANNED_RESPONSE = Period.ofWeeks(4);
  static final Period NOTICE = Period.ofWeeks(4);

  enum Kind {
    AFTER_PLAN_STARTED,
    AFTER_PLAN_CHANGED,
    PLANNED_ANNUAL,
    AGREED_IN_PLAN,
    DIRECT_PAYMENT_FIRST,
    UNPLANNED
  }

  enum Status {
    NOT_YET_DUE,
    DUE,
    OVERDUE
  }

  /** A request for an unplanned review, not yet held. */
  record UnplannedRequest(LocalDate requestedOn, String reason) {}

  /**
   * What the schedule needs to know about a plan.
   *
   * @param planStarted when the plan started
   * @param planLastChanged when it last changed, or null if never
   * @param directPaymentsStarted when direct payments began, or null if there are none
   * @param lastReview the date of the most recent review held, or null if none
   * @param openRequests unplanned reviews asked for and not yet held
   * @param agreedInPlan an earlier review date agreed in the plan (needs likely to change), or null
   */
  record Facts(
      LocalDate planStarted,
      LocalDate planLastChanged,
      LocalDate directPaymentsStarted,
      LocalDate lastReview,
      List<UnplannedRequest> openRequests,
      LocalDate agreedInPlan) {
    Facts {
      openRequests = openRequests == null ? List.of() : List.copyOf(openRequests);
    }

    Facts(
        LocalDate planStarted,
        LocalDate planLastChanged,
        LocalDate directPaymentsStarted,
        LocalDate lastReview,
        List<UnplannedRequest> openRequests) {
      this(planStarted, planLastChanged, directPaymentsStarted, lastReview, openRequests, null);
    }

    LocalDate latestStartOrChange() {
      return planLastChanged != null && planLastChanged.isAfter(planStarted)
          ? planLastChanged
          : planStarted;
    }
  }

  /** The next review: from when it may be held, by when it must be, and why. */
  record Due(Kind kind, LocalDate windowOpens, LocalDate dueBy, String reason) {
    Status statusOn(LocalDate today) {
      if (today.isAfter(dueBy)) {
        return Status.OVERDUE;
      }
      return today.isBefore(windowOpens) ? Status.NOT_YET_DUE : Status.DUE;
    }
  }

  private ReviewSchedule() {}

  /** The review due soonest. */
  static Due next(Facts facts) {
    return candidates(facts).stream()
        .min(Comparator.comparing(Due::dueBy).thenComparing(Due::kind))
        .orElseThrow();
  }

  /** Every review the plan owes, soonest first. */
  static List<Due> candidates(Facts facts) {
    List<Due> due = new ArrayList<>();
    due.add(planned(facts));
    directPaymentReview(facts).ifPresent(due::add);
    agreedInPlan(facts).ifPresent(due::add);
    facts.openRequests().forEach(request -> due.add(unplanned(request)));
    due.sort(Comparator.comparing(Due::dueBy).thenComparing(Due::kind));
    return due;
  }

  private static Due planned(Facts facts) {
    LocalDate startOrChange = facts.latestStartOrChange();
    // A review held on the day of a change came before it (the change was its result), so the
    // changed plan still gets its own 6-8 week review.
    if (facts.lastReview() == null || !facts.lastReview().isAfter(startOrChange)) {
      boolean changed = !startOrChange.equals(facts.planStarted());
      return new Due(
          changed ? Kind.AFTER_PLAN_CHANGED : Kind.AFTER_PLAN_STARTED,
          startOrChange.plus(FIRST_REVIEW_OPENS),
          startOrChange.plus(FIRST_REVIEW_DUE),
          null);
    }
    LocalDate dueBy = facts.lastReview().plus(PLANNED_INTERVAL);
    return new Due(Kind.PLANNED_ANNUAL, dueBy.minus(NOTICE), dueBy, null);
  }

  private static Optional<Due> directPaymentReview(Facts facts) {
    LocalDate paymentsStarted = facts.directPaymentsStarted();
    if (paymentsStarted == null
        || (facts.lastReview() != null && !facts.lastReview().isBefore(paymentsStarted))) {
      return Optional.empty();
    }
    LocalDate dueBy = paymentsStarted.plus(DIRECT_PAYMENT_FIRST);
    return Optional.of(new Due(Kind.DIRECT_PAYMENT_FIRST, dueBy.minus(NOTICE), dueBy, null));
  }

  /** A date agreed in the plan counts only while it is still ahead of the last review. */
  private static Optional<Due> agreedInPlan(Facts facts) {
    LocalDate agreed = facts.agreedInPlan();
    if (agreed == null || (facts.lastReview() != null && !agreed.isAfter(facts.lastReview()))) {
      return Optional.empty();
    }
    return Optional.of(new Due(Kind.AGREED_IN_PLAN, agreed.minus(NOTICE), agreed, null));
  }

  private static Due unplanned(UnplannedRequest request) {
    return new Due(
        Kind.UNPLANNED,
        request.requestedOn(),
        request.requestedOn().plus(UNPLANNED_RESPONSE),
        request.reason());
  }
}
