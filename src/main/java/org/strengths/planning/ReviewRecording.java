package org.strengths.planning;

import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.strengths.access.AuditLog;
import org.strengths.access.StaffMember;
import org.strengths.person.Chronology;

/** Records a checked review with its ONS4 answers, moves the schedule on, audits and logs it. */
@Service
class ReviewRecording {

  private final Plans plans;
  private final PlanStore store;
  private final ReviewStore reviews;
  private final ReviewChecks checks;
  private final AuditLog audit;
  private final Chronology chronology;
  private final PlanText text;

  ReviewRecording(
      Plans plans,
      PlanStore store,
      ReviewStore reviews,
      ReviewChecks checks,
      AuditLog audit,
      Chronology chronology,
      PlanText text) {
    this.plans = plans;
    this.store = store;
    this.reviews = reviews;
    this.checks = checks;
    this.audit = audit;
    this.chronology = chronology;
    this.text = text;
  }

  @Transactional
  UUID record(UUID personId, Plans.Whole whole, ReviewChecks.Checked checked, StaffMember staff) {
    ReviewStore.Review review = checked.review();
    UUID reviewId = reviews.insertReview(whole.plan(), review, store.now(), staff.getUsername());
    if (!checked.ons4().isEmpty()) {
      reviews.insertMeasure(
          whole.plan(),
          reviewId,
          checks.ons4(),
          review.heldOn(),
          checked.ons4(),
          store.now(),
          staff.getUsername());
    }
    store.touchPlan(whole.plan().id(), staff.getUsername());
    plans.reviewed(whole.plan().id());
    audit.record(personId, "plan", "review", null, review.eventOutcome());
    chronology.add(
        personId,
        "review-held",
        text.get(
            "planning.chronology.review",
            text.date(review.heldOn()),
            review.eventOutcome(),
            review.gasTScore() == null ? "-" : review.gasTScore().toPlainString()));
    return reviewId;
  }
}
