package org.strengths.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.strengths.access.BreakGlass;
import org.strengths.access.StaffMember;
import org.strengths.assessment.NeedsAssessments;
import org.strengths.carer.CarerRecords;
import org.strengths.community.AssetSummary;
import org.strengths.community.CommunityAssets;
import org.strengths.connection.ConnectionRecords;
import org.strengths.conversation.ConversationRecords;
import org.strengths.conversation.ConversationRecords.Action;
import org.strengths.conversation.ConversationRecords.Content;
import org.strengths.conversation.ConversationRecords.StrengthNamed;
import org.strengths.demo.DemoCast.Member;
import org.strengths.person.CreatedPerson;
import org.strengths.person.NewPerson;
import org.strengths.person.People;
import org.strengths.planning.SupportPlans;
import org.strengths.platform.ApplicationClock;
import org.strengths.portal.PortalDemo;

/**
 * The demo council's people at every stage, recorded through the modules' own APIs as the staff who
 * would have done it, on the days they would have done it (relative to today): everyday
 * conversations over the last two years, and on the demo practitioner's caseload one person for
 * each thing their "My work" page and their manager's home show.
 */
final class DemoStories {

  static final ZoneId LONDON = ZoneId.of("Europe/London");

  /** People with everyday conversations, besides the stories. */
  static final int EVERYDAY_PEOPLE = 20;

  /** The parts of the demo practitioner's caseload (in name order) that the stories use. */
  enum Part {
    CARERS_FROM(0),
    CONVERSATIONS_ONLY(0),
    REVIEWS_DONE(1),
    REVIEW_OVERDUE(2),
    AWAITING_SIGN_OFF(3),
    RETURNED(4),
    BUDGET_AWAITING_SIGN_OFF(5),
    CONNECTION_SENT(6),
    CONNECTION_ACCEPTED(7),
    CONNECTION_DECLINED(8),
    DRAFT(9),
    ACTIONS_DUE(10),
    BREAK_GLASS(12);

    final int index;

    Part(int index) {
      this.index = index;
    }
  }

  private static final String[][] WORDS = {
    {"Getting back to the allotment on Saturdays", "Seeing my grandchildren without worrying"},
    {"Being able to cook my own tea", "Going to the mosque on Fridays with my brother"},
    {"Not being a burden on my daughter", "Walking the dog along the canal"},
    {"Staying in my own home, with my cat", "Singing in the community choir again"},
    {"Having someone to talk to in the afternoons", "Getting out to the market on my own"},
  };

  private static final String[][] STRENGTHS = {
    {"interests", "Grows vegetables and shares them with neighbours"},
    {"relationship", "Close to a neighbour who calls in daily"},
    {"skills", "Good at fixing things around the house"},
    {"community", "Member of the Tuesday lunch club at the church hall"},
    {"qualities", "Determined and funny"},
    {"coping", "Keeps a diary to manage low days"},
  };

  private final DemoCast cast;
  private final ConversationRecords conversations;
  private final NeedsAssessments assessments;
  private final CarerRecords carers;
  private final SupportPlans plans;
  private final ConnectionRecords connections;
  private final CommunityAssets assets;
  private final BreakGlass breakGlass;
  private final LocalDate today;
  private final Random random = new Random(20251205L);

  DemoStories(
      DemoCast cast,
      ConversationRecords conversations,
      NeedsAssessments assessments,
      CarerRecords carers,
      SupportPlans plans,
      ConnectionRecords connections,
      CommunityAssets assets,
      BreakGlass breakGlass,
      Clock clock) {
    this.cast = cast;
    this.conversations = conversations;
    this.assessments = assessments;
    this.carers = carers;
    this.plans = plans;
    this.connections = connections;
    this.assets = assets;
    this.breakGlass = breakGlass;
    this.today = LocalDate.now(clock.withZone(LONDON));
  }

  void tell() {
    everydayConversations();
    diedWithAPlan();
    List<Member> caseload = cast.caseloadOf(cast.practitioner);
    if (caseload.size() <= Part.BREAK_GLASS.index) {
      throw new IllegalStateException("The demo practitioner's caseload is too small");
    }
    StaffMember sam = cast.practitioner;
    StaffMember priya = cast.northManager;

    // Conversations only, with things agreed that are overdue and due this week.
    Member only = person(caseload, Part.CONVERSATIONS_ONLY);
    conversation(only, sam, today.minusDays(240), "listen-and-connect", 0, List.of());
    conversation(
        only,
        sam,
        today.minusDays(20),
        "good-life",
        0,
        List.of(
            new Action("Ring the GP surgery about a hearing test", "practitioner", null, ago(6)),
            new Action("Send the lunch club leaflet", "practitioner", null, today.plusDays(2)),
            new Action("Ask her nephew about lifts to the market", "person", null, ago(1))));

    // A plan agreed 16 months ago, reviewed twice, next review some months away.
    Member reviewed = person(caseload, Part.REVIEWS_DONE);
    LocalDate agreed = today.minusDays(500);
    signedOffAssessment(reviewed, sam, priya, agreed.minusDays(40));
    agreedPlan(reviewed, sam, agreed, "225.00", "200.00");
    review(reviewed, sam, agreed.plusDays(45), "PARTLY");
    review(reviewed, sam, agreed.plusDays(395), "ACHIEVED");

    // A plan agreed seven months ago whose first review (due within 8 weeks) was never held.
    Member overdue = person(caseload, Part.REVIEW_OVERDUE);
    LocalDate agreedLater = today.minusDays(210);
    signedOffAssessment(overdue, sam, priya, agreedLater.minusDays(30));
    agreedPlan(overdue, sam, agreedLater, "180.00", "180.00");

    // A needs assessment submitted two days ago, waiting for the manager's sign-off.
    Member waiting = person(caseload, Part.AWAITING_SIGN_OFF);
    UUID submitted = assessment(waiting, sam, today.minusDays(16), today.minusDays(9));
    as(sam, today.minusDays(2), () -> assessments.submitEligibility(submitted, null, sam));

    // One returned to the practitioner with the manager's comments.
    Member returned = person(caseload, Part.RETURNED);
    UUID sentBack = assessment(returned, sam, today.minusDays(35), today.minusDays(28));
    as(sam, today.minusDays(10), () -> assessments.submitEligibility(sentBack, null, sam));
    as(
        priya,
        today.minusDays(6),
        () ->
            assessments.reviewEligibility(
                sentBack,
                false,
                "Please say more about how his arthritis affects getting washed in the mornings,"
                    + " and whether the grab rails the OT fitted have helped.",
                priya));

    // A draft plan whose budget is below the indicative amount: waiting for the manager.
    Member budget = person(caseload, Part.BUDGET_AWAITING_SIGN_OFF);
    signedOffAssessment(budget, sam, priya, today.minusDays(60));
    draftPlanBelowIndicative(budget, sam, today.minusDays(12));

    connections(caseload, sam);

    // A conversation started four days ago and not finished.
    Member draft = person(caseload, Part.DRAFT);
    conversation(draft, sam, today.minusDays(150), "listen-and-connect", 0, List.of());
    as(
        sam,
        today.minusDays(4),
        () ->
            conversations.saveDraft(
                draft.id(),
                new Content(
                    today.minusDays(4),
                    "good-life",
                    "home",
                    "Their home",
                    "The person and their son",
                    List.of("I want to get back to swimming before the summer"),
                    List.of(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    List.of(),
                    null,
                    List.of(),
                    null,
                    null,
                    List.of(),
                    null,
                    null),
                sam));

    // Things the practitioner agreed to do: one overdue, one due tomorrow.
    Member actions = person(caseload, Part.ACTIONS_DUE);
    conversation(
        actions,
        sam,
        today.minusDays(15),
        "listen-and-connect",
        1,
        List.of(
            new Action(
                "Find out about the Thursday swimming session", "practitioner", null, ago(3)),
            new Action(
                "Book the OT visit for the bathroom", "practitioner", null, today.plusDays(1)),
            new Action("Call the community transport scheme", "person", null, today.plusDays(5))));

    // Carers: four pairs on the caseload, each carer's assessment at a different stage; and in
    // North locality a carer found eligible eight months ago whose support is a direct payment.
    List<Member> carerPair = northEveryday(2);
    List<UUID> carerPeople = new ArrayList<>(caseload.stream().limit(8).map(Member::id).toList());
    carerPair.forEach(member -> carerPeople.add(member.id()));
    as(sam, today.minusDays(90), () -> carers.addDemoCarers(carerPeople));
    if (carerPair.size() == 2) {
      carersPlan(carerPair.get(0), today.minusDays(230));
    }

    // A practitioner from another team broke the glass two days ago: waiting for Priya's review.
    Member glass = person(caseload, Part.BREAK_GLASS);
    StaffMember tom = cast.southPractitioner;
    as(
        tom,
        today.minusDays(2),
        () ->
            breakGlass.record(
                tom,
                glass.id(),
                "The hospital rang about an urgent discharge today and the allocated"
                    + " worker is not at work."));

    // In another team, a review overdue by a couple of weeks, for the managers' figures.
    List<Member> southCaseload = cast.caseloadOf(tom);
    if (!southCaseload.isEmpty()) {
      Member south =
          southCaseload.stream()
              .min(java.util.Comparator.comparing((Member m) -> m.details().createdAt()))
              .orElseThrow();
      LocalDate southAgreed = today.minusDays(430);
      signedOffAssessment(south, tom, cast.southManager, southAgreed.minusDays(35));
      agreedPlan(south, tom, southAgreed, "160.00", "150.00");
      review(south, tom, southAgreed.plusDays(50), "PARTLY");
    }
  }

  /**
   * Everyday conversations, one to three each, from a few weeks after the person's record was
   * opened (the records were opened over the last two years).
   */
  private void everydayConversations() {
    List<Member> people = cast.everyday(EVERYDAY_PEOPLE);
    for (int p = 0; p < people.size(); p++) {
      Member member = people.get(p);
      StaffMember worker = cast.workerOf(member);
      int count = 1 + p % 3;
      LocalDate first =
          LocalDate.ofInstant(member.details().createdAt(), LONDON).plusDays(10L + p % 20);
      for (int n = 0; n < count; n++) {
        LocalDate heldOn = first.plusDays(40L * n);
        if (!heldOn.isBefore(today)) {
          break;
        }
        String stage = n == 0 ? "listen-and-connect" : (p % 5 == 0 ? "crisis" : "good-life");
        conversation(member, worker, heldOn, stage, p, List.of());
      }
    }
  }

  /** The last {@code count} of the everyday people who are in North locality. */
  private List<Member> northEveryday(int count) {
    List<Member> north =
        cast.everyday(EVERYDAY_PEOPLE).stream()
            .filter(member -> cast.northManager.teamId().equals(member.teamId()))
            .filter(member -> !member.workerId().equals(cast.practitioner.id()))
            .toList();
    return north.subList(Math.max(0, north.size() - count), north.size());
  }

  /**
   * The carer's own plan, agreed on {@code on} by their worker: a weekly direct payment to the
   * carer for breaks (Carer Support: Direct to Carer), still running.
   */
  private void carersPlan(Member carer, LocalDate on) {
    StaffMember worker = cast.workerOf(carer);
    as(
        worker,
        on,
        () -> {
          UUID personId = carer.id();
          plans.start(personId, worker);
          planSections(personId, worker, CARERS_BREAK);
          plans.addOutcome(
              personId,
              "Two mornings a week at the allotment while someone sits with my partner",
              List.of("HEALTH", "PARTICIPATION"),
              List.of(),
              worker);
          Map<String, String> breaks = new LinkedHashMap<>();
          breaks.put("help", "A sitter two mornings a week, paid by the carer's direct payment.");
          breaks.put("givenBy", "A sitter the carer employs");
          breaks.put("serviceType", "Carer Support: Direct to Carer");
          breaks.put("serviceComponent", "Direct Payment");
          breaks.put("deliveryMechanism", "Direct Payment");
          breaks.put("unitCost", "48.00");
          breaks.put("costFrequency", "Weekly");
          breaks.put("units", "1");
          breaks.put("startDay", String.valueOf(on.getDayOfMonth()));
          breaks.put("startMonth", String.valueOf(on.getMonthValue()));
          breaks.put("startYear", String.valueOf(on.getYear()));
          plans.addSupport(personId, "commissioned", breaks, worker);
          plans.saveBudget(personId, "48.00", "0.00", "DIRECT_PAYMENT", worker);
          plans.saveSection(
              personId,
              "direct-payments",
              Map.of(
                  "text",
                  "The carer employs a sitter through the carers' centre payroll service.",
                  "frequency",
                  "Every four weeks"),
              worker);
          plans.saveSection(personId, "agreement", Map.of("agrees", "yes"), worker);
          plans.saveSection(personId, "next-review", date(on.plusWeeks(8)), worker);
          plans.agree(personId, worker);
          return personId;
        });
  }

  private void connections(List<Member> caseload, StaffMember sam) {
    List<AssetSummary> befrienders =
        assets.forOrganisation(CommunityAssets.DEMO_BEFRIENDING_ORGANISATION_ID);
    if (befrienders.isEmpty()) {
      throw new IllegalStateException("The demo befriending charity has no entries");
    }
    UUID asset = befrienders.get(0).id();
    StaffMember partner = cast.partner;

    Member sent = person(caseload, Part.CONNECTION_SENT);
    conversation(sent, sam, today.minusDays(9), "listen-and-connect", 4, List.of());
    UUID waiting = introduce(sent, sam, asset, today.minusDays(3));

    Member accepted = person(caseload, Part.CONNECTION_ACCEPTED);
    conversation(accepted, sam, today.minusDays(30), "listen-and-connect", 4, List.of());
    UUID welcomed = introduce(accepted, sam, asset, today.minusDays(12));
    as(partner, today.minusDays(9), () -> connections.respond(welcomed, true, null, partner));
    as(
        sam,
        today.minusDays(8),
        () ->
            connections.reply(
                welcomed,
                "Thank you. Afternoons suit best; mornings are slow because of the stiffness.",
                false,
                sam));
    as(
        partner,
        today.minusDays(1),
        () ->
            connections.reply(
                welcomed,
                "We have a volunteer, Margaret, who lives nearby and loves gardening too. Could"
                    + " she visit with you next Tuesday at 2pm to say hello?",
                true,
                partner));

    Member declined = person(caseload, Part.CONNECTION_DECLINED);
    conversation(declined, sam, today.minusDays(40), "listen-and-connect", 4, List.of());
    UUID turnedDown = introduce(declined, sam, asset, today.minusDays(10));
    as(
        partner,
        today.minusDays(5),
        () ->
            connections.respond(
                turnedDown,
                false,
                "We have no volunteers in that part of the city at the moment. We have put them on"
                    + " our waiting list; the lunch club at the church hall may help meanwhile.",
                partner));
  }

  private UUID introduce(Member member, StaffMember sam, UUID asset, LocalDate on) {
    return as(
        sam,
        on,
        () ->
            connections.send(
                member.id(),
                asset,
                new ConnectionRecords.Introduction(
                    false,
                    on,
                    "To share my name, how to reach me and what matters to me with Chapeltown"
                        + " Befrienders, so they can find me a befriender.",
                    "Having someone to talk to in the afternoons, and getting out to the market.",
                    "They would love a weekly visit and someone to go to the market with."),
                sam));
  }

  /** A completed conversation, a needs assessment from it, and its eligibility signed off. */
  private void signedOffAssessment(
      Member member, StaffMember worker, StaffMember manager, LocalDate on) {
    UUID id = assessment(member, worker, on.minusDays(14), on.minusDays(7));
    as(worker, on.minusDays(3), () -> assessments.submitEligibility(id, null, worker));
    as(manager, on, () -> assessments.reviewEligibility(id, true, null, manager));
  }

  /**
   * A conversation on {@code conversationOn}, then on {@code assessedOn} a needs assessment from it
   * with every narrative section complete and the eligibility answers recorded (eligible).
   */
  private UUID assessment(
      Member member, StaffMember worker, LocalDate conversationOn, LocalDate assessedOn) {
    UUID conversation =
        conversation(
            member,
            worker,
            conversationOn,
            "listen-and-connect",
            3,
            List.of(new Action("Arrange the needs assessment", "practitioner", null, assessedOn)),
            "Progress to Assessment");
    return as(
        worker,
        assessedOn,
        () -> {
          UUID id = assessments.start(member.id(), conversation, worker);
          assessments.completeSection(id, "before-the-assessment", preparation(assessedOn), worker);
          assessments.completeSection(
              id,
              "who-was-involved",
              Map.of(
                  "whoWasInvolved",
                  "The person, their daughter (by phone) and the district nurse, who knows them"
                      + " well."),
              worker);
          assessments.completeSection(id, "wellbeing", wellbeing(), worker);
          assessments.completeSection(
              id,
              "outcomes",
              Map.of(
                  "outcomesWanted",
                  "To get washed and dressed in the morning without rushing, and to get out to"
                      + " the lunch club twice a week."),
              worker);
          assessments.completeSection(
              id,
              "what-could-help",
              Map.of(
                  "careCouldContribute",
                  "Help with washing and dressing on weekday mornings.",
                  "otherNetwork",
                  "Their daughter shops on Saturdays; a neighbour calls in most days.",
                  "otherCommunity",
                  "The Tuesday lunch club at the church hall, with community transport."),
              worker);
          assessments.completeSection(
              id,
              "fluctuating-needs",
              Map.of(
                  "needsFluctuate",
                  "no",
                  "proportionalityNote",
                  "Two visits and a phone call were enough: the person knows what they want and"
                      + " their daughter was there."),
              worker);
          assessments.answerEligibility(id, eligibleAnswers(), worker);
          return id;
        });
  }

  private static Map<String, String> preparation(LocalDate on) {
    LocalDate given = on.minusDays(3);
    Map<String, String> typed = new LinkedHashMap<>();
    typed.put("informationGiven", "yes");
    typed.put("informationGivenOnDay", String.valueOf(given.getDayOfMonth()));
    typed.put("informationGivenOnMonth", String.valueOf(given.getMonthValue()));
    typed.put("informationGivenOnYear", String.valueOf(given.getYear()));
    typed.put("informationFormat", "Printed leaflet, read through together");
    typed.put("selfAssessmentOffered", "no");
    typed.put("advocacyConsidered", "yes");
    typed.put(
        "advocacyOutcome",
        "Their daughter can support them to be involved, so no independent advocate is needed.");
    return typed;
  }

  private static Map<String, String> wellbeing() {
    Map<String, String> typed = new LinkedHashMap<>();
    List<String> fields = NeedsAssessments.wellbeingFields();
    for (int i = 0; i < fields.size(); i += 2) {
      typed.put(fields.get(i + 1), "Talked about; no concerns beyond those recorded elsewhere.");
    }
    typed.put(fields.get(1), "Wants to choose when to get up and to wash without being rushed.");
    typed.put(fields.get(0), "I don't want a stranger rushing me in the bathroom.");
    return typed;
  }

  /** Unable to manage nutrition and personal hygiene without help, with a significant impact. */
  private static Map<String, List<String>> eligibleAnswers() {
    Map<String, List<String>> typed = new LinkedHashMap<>();
    for (String outcome :
        List.of(
            "outcomeNutrition",
            "outcomePersonalHygiene",
            "outcomeToiletNeeds",
            "outcomeAppropriatelyClothed",
            "outcomeHomeSafely",
            "outcomeHabitableHome",
            "outcomeRelationships",
            "outcomeWorkTrainingEducation",
            "outcomeCommunityFacilities")) {
      typed.put(outcome, List.of("ABLE"));
    }
    typed.put("outcomeCaringForAChild", List.of("NOT_RELEVANT"));
    typed.put("outcomeNutrition", List.of("UNABLE"));
    typed.put("outcomeNutritionReasons", List.of("NEEDS_ASSISTANCE"));
    typed.put("outcomePersonalHygiene", List.of("UNABLE"));
    typed.put("outcomePersonalHygieneReasons", List.of("PAIN_DISTRESS_ANXIETY"));
    typed.put("outcomeAppropriatelyClothed", List.of("UNABLE"));
    typed.put("outcomeAppropriatelyClothedReasons", List.of("TAKES_SIGNIFICANTLY_LONGER"));
    typed.put("impairmentLink", List.of("yes"));
    typed.put("impairmentDescription", List.of("Arthritis in both hands and knees; COPD."));
    typed.put("significantImpact", List.of("yes"));
    typed.put(
        "impactRationale",
        List.of(
            "Not managing to eat properly or wash has left them low and withdrawn, and their"
                + " health is getting worse."));
    return typed;
  }

  /**
   * Nusrat Raza, Sam's, invited to her own pages three days ago at nusrat.raza@example.com: her
   * needs assessment signed off and her plan agreed three months ago. Another of Sam's people with
   * an agreed plan is invited by mobile number. Their sign-in codes appear in the outbox.
   */
  void invitedOnline(People people, PortalDemo portal) {
    StaffMember sam = cast.practitioner;
    LocalDate agreed = today.minusDays(90);
    CreatedPerson created =
        as(
            sam,
            agreed.minusDays(45),
            () ->
                people.create(
                    new NewPerson(
                        "Nusrat",
                        "Raza",
                        null,
                        "she/her",
                        LocalDate.of(1961, 4, 9),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        NUSRAT_EMAIL,
                        null,
                        null,
                        null,
                        false,
                        null,
                        null,
                        false,
                        sam.teamId(),
                        sam.id()),
                    sam));
    if (!created.isCreated()) {
      throw new IllegalStateException("Nusrat Raza refused: " + created.errors());
    }
    Member nusrat = new Member(people.find(created.id()).orElseThrow(), sam.teamId(), sam.id());
    signedOffAssessment(nusrat, sam, cast.northManager, agreed.minusDays(30));
    agreedPlan(nusrat, sam, agreed, "210.00", "200.00");
    as(sam, today.minusDays(3), () -> portal.invite(nusrat.id(), NUSRAT_EMAIL, sam));
    // Who has looked at her record: Sam and the team manager, and a break-glass from another team.
    as(sam, today.minusDays(2), () -> portal.lookedAt(nusrat.id(), "plan"));
    as(cast.northManager, today.minusDays(2), () -> portal.lookedAt(nusrat.id(), "record"));
    StaffMember tom = cast.southPractitioner;
    as(
        tom,
        today.minusDays(1),
        () ->
            breakGlass.record(
                tom,
                nusrat.id(),
                "The out of hours team asked me to check her plan after a call from her"
                    + " neighbour."));
    Member reviewed = person(cast.caseloadOf(sam), Part.REVIEWS_DONE);
    as(sam, today.minusDays(20), () -> portal.invite(reviewed.id(), "07700 900 311", sam));
  }

  static final String NUSRAT_EMAIL = "nusrat.raza@example.com";

  /**
   * The demo person who died (the person module records the death, ADR 0169) had an agreed plan
   * with home care, agreed eight months before: once the demo is committed, planning sees the death
   * and ends the plan and the home care on the date of death, so it is not on any list of reviews
   * due (ADR 0174). Written by their team's manager, as nobody holds them by name.
   */
  private void diedWithAPlan() {
    cast.everyone.stream()
        .filter(member -> member.details().died())
        .findFirst()
        .ifPresent(
            member -> {
              StaffMember manager =
                  member.teamId().equals(cast.southManager.teamId())
                      ? cast.southManager
                      : cast.northManager;
              agreedPlan(
                  member,
                  manager,
                  member.details().dateOfDeath().minusMonths(8),
                  "180.00",
                  "180.00");
            });
  }

  /** A plan started and agreed on {@code on}, with outcomes, support and a budget at or above. */
  private void agreedPlan(
      Member member, StaffMember worker, LocalDate on, String costPounds, String indicative) {
    as(
        worker,
        on,
        () -> {
          UUID personId = member.id();
          plans.start(personId, worker);
          planSections(personId, worker);
          outcomesAndSupport(personId, worker, on, costPounds);
          plans.saveBudget(personId, indicative, "35.00", "COUNCIL_MANAGED", worker);
          plans.saveSection(personId, "agreement", Map.of("agrees", "yes"), worker);
          plans.saveSection(personId, "next-review", date(on.plusWeeks(8)), worker);
          plans.agree(personId, worker);
          Map<String, String> copy = new LinkedHashMap<>(date(on));
          copy.put("format", "PRINTED");
          plans.saveSection(personId, "copy", copy, worker);
        });
  }

  /** A draft plan whose commissioned support costs less than the indicative amount. */
  private void draftPlanBelowIndicative(Member member, StaffMember worker, LocalDate on) {
    as(
        worker,
        on,
        () -> {
          UUID personId = member.id();
          plans.start(personId, worker);
          planSections(personId, worker);
          outcomesAndSupport(personId, worker, on, "157.50");
          plans.saveBudget(personId, "240.00", "20.00", "COUNCIL_MANAGED", worker);
        });
  }

  /** The written parts of a plan before its outcomes and support, in the demo's words. */
  private record PlanWords(
      String needs,
      String eligibility,
      String howNeedsAreMet,
      String advice,
      String involved,
      String contingency) {}

  private static final PlanWords EVERYDAY_PLAN =
      new PlanWords(
          "Help to wash, dress and prepare meals on weekday mornings.",
          "Eligible: unable to manage nutrition, hygiene and dressing (signed off).",
          "Home care on weekday mornings; their daughter at weekends.",
          "Gave the lunch club and community transport leaflets.",
          "The person and their daughter.",
          "If the morning call is missed, their daughter is the first to ring.");

  private static final PlanWords CARERS_BREAK =
      new PlanWords(
          "A break from caring: two mornings a week of their own.",
          "Eligible as a carer: unable to take part in recreation (signed off).",
          "A direct payment pays a sitter two mornings a week.",
          "Gave the carers' centre leaflet and the allotment society's number.",
          "The carer and their partner.",
          "If the sitter cannot come, a neighbour sits instead.");

  private void planSections(UUID personId, StaffMember worker) {
    planSections(personId, worker, EVERYDAY_PLAN);
  }

  private void planSections(UUID personId, StaffMember worker, PlanWords words) {
    plans.saveSection(personId, "needs", Map.of("text", words.needs()), worker);
    plans.saveSection(personId, "eligibility", Map.of("text", words.eligibility()), worker);
    plans.saveSection(
        personId, "how-needs-are-met", Map.of("text", words.howNeedsAreMet()), worker);
    plans.saveSection(personId, "advice", Map.of("text", words.advice()), worker);
    plans.saveSection(personId, "involved", Map.of("text", words.involved()), worker);
    plans.saveSection(personId, "contingency", Map.of("text", words.contingency()), worker);
  }

  private void outcomesAndSupport(
      UUID personId, StaffMember worker, LocalDate on, String weeklyCost) {
    plans.addOutcome(
        personId,
        "To be washed and dressed by ten so I can enjoy the morning",
        List.of("DIGNITY", "HEALTH"),
        List.of(
            "Still in bed at noon most days",
            "Up by noon",
            "Up and dressed by ten most days",
            "Up and dressed by ten every weekday",
            "Up and dressed by ten and out twice a week"),
        worker);
    plans.addOutcome(
        personId,
        "Getting to the lunch club on Tuesdays",
        List.of("RELATIONSHIPS", "PARTICIPATION"),
        List.of(),
        worker);
    plans.addSupport(
        personId,
        "person",
        Map.of("help", "Lays out their clothes the night before and chooses what to wear."),
        worker);
    plans.addSupport(
        personId,
        "community",
        Map.of(
            "help", "Lunch and company on Tuesdays, with a lift there and back.",
            "givenBy", "Tuesday lunch club at the church hall"),
        worker);
    Map<String, String> care = new LinkedHashMap<>();
    care.put("help", "A morning call on weekdays: help to wash, dress and make breakfast.");
    care.put("givenBy", "Kirkgate Home Care");
    care.put("serviceType", "Long Term Support: Community");
    care.put("serviceComponent", "Home care");
    care.put("deliveryMechanism", "CASSR Commissioned Support");
    care.put("unitCost", weeklyCost);
    care.put("costFrequency", "Weekly");
    care.put("units", "1");
    care.put("startDay", String.valueOf(on.getDayOfMonth()));
    care.put("startMonth", String.valueOf(on.getMonthValue()));
    care.put("startYear", String.valueOf(on.getYear()));
    plans.addSupport(personId, "commissioned", care, worker);
  }

  private void review(Member member, StaffMember worker, LocalDate on, String rating) {
    as(
        worker,
        on,
        () ->
            plans.recordReview(
                member.id(),
                new SupportPlans.Review(
                    on,
                    "The morning calls are reliable and the lunch club has become the high point"
                        + " of the week.",
                    "Calls sometimes come after ten on Mondays.",
                    rating),
                worker));
  }

  private static Map<String, String> date(LocalDate date) {
    Map<String, String> typed = new LinkedHashMap<>();
    typed.put("day", String.valueOf(date.getDayOfMonth()));
    typed.put("month", String.valueOf(date.getMonthValue()));
    typed.put("year", String.valueOf(date.getYear()));
    return typed;
  }

  private UUID conversation(
      Member member,
      StaffMember worker,
      LocalDate heldOn,
      String stage,
      int variant,
      List<Action> actions) {
    String outcome =
        variant % 2 == 0
            ? "NFA - Information & Advice / Signposting only"
            : "Progress to Assessment";
    return conversation(member, worker, heldOn, stage, variant, actions, outcome);
  }

  private UUID conversation(
      Member member,
      StaffMember worker,
      LocalDate heldOn,
      String stage,
      int variant,
      List<Action> actions,
      String outcome) {
    String[] words = WORDS[variant % WORDS.length];
    String[] first = STRENGTHS[(variant + random.nextInt(2)) % STRENGTHS.length];
    String[] second = STRENGTHS[(variant + 3) % STRENGTHS.length];
    boolean crisis = "crisis".equals(stage);
    List<Action> agreed = new ArrayList<>(actions);
    if (agreed.isEmpty()) {
      agreed.add(
          new Action("Ring the community transport scheme", "person", null, heldOn.plusDays(7)));
    }
    Content content =
        new Content(
            heldOn,
            stage,
            random.nextInt(3) == 0 ? "phone" : "home",
            "Their home",
            "The person and their daughter",
            List.of(words[0]),
            List.of(words[1]),
            "They know what they want and who can help. Start from the things they already do.",
            "Up early, a walk, a chat with the neighbour.",
            "When their back is bad and nobody calls.",
            "Their neighbour checks in most days.",
            "Getting to the shops since the bus route changed.",
            List.of(
                new StrengthNamed(first[0], first[1], "person"),
                new StrengthNamed(second[0], second[1], "practitioner")),
            "Told them about the community transport scheme.",
            agreed,
            crisis ? "A working boiler before the cold snap" : null,
            crisis ? "Neighbour holds a key; emergency heater loaned" : null,
            crisis ? List.of(new ConversationRecords.Spend(4_599, "Electric heater")) : List.of(),
            heldOn.plusDays(28),
            outcome);
    return as(worker, heldOn, () -> conversations.complete(member.id(), content, worker));
  }

  private LocalDate ago(int days) {
    return today.minusDays(days);
  }

  private static Member person(List<Member> caseload, Part part) {
    return caseload.get(part.index);
  }

  /** Runs {@code work} signed in as {@code staff}, at mid-morning on {@code day}. */
  private <T> T as(StaffMember staff, LocalDate day, java.util.function.Supplier<T> work) {
    SecurityContext before = SecurityContextHolder.getContext();
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(staff, null, staff.getAuthorities()));
    SecurityContextHolder.setContext(context);
    try {
      return ApplicationClock.at(
          day.atTime(LocalTime.of(10, 0).plusMinutes(random.nextInt(360)))
              .atZone(LONDON)
              .toInstant(),
          work);
    } finally {
      SecurityContextHolder.setContext(before);
    }
  }

  private void as(StaffMember staff, LocalDate day, Runnable work) {
    as(
        staff,
        day,
        () -> {
          work.run();
          return null;
        });
  }
}
