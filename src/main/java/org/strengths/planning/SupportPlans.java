package org.strengths.planning;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.strengths.access.AuditLog;
import org.strengths.access.StaffMember;
import org.strengths.conversation.PersonInTheirWords;
import org.strengths.person.Chronology;
import org.strengths.platform.Money;
import org.strengths.platform.ReferenceData;
import org.strengths.platform.web.DateInput;
import org.strengths.platform.web.FormErrors;

/**
 * The planning module's API for recording a plan from another module (the demo council): each step
 * takes what a practitioner would type on the plan's pages, runs the same checks and saves it the
 * same way, with the audit, chronology and review schedule. A step that its page would refuse
 * throws {@link IllegalArgumentException}. Callers have checked that the staff member may change
 * the person's record.
 */
@Service
public class SupportPlans {

  /**
   * Where a person's current plan is.
   *
   * @param reviewDueOn when the next review is due; null for a plan not yet agreed
   * @param budgetWaitsForSignOff the budget is below the indicative amount and no manager agreed
   */
  public record State(
      UUID planId,
      boolean agreed,
      LocalDate startedOn,
      LocalDate reviewDueOn,
      boolean budgetWaitsForSignOff,
      int outcomes,
      int supportLines) {}

  /**
   * A review as typed on the review page, every outcome rated the same.
   *
   * @param rating {@code ACHIEVED}, {@code PARTLY}, {@code NOT_YET} or {@code NO_LONGER_WANTED}
   */
  public record Review(LocalDate heldOn, String working, String notWorking, String rating) {}

  /**
   * An agreed plan of a generated council's person: one outcome in their words, the planned reviews
   * held so far (oldest first) and the paid services commissioned for it, recorded by the member of
   * staff with username {@code by}.
   */
  public record GeneratedPlan(
      UUID personId,
      LocalDate agreedOn,
      String outcomeWords,
      List<LocalDate> reviewsHeld,
      List<GeneratedService> services,
      String by) {
    public GeneratedPlan {
      reviewsHeld = List.copyOf(reviewsHeld);
      services = List.copyOf(services);
    }
  }

  /**
   * A commissioned service line of a generated plan, meeting the plan's outcome, with its unit
   * cost; {@code endOn} null while it runs.
   */
  public record GeneratedService(
      String help,
      ServiceType serviceType,
      String serviceComponent,
      DeliveryMechanism deliveryMechanism,
      long unitCostPence,
      CostFrequency costFrequency,
      java.math.BigDecimal plannedUnitsPerWeek,
      LocalDate startOn,
      LocalDate endOn) {}

  private final Plans plans;
  private final PlanStore store;
  private final PlanSections sections;
  private final ReviewChecks reviewChecks;
  private final ReviewRecording reviewRecording;
  private final ReviewStore reviews;
  private final SupportChoices choices;
  private final ReferenceData referenceData;
  private final AuditLog audit;
  private final Chronology chronology;
  private final PlanText text;
  private final GeneratedPlans generated;
  private final PersonInTheirWords inTheirWords;

  SupportPlans(
      Plans plans,
      PlanStore store,
      PlanSections sections,
      ReviewChecks reviewChecks,
      ReviewRecording reviewRecording,
      ReviewStore reviews,
      SupportChoices choices,
      ReferenceData referenceData,
      AuditLog audit,
      Chronology chronology,
      PlanText text,
      GeneratedPlans generated,
      PersonInTheirWords inTheirWords) {
    this.plans = plans;
    this.store = store;
    this.sections = sections;
    this.reviewChecks = reviewChecks;
    this.reviewRecording = reviewRecording;
    this.reviews = reviews;
    this.choices = choices;
    this.referenceData = referenceData;
    this.audit = audit;
    this.chronology = chronology;
    this.text = text;
    this.generated = generated;
    this.inTheirWords = inTheirWords;
  }

  /**
   * For a generated council: adds agreed plans in bulk with their commissioned services and their
   * next review worked out as for any plan, without audit, chronology entries or events; how many
   * were added. The services and reviews reach the CLD return through the one path as any plan's do
   * (ADR 0090, 0168). The people must have no plan yet.
   */
  @Transactional
  public long addGenerated(List<GeneratedPlan> plans) {
    return generated.add(plans);
  }

  /** Starts a draft plan for the person; its id. */
  public UUID start(UUID personId, StaffMember staff) {
    if (plans.current(personId).isPresent()) {
      throw new IllegalArgumentException("The person has a plan already: " + personId);
    }
    return plans.start(personId, staff);
  }

  /**
   * Saves one of the plan's own pages as typed.
   *
   * @param slug e.g. {@code needs}, {@code involved}, {@code agreement}, {@code copy}
   * @param typed the page's fields: {@code text}, {@code frequency}, {@code agrees}, {@code view},
   *     {@code day}, {@code month}, {@code year}, {@code format}
   */
  @Transactional
  public void saveSection(
      UUID personId, String slug, Map<String, String> typed, StaffMember staff) {
    Plans.Whole whole = whole(personId);
    PlanSection section =
        PlanSection.editable(slug).orElseThrow(() -> new IllegalArgumentException(slug));
    Plan plan = whole.plan();
    SectionForm form =
        new SectionForm(
            typed.get("text"),
            typed.get("frequency"),
            typed.get("agrees"),
            typed.get("view"),
            typed.get("day"),
            typed.get("month"),
            typed.get("year"),
            typed.get("format"),
            String.valueOf(plan.version()));
    PlanSections.Checked checked = sections.check(section, form, plans.today());
    refuse(checked.errors());
    if (!store.updatePlan(plan.id(), plan.version(), checked.columns(), staff.getUsername())) {
      throw new IllegalStateException("Changed by someone else: " + plan.id());
    }
    audit.record(personId, "plan", "change", null, slug);
    if (section == PlanSection.NEXT_REVIEW) {
      plans.reschedule(plan.id());
    }
    if (section == PlanSection.AGREEMENT || section == PlanSection.COPY) {
      chronology.add(
          personId,
          "plan-" + slug,
          text.get("planning.chronology." + section.name(), text.get(section.titleKey())));
    }
  }

  /**
   * Adds an outcome in the person's words; its id.
   *
   * @param areas wellbeing area names, e.g. {@code RELATIONSHIPS}
   * @param gas the five Goal Attainment Scaling descriptors from -2 to +2, or none
   */
  @Transactional
  public UUID addOutcome(
      UUID personId, String words, List<String> areas, List<String> gas, StaffMember staff) {
    Plans.Whole whole = whole(personId);
    List<String> levels = gas.isEmpty() ? java.util.Arrays.asList(new String[5]) : gas;
    OutcomeForm form =
        new OutcomeForm(
            words,
            areas,
            List.of(),
            levels.get(0),
            levels.get(1),
            levels.get(2),
            levels.get(3),
            levels.get(4),
            gas.isEmpty() ? "" : "1",
            null,
            null,
            "0");
    FormErrors errors = new FormErrors();
    Outcome typed = form.check(errors, text);
    refuse(errors);
    UUID id = store.insertOutcome(whole.plan(), typed, staff.getUsername());
    store.touchPlan(whole.plan().id(), staff.getUsername());
    audit.record(personId, "plan", "create", null, "outcome");
    chronology.add(
        personId, "outcome-added", text.get("planning.chronology.outcome", typed.words()));
    return id;
  }

  /**
   * Adds a line of "who does what" towards every outcome of the plan.
   *
   * @param kindSlug {@code person}, {@code network}, {@code community}, {@code universal}, {@code
   *     equipment} or {@code commissioned}
   * @param typed the support form's fields by name, e.g. {@code help}, {@code givenBy}, and for a
   *     commissioned line {@code serviceType}, {@code serviceComponent}, {@code deliveryMechanism},
   *     {@code unitCost}, {@code costFrequency}, {@code units}, {@code startDay}, {@code
   *     startMonth}, {@code startYear}
   */
  @Transactional
  public void addSupport(
      UUID personId, String kindSlug, Map<String, String> typed, StaffMember staff) {
    Plans.Whole whole = whole(personId);
    SupportKind kind =
        SupportKind.ofSlug(kindSlug).orElseThrow(() -> new IllegalArgumentException(kindSlug));
    Set<UUID> outcomeIds =
        whole.outcomes().stream().map(Outcome::id).collect(Collectors.toUnmodifiableSet());
    SupportForm form =
        new SupportForm(
            typed.get("help"),
            typed.get("givenBy"),
            whole.outcomes().stream().map(o -> o.id().toString()).toList(),
            typed.get("willing"),
            typed.get("able"),
            typed.get("impact"),
            typed.get("personAgrees"),
            typed.get("networkMemberId"),
            typed.get("communityAssetId"),
            typed.get("serviceType"),
            typed.get("serviceComponent"),
            typed.get("deliveryMechanism"),
            typed.get("unitCost"),
            typed.get("costFrequency"),
            typed.get("units"),
            typed.get("startDay"),
            typed.get("startMonth"),
            typed.get("startYear"),
            typed.get("endDay"),
            typed.get("endMonth"),
            typed.get("endYear"),
            null,
            null,
            null,
            null,
            null,
            null,
            "0");
    FormErrors errors = new FormErrors();
    SupportLine line =
        form.check(
            kind,
            outcomeIds,
            code -> referenceData.contains(SupportController.COMPONENTS, code),
            errors,
            text);
    if (line.networkMemberId() != null && !choices.isInNetwork(personId, line.networkMemberId())) {
      errors.add("givenBy", text.get("planning.error.networkMember.unknown"));
    }
    if (line.communityAssetId() != null && choices.asset(line.communityAssetId()).isEmpty()) {
      errors.add("givenBy", text.get("planning.error.communityAsset.unknown"));
    }
    refuse(errors);
    Plan plan = whole.plan();
    store.insertLine(plan, line, staff.getUsername());
    store.touchPlan(plan.id(), staff.getUsername());
    plans.changed(plan, staff);
    audit.record(personId, "plan", "create", null, "support");
    chronology.add(
        personId,
        "support-create",
        text.get("planning.chronology.support.create", text.get(kind.labelKey()), line.help()));
  }

  /**
   * Saves the personal budget as typed on the budget page.
   *
   * @param indicative the weekly indicative amount in pounds, e.g. {@code 250.00}, or null
   * @param contribution what the person pays each week after their financial assessment
   * @param managementOption e.g. {@code DIRECT_PAYMENT}, {@code COUNCIL_MANAGED}
   */
  @Transactional
  public void saveBudget(
      UUID personId,
      String indicative,
      String contribution,
      String managementOption,
      StaffMember staff) {
    Plan plan = whole(personId).plan();
    Money.Typed indicativeTyped = indicative == null ? null : Money.parse(indicative);
    Money.Typed contributionTyped = Money.parse(contribution);
    ManagementOption option =
        ManagementOption.of(managementOption)
            .orElseThrow(() -> new IllegalArgumentException(managementOption));
    if ((indicativeTyped != null && indicativeTyped.problem() != null)
        || contributionTyped.problem() != null) {
      throw new IllegalArgumentException("Not an amount of money");
    }
    Map<String, Object> columns = new LinkedHashMap<>();
    columns.put(
        "indicative_weekly_pence",
        indicativeTyped == null ? null : indicativeTyped.money().pence());
    columns.put("contribution_weekly_pence", contributionTyped.money().pence());
    columns.put("management_option", option.name());
    if (!store.updatePlan(plan.id(), plan.version(), columns, staff.getUsername())) {
      throw new IllegalStateException("Changed by someone else: " + plan.id());
    }
    plans.changed(plan, staff);
    audit.record(personId, "plan", "change", null, "budget");
    chronology.add(personId, "budget-changed", text.get("planning.chronology.budget"));
  }

  /** Agrees the plan, which must be complete; its reviews are then scheduled from today. */
  @Transactional
  public void agree(UUID personId, StaffMember staff) {
    Plans.Whole whole = whole(personId);
    List<PlanSection> missing = plans.missingToAgree(whole);
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException("The plan is not complete: " + missing);
    }
    if (!plans.agree(whole, whole.plan().version(), staff)) {
      throw new IllegalStateException("Changed by someone else: " + whole.plan().id());
    }
  }

  /** Records a planned review of the agreed plan, which moves the next review on. */
  @Transactional
  public void recordReview(UUID personId, Review typed, StaffMember staff) {
    Plans.Whole whole =
        plans
            .current(personId)
            .filter(w -> w.plan().isAgreed())
            .orElseThrow(() -> new IllegalArgumentException("No agreed plan: " + personId));
    ReviewForm form = new ReviewForm();
    form.setHeldDay(DateInput.day(typed.heldOn()));
    form.setHeldMonth(DateInput.month(typed.heldOn()));
    form.setHeldYear(DateInput.year(typed.heldOn()));
    form.setReason(PlanningCldEvents.ReviewReason.PLANNED.name());
    form.setMethod(PlanningCldEvents.ReviewMethod.PERSON_ONLY.name());
    form.setWorking(typed.working());
    form.setNotWorking(typed.notWorking());
    form.setPackageChanged("no");
    Map<String, String> ratings = new LinkedHashMap<>();
    whole.outcomes().forEach(outcome -> ratings.put(outcome.id().toString(), typed.rating()));
    form.setRating(ratings);
    form.setVersion(String.valueOf(whole.plan().version()));
    ReviewChecks.Checked checked = reviewChecks.check(form, whole, plans.today());
    refuse(checked.errors());
    reviewRecording.record(personId, whole, checked, staff);
  }

  /**
   * The person's agreed plan as they read it ("My plan"), for their own pages; empty while the plan
   * is a draft or there is none. The caller has checked that the person is the one signed in, and
   * audits the view.
   */
  public Optional<MyPlan> myAgreedPlan(UUID personId, String name) {
    return plans
        .current(personId)
        .filter(whole -> whole.plan().isAgreed())
        .map(
            whole ->
                MyPlan.of(name, whole, plans.today(), text, inTheirWords.strengthsNamed(personId)));
  }

  /** The person's agreed plan as a tagged PDF, as {@link #myAgreedPlan} and the staff's PDF. */
  public Optional<byte[]> myAgreedPlanPdf(UUID personId, String name) {
    return myAgreedPlan(personId, name).map(plan -> plan.pdf(text));
  }

  /**
   * A "My plan" as a tagged PDF, as the person's own pages show it (for example with parts withheld
   * from the person left out).
   */
  public byte[] pdf(MyPlan plan) {
    return plan.pdf(text);
  }

  /** The person's current plan, if they have one. */
  public Optional<State> current(UUID personId) {
    return plans
        .current(personId)
        .map(
            whole ->
                new State(
                    whole.plan().id(),
                    whole.plan().isAgreed(),
                    whole.plan().startedOn(),
                    whole.plan().reviewDueOn(),
                    whole.budget(plans.today()).needsSignOff(),
                    whole.outcomes().size(),
                    whole.lines().size()));
  }

  /** What the person's current plan shows about practice, for audits; empty without a plan. */
  public Optional<PlanEvidence> evidence(UUID personId) {
    return plans.current(personId).map(this::evidence);
  }

  private PlanEvidence evidence(Plans.Whole whole) {
    Map<PlanSection, PlanSection.Status> statuses = plans.statuses(whole);
    List<PlanEvidence.S25Part> parts = new java.util.ArrayList<>();
    S25_PARTS.forEach(
        (section, code) -> {
          PlanSection.Status status = statuses.get(section);
          if (status != PlanSection.Status.NOT_NEEDED) {
            parts.add(new PlanEvidence.S25Part(code, status == PlanSection.Status.COMPLETED));
          }
        });
    return new PlanEvidence(
        whole.plan().id(),
        whole.plan().startedOn(),
        whole.plan().agreedOn(),
        whole.outcomes().size(),
        whole.outcomes().stream()
            .map(Outcome::strengthId)
            .filter(java.util.Objects::nonNull)
            .toList(),
        whole.lines().stream()
            .map(
                line ->
                    new PlanEvidence.Line(
                        giver(line.kind()), line.networkMemberId(), line.canBeReliedOn()))
            .toList(),
        parts);
  }

  /** The plan's sections that hold each part of s.25, in the order of the Act. */
  private static final Map<PlanSection, String> S25_PARTS = s25Parts();

  private static Map<PlanSection, String> s25Parts() {
    Map<PlanSection, String> parts = new LinkedHashMap<>();
    parts.put(PlanSection.NEEDS, "25(1)(a)");
    parts.put(PlanSection.ELIGIBILITY, "25(1)(b)");
    parts.put(PlanSection.NEEDS_MET, "25(1)(c)");
    parts.put(PlanSection.OUTCOMES, "25(1)(d)");
    parts.put(PlanSection.BUDGET, "25(1)(e)");
    parts.put(PlanSection.ADVICE, "25(1)(f)");
    parts.put(PlanSection.DIRECT_PAYMENTS, "25(2)");
    parts.put(PlanSection.INVOLVED, "25(3)");
    return parts;
  }

  private static PlanEvidence.Giver giver(SupportKind kind) {
    return switch (kind) {
      case PERSON -> PlanEvidence.Giver.PERSON;
      case NETWORK -> PlanEvidence.Giver.NETWORK;
      case COMMUNITY -> PlanEvidence.Giver.COMMUNITY;
      case UNIVERSAL -> PlanEvidence.Giver.UNIVERSAL;
      case EQUIPMENT -> PlanEvidence.Giver.EQUIPMENT;
      case COMMISSIONED -> PlanEvidence.Giver.PAID;
    };
  }

  /** How many reviews of the person's plans have been held. */
  public int reviewsHeld(UUID personId) {
    return reviews.reviewsOf(personId).size();
  }

  private Plans.Whole whole(UUID personId) {
    return plans
        .current(personId)
        .orElseThrow(() -> new IllegalArgumentException("No plan: " + personId));
  }

  private static void refuse(FormErrors errors) {
    if (!errors.isEmpty()) {
      throw new IllegalArgumentException("Refused as the page would: " + errors.asMap());
    }
  }
}
