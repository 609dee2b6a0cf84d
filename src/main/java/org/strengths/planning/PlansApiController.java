package org.strengths.planning;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.strengths.access.AuditLog;
import org.strengths.access.PersonAccess;
import org.strengths.access.PersonDirectory;
import org.strengths.access.StaffMember;
import org.strengths.network.CarerCheck;
import org.strengths.platform.Money;
import org.strengths.platform.statute.WellbeingArea;
import org.strengths.platform.web.DateInput;
import org.strengths.platform.web.Problems;

/**
 * The plans API for integrations: read a person's current plan (with its CLD service events) and
 * record a review. The same access rules and audit as the pages; errors are RFC 9457 problems.
 */
@RestController
@RequestMapping(
    path = "/api/v1/people/{id}/plan",
    produces = {"application/json", "application/problem+json"})
class PlansApiController {

  private final PersonDirectory directory;
  private final PersonAccess access;
  private final Plans plans;
  private final ReviewStore reviews;
  private final ReviewChecks checks;
  private final ReviewRecording recording;
  private final AuditLog audit;

  PlansApiController(
      PersonDirectory directory,
      PersonAccess access,
      Plans plans,
      ReviewStore reviews,
      ReviewChecks checks,
      ReviewRecording recording,
      AuditLog audit) {
    this.directory = directory;
    this.access = access;
    this.plans = plans;
    this.reviews = reviews;
    this.checks = checks;
    this.recording = recording;
    this.audit = audit;
  }

  @GetMapping
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  ResponseEntity<?> get(@PathVariable UUID id, @AuthenticationPrincipal StaffMember staff) {
    Optional<UUID> person = checked(id, staff);
    if (person.isEmpty()) {
      return Problems.response(
          HttpStatus.NOT_FOUND, Problems.NOT_FOUND, "There is no person with this id.");
    }
    Optional<Plans.Whole> current = plans.current(person.get());
    if (current.isEmpty()) {
      return Problems.response(
          HttpStatus.NOT_FOUND, Problems.NOT_FOUND, "This person has no plan.");
    }
    audit.record(person.get(), "plan", "view", null, "api");
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_JSON)
        .body(PlanResource.of(current.get(), plans, reviews));
  }

  @PostMapping(path = "/reviews", consumes = "application/json")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  ResponseEntity<?> review(
      @PathVariable UUID id,
      @RequestBody ReviewRequest body,
      @AuthenticationPrincipal StaffMember staff) {
    Optional<UUID> person = checked(id, staff);
    if (person.isEmpty()) {
      return Problems.response(
          HttpStatus.NOT_FOUND, Problems.NOT_FOUND, "There is no person with this id.");
    }
    Optional<Plans.Whole> current =
        plans.current(person.get()).filter(whole -> whole.plan().isAgreed());
    if (current.isEmpty()) {
      return Problems.response(
          HttpStatus.CONFLICT, Problems.CONFLICT, "This person has no agreed plan to review.");
    }
    ReviewChecks.Checked checked =
        checks.check(body.asForm(current.get().plan()), current.get(), plans.today());
    if (!checked.errors().isEmpty()) {
      ProblemDetail problem =
          Problems.detail(
              HttpStatus.BAD_REQUEST,
              Problems.VALIDATION,
              "Some details are missing or not valid.");
      problem.setProperty(
          "errors",
          checked.errors().asMap().entrySet().stream()
              .map(e -> Map.of("field", e.getKey(), "detail", e.getValue()))
              .toList());
      return ResponseEntity.badRequest()
          .contentType(MediaType.APPLICATION_PROBLEM_JSON)
          .body(problem);
    }
    UUID reviewId = recording.record(person.get(), current.get(), checked, staff);
    ReviewStore.Review review = checked.review();
    return ResponseEntity.created(URI.create("/api/v1/people/" + person.get() + "/plan"))
        .contentType(MediaType.APPLICATION_JSON)
        .body(
            PlanningCldEvents.review(
                reviewId,
                review.heldOn(),
                review.reason(),
                review.method(),
                review.packageChanged()));
  }

  private Optional<UUID> checked(UUID personId, StaffMember staff) {
    return directory
        .allocationOf(personId)
        .map(
            allocation -> {
              access.check(staff, allocation);
              return personId;
            });
  }

  /**
   * A review sent by an integration. {@code reason} is the CLD Review_Reason ("Planned" or
   * "Unplanned"); {@code method} the CLD Method of review; ratings as on the page.
   */
  record ReviewRequest(
      LocalDate heldOn,
      String reason,
      String unplannedReason,
      String method,
      String working,
      String notWorking,
      Boolean packageChanged,
      List<RatingRequest> ratings,
      Map<String, Integer> ons4) {

    ReviewForm asForm(Plan plan) {
      ReviewForm form = new ReviewForm();
      if (heldOn != null) {
        form.setHeldDay(DateInput.day(heldOn));
        form.setHeldMonth(DateInput.month(heldOn));
        form.setHeldYear(DateInput.year(heldOn));
      }
      form.setReason(
          "Planned".equals(reason) ? "PLANNED" : "Unplanned".equals(reason) ? "UNPLANNED" : null);
      form.setUnplannedReason(unplannedReason);
      for (PlanningCldEvents.ReviewMethod candidate : PlanningCldEvents.ReviewMethod.values()) {
        if (candidate.code().equals(method)) {
          form.setMethod(candidate.name());
        }
      }
      form.setWorking(working);
      form.setNotWorking(notWorking);
      form.setPackageChanged(packageChanged == null ? null : packageChanged ? "yes" : "no");
      if (ratings != null) {
        for (RatingRequest rating : ratings) {
          if (rating != null && rating.outcomeId() != null) {
            String key = rating.outcomeId().toString();
            form.getRating().put(key, rating.rating());
            form.getWords().put(key, rating.theirWords());
            form.getGas().put(key, rating.gasScore() == null ? null : rating.gasScore().toString());
          }
        }
      }
      if (ons4 != null) {
        ons4.forEach(
            (question, value) ->
                form.getOns4().put(question, value == null ? null : value.toString()));
      }
      form.setVersion(String.valueOf(plan.version()));
      return form;
    }
  }

  record RatingRequest(UUID outcomeId, String rating, String theirWords, Integer gasScore) {}

  /** A plan as the API shows it. Money is in pounds with two decimal places. */
  record PlanResource(
      UUID id,
      UUID personId,
      String status,
      LocalDate startedOn,
      LocalDate agreedOn,
      Map<PlanSection, PlanSection.Status> sections,
      List<OutcomeResource> outcomes,
      List<SupportResource> support,
      BudgetResource budget,
      NextReview nextReview,
      List<PlanningCldEvents.ReviewEvent> reviews) {

    static PlanResource of(Plans.Whole whole, Plans plans, ReviewStore reviewStore) {
      Plan plan = whole.plan();
      LocalDate today = plans.today();
      PersonalBudget budget = whole.budget(today);
      return new PlanResource(
          plan.id(),
          plan.personId(),
          plan.status().name(),
          plan.startedOn(),
          plan.agreedOn(),
          plans.statuses(whole),
          whole.outcomes().stream().map(OutcomeResource::of).toList(),
          whole.lines().stream().map(line -> SupportResource.of(line, today)).toList(),
          new BudgetResource(
              pounds(plan.indicativeWeekly()),
              budget.costWeekly().pounds(),
              budget.costAnnual().pounds(),
              budget.personPaysWeekly().pounds(),
              budget.councilPaysWeekly().pounds(),
              budget.councilPaysAnnual().pounds(),
              plan.managementOption() == null ? null : plan.managementOption().name(),
              budget.needsSignOff()),
          plan.reviewDueOn() == null
              ? null
              : new NextReview(plan.reviewKind(), plan.reviewOpensOn(), plan.reviewDueOn()),
          reviewStore.reviewsOf(plan.personId()).stream()
              .filter(review -> review.planId().equals(plan.id()))
              .map(
                  review ->
                      PlanningCldEvents.review(
                          review.id(),
                          review.heldOn(),
                          review.reason(),
                          review.method(),
                          review.packageChanged()))
              .toList());
    }

    private static BigDecimal pounds(Money money) {
      return money == null ? null : money.pounds();
    }
  }

  record OutcomeResource(
      UUID id,
      String words,
      List<WellbeingArea> wellbeingAreas,
      List<String> gasDescriptors,
      Integer gasWeight,
      UUID sourceConversationId,
      UUID strengthId) {
    static OutcomeResource of(Outcome outcome) {
      return new OutcomeResource(
          outcome.id(),
          outcome.words(),
          outcome.wellbeingAreas(),
          outcome.gasDescriptors(),
          outcome.gasWeight(),
          outcome.sourceConversationId(),
          outcome.strengthId());
    }
  }

  record SupportResource(
      UUID id,
      SupportKind kind,
      String help,
      String givenBy,
      List<UUID> outcomeIds,
      boolean canBeReliedOn,
      CarerCheck networkCheck,
      UUID networkMemberId,
      UUID communityAssetId,
      PlanningCldEvents.ServiceEvent service) {
    static SupportResource of(SupportLine line, LocalDate today) {
      return new SupportResource(
          line.id(),
          line.kind(),
          line.help(),
          line.givenBy(),
          line.outcomeIds(),
          line.canBeReliedOn(),
          line.kind() == SupportKind.NETWORK ? line.check() : null,
          line.networkMemberId(),
          line.communityAssetId(),
          line.isCommissioned() ? PlanningCldEvents.service(line.serviceLine(), today) : null);
    }
  }

  record BudgetResource(
      BigDecimal indicativeWeekly,
      BigDecimal costWeekly,
      BigDecimal costAnnual,
      BigDecimal personPaysWeekly,
      BigDecimal councilPaysWeekly,
      BigDecimal councilPaysAnnual,
      String managementOption,
      boolean needsSignOff) {}

  record NextReview(String kind, LocalDate opensOn, LocalDate dueBy) {}
}
