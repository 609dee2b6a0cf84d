package org.strengths.planning;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.strengths.platform.BulkCopy;

/**
 * The planning module's bulk loader for a generated council ({@link SupportPlans#addGenerated}):
 * agreed plans with one outcome in the person's words, the paid services commissioned for it (with
 * unit costs, some since ended) and the planned reviews held so far, copied in with COPY. The next
 * review is worked out by the same {@link ReviewSchedule} as for a plan agreed on the pages, so the
 * caseload of reviews due and "My work" read them as they would any other.
 */
@Component
class GeneratedPlans {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final String[] RATINGS = {"PARTLY", "ACHIEVED", "NOT_YET"};

  private final BulkCopy bulk;

  GeneratedPlans(BulkCopy bulk) {
    this.bulk = bulk;
  }

  long add(List<SupportPlans.GeneratedPlan> generated) {
    BulkCopy.Rows plans =
        bulk.into(
            "planning_plan",
            "id",
            "person_id",
            "status",
            "started_on",
            "agreed_on",
            "person_agrees",
            "review_kind",
            "review_opens_on",
            "review_due_on",
            "created_at",
            "created_by",
            "updated_at",
            "updated_by");
    BulkCopy.Rows outcomes =
        bulk.into(
            "planning_outcome",
            "id",
            "plan_id",
            "person_id",
            "words",
            "position",
            "created_at",
            "created_by",
            "updated_at",
            "updated_by");
    BulkCopy.Rows reviews =
        bulk.into(
            "planning_review",
            "id",
            "plan_id",
            "person_id",
            "held_on",
            "review_reason",
            "review_method",
            "working",
            "not_working",
            "package_changed",
            "event_outcome",
            "created_at",
            "created_by",
            "updated_at",
            "updated_by");
    BulkCopy.Rows ratings =
        bulk.into("planning_review_rating", "review_id", "outcome_id", "rating");
    BulkCopy.Rows lines =
        bulk.into(
            "planning_support_line",
            "id",
            "plan_id",
            "person_id",
            "kind",
            "help",
            "given_by",
            "person_agrees",
            "service_type",
            "service_component",
            "delivery_mechanism",
            "unit_cost_pence",
            "cost_frequency",
            "planned_units_per_week",
            "start_on",
            "end_on",
            "created_at",
            "created_by",
            "updated_at",
            "updated_by");
    BulkCopy.Rows linesMeet = bulk.into("planning_support_line_outcome", "line_id", "outcome_id");
    for (SupportPlans.GeneratedPlan plan : generated) {
      UUID planId = id("plan", plan.personId(), 0);
      UUID outcomeId = id("outcome", plan.personId(), 0);
      var agreedAt = at(plan.agreedOn());
      LocalDate lastReview =
          plan.reviewsHeld().isEmpty()
              ? null
              : plan.reviewsHeld().get(plan.reviewsHeld().size() - 1);
      ReviewSchedule.Due due =
          ReviewSchedule.next(
              new ReviewSchedule.Facts(plan.agreedOn(), null, null, lastReview, List.of()));
      plans.row(
          planId,
          plan.personId(),
          "AGREED",
          plan.agreedOn(),
          plan.agreedOn(),
          true,
          due.kind().name(),
          due.windowOpens(),
          due.dueBy(),
          agreedAt,
          plan.by(),
          agreedAt,
          plan.by());
      outcomes.row(
          outcomeId,
          planId,
          plan.personId(),
          plan.outcomeWords(),
          0,
          agreedAt,
          plan.by(),
          agreedAt,
          plan.by());
      int line = 0;
      for (SupportPlans.GeneratedService service : plan.services()) {
        UUID lineId = id("line", plan.personId(), line++);
        lines.row(
            lineId,
            planId,
            plan.personId(),
            "COMMISSIONED",
            service.help(),
            "The council",
            true,
            service.serviceType().code(),
            service.serviceComponent(),
            service.deliveryMechanism() == null ? null : service.deliveryMechanism().code(),
            service.unitCostPence(),
            service.costFrequency().code(),
            service.plannedUnitsPerWeek(),
            service.startOn(),
            service.endOn(),
            agreedAt,
            plan.by(),
            agreedAt,
            plan.by());
        linesMeet.row(lineId, outcomeId);
      }
      int number = 0;
      for (LocalDate held : plan.reviewsHeld()) {
        UUID reviewId = id("review", plan.personId(), number);
        var heldAt = at(held);
        reviews.row(
            reviewId,
            planId,
            plan.personId(),
            held,
            "Planned",
            "Service user only",
            "Getting out more and seeing friends again.",
            "Mornings are still hard.",
            false,
            "No change in package",
            heldAt,
            plan.by(),
            heldAt,
            plan.by());
        ratings.row(reviewId, outcomeId, RATINGS[number % RATINGS.length]);
        number++;
      }
    }
    long count = plans.finish();
    outcomes.finish();
    reviews.finish();
    ratings.finish();
    lines.finish();
    linesMeet.finish();
    return count;
  }

  private static java.time.OffsetDateTime at(LocalDate day) {
    return day.atTime(LocalTime.of(11, 0)).atZone(LONDON).toOffsetDateTime();
  }

  private static UUID id(String kind, UUID personId, int number) {
    return UUID.nameUUIDFromBytes(
        ("strengths-generated-" + kind + "-" + personId + "-" + number)
            .getBytes(StandardCharsets.UTF_8));
  }
}
