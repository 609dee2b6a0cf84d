package org.strengths.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.strengths.access.Role;
import org.strengths.access.StaffAccounts;
import org.strengths.access.Teams;
import org.strengths.assessment.NeedsAssessments;
import org.strengths.carer.CarerRecords;
import org.strengths.conversation.ConversationRecorded;
import org.strengths.conversation.ConversationRecords;
import org.strengths.conversation.ConversationRecords.Action;
import org.strengths.conversation.ConversationRecords.Content;
import org.strengths.conversation.ConversationRecords.StrengthNamed;
import org.strengths.network.ContactFrequency;
import org.strengths.network.Networks;
import org.strengths.network.SupportDirection;
import org.strengths.network.TieKind;
import org.strengths.network.TieStrength;
import org.strengths.person.People;
import org.strengths.planning.CostFrequency;
import org.strengths.planning.DeliveryMechanism;
import org.strengths.planning.ServiceType;
import org.strengths.planning.SupportPlans;

/**
 * Makes a {@link GeneratedCouncil} in the database through each module's public bulk loader (the
 * person, conversation, assessment, network, planning and carer modules copy into their own tables,
 * the assessment module deriving the CLD events of the conversations the conversation module
 * reports it loaded, as it does for one recorded on the pages; staff accounts and teams are added
 * as the demo council's are), in one transaction, so a failure leaves nothing behind. Dated back
 * from today by the application's clock.
 */
@Component
class CouncilGenerator {

  static final ZoneId LONDON = ZoneId.of("Europe/London");

  private static final Logger log = LoggerFactory.getLogger(CouncilGenerator.class);

  /** People's conversations, relationships and plans are made and loaded this many at a time. */
  private static final int CHUNK = 10_000;

  private static final String[] AREAS = {
    "Armley",
    "Beeston",
    "Bramley",
    "Chapel Allerton",
    "Cross Gates",
    "Farsley",
    "Garforth",
    "Gipton",
    "Harehills",
    "Headingley",
    "Holbeck",
    "Horsforth",
    "Hunslet",
    "Kirkstall",
    "Meanwood",
    "Middleton",
    "Moortown",
    "Morley",
    "Otley",
    "Pudsey",
    "Rothwell",
    "Roundhay",
    "Seacroft",
    "Wetherby",
    "Yeadon",
    "Adel",
    "Alwoodley",
    "Belle Isle",
    "Burley",
    "Calverley",
    "Drighlington",
    "Guiseley",
    "Halton",
    "Killingbeck",
    "Kippax",
    "Methley",
    "Osmondthorpe",
    "Richmond Hill",
    "Stanningley",
    "Swillington"
  };

  private static final String[] FIRST_NAMES = {
    "Amira",
    "Ben",
    "Chloe",
    "David",
    "Ewa",
    "Farah",
    "George",
    "Hannah",
    "Imran",
    "Jade",
    "Kofi",
    "Laura",
    "Michael",
    "Nadia",
    "Oliver",
    "Patience",
    "Rachel",
    "Sanjay",
    "Tariq",
    "Zoe"
  };
  private static final String[] LAST_NAMES = {
    "Ahmed", "Brown", "Clarke", "Davies", "Evans", "Fletcher", "Green", "Hall", "Iqbal", "Jones",
    "Kowalski", "Lee", "Mensah", "Nowak", "Patel", "Quinn", "Robinson", "Singh", "Taylor", "Walsh"
  };

  private static final String[] WHAT_MATTERS = {
    "Getting back to the allotment on Saturdays",
    "Seeing my grandchildren without worrying",
    "Being able to cook my own tea",
    "Going to the mosque on Fridays with my brother",
    "Not being a burden on my daughter",
    "Walking the dog along the canal",
    "Staying in my own home, with my cat",
    "Singing in the community choir again",
    "Having someone to talk to in the afternoons",
    "Getting out to the market on my own",
    "Feeling safe at night",
    "Keeping up with my church friends"
  };

  private static final String[][] STRENGTHS = {
    {"interests", "Grows vegetables and shares them with neighbours"},
    {"relationship", "Close to a neighbour who calls in daily"},
    {"skills", "Good at fixing things around the house"},
    {"community", "Member of the Tuesday lunch club at the church hall"},
    {"qualities", "Determined and funny"},
    {"coping", "Keeps a diary to manage low days"},
    {"skills", "A good cook who likes feeding people"},
    {"interests", "Follows the rugby league with a friend"}
  };

  private static final String[] PRACTITIONER_ACTIONS = {
    "Ring the GP surgery about a hearing test",
    "Send the lunch club leaflet",
    "Ask the occupational therapist about a bath seat",
    "Find out about the Tuesday walking group",
    "Check the blue badge application went through"
  };

  private static final String[] PERSON_ACTIONS = {
    "Ask her nephew about lifts to the market",
    "Try the community café on Thursday",
    "Ring his sister at the weekend",
    "Go to the library's reading group",
    "Call the befriending service"
  };

  private static final String[] OUTCOMES = {
    "I want to get out of the house twice a week",
    "I want to cook my own meals again",
    "I want to feel less lonely in the evenings",
    "I want to stay living in my own home",
    "I want to get back to church on Sundays"
  };

  private static final String[] CHANNELS = {"home", "phone", "community-venue", "video"};

  private final TransactionTemplate transaction;
  private final Teams teams;
  private final StaffAccounts staff;
  private final People people;
  private final ConversationRecords conversations;
  private final Networks networks;
  private final SupportPlans plans;
  private final NeedsAssessments assessments;
  private final CarerRecords carers;
  private final Clock clock;

  CouncilGenerator(
      TransactionTemplate transaction,
      Teams teams,
      StaffAccounts staff,
      People people,
      ConversationRecords conversations,
      Networks networks,
      SupportPlans plans,
      NeedsAssessments assessments,
      CarerRecords carers,
      Clock clock) {
    this.transaction = transaction;
    this.teams = teams;
    this.staff = staff;
    this.people = people;
    this.conversations = conversations;
    this.networks = networks;
    this.plans = plans;
    this.assessments = assessments;
    this.carers = carers;
    this.clock = clock;
  }

  /** A member of staff as the generator knows them. */
  private record Worker(UUID id, String username, String name) {}

  /**
   * Makes the council unless one was generated already (its first practitioner exists); whether it
   * was made.
   */
  boolean generate(GeneratedCouncil council) {
    if (staff.usernameTaken(username(0))) {
      log.info("A generated council is here already ({} exists): nothing added", username(0));
      return false;
    }
    long started = System.nanoTime();
    transaction.executeWithoutResult(status -> make(council, started));
    return true;
  }

  private void make(GeneratedCouncil council, long started) {
    Random random = new Random(council.seed());
    LocalDate today = LocalDate.now(clock.withZone(LONDON));
    List<UUID> teamIds = new ArrayList<>();
    List<List<Worker>> workers = new ArrayList<>();
    List<Worker> managers = new ArrayList<>();
    for (int t = 0; t < council.teams(); t++) {
      String name =
          AREAS[t % AREAS.length]
              + " locality"
              + (t < AREAS.length ? "" : " " + (t / AREAS.length + 1));
      UUID team = teams.add(name);
      teamIds.add(team);
      String manager = String.format("manager%02d", t + 1);
      String managerName = staffName(random);
      managers.add(
          new Worker(
              staff.addDemoAccount(manager, managerName, Role.MANAGER, team, null),
              manager,
              managerName));
      List<Worker> inTeam = new ArrayList<>();
      for (int w = 0; w < council.practitionersPerTeam(); w++) {
        String username = username(t * council.practitionersPerTeam() + w);
        String display = staffName(random);
        inTeam.add(
            new Worker(
                staff.addDemoAccount(username, display, Role.PRACTITIONER, team, null),
                username,
                display));
      }
      workers.add(inTeam);
    }
    log.info(
        "Generated council: {} teams, {} staff in {} s",
        council.teams(),
        council.totals().staff(),
        seconds(started));

    int days = 365 * council.years();
    List<People.GeneratedAllocation> allocations = new ArrayList<>(council.people());
    for (int i = 0; i < council.people(); i++) {
      int team = council.team(i);
      UUID worker =
          council.allocated(i) ? workers.get(team).get(council.practitionerInTeam(i)).id() : null;
      allocations.add(
          new People.GeneratedAllocation(
              teamIds.get(team),
              worker,
              opened(council, i, today, days),
              council.died(i) ? today.minusDays(council.diedDaysAgo(i)) : null));
    }
    List<UUID> ids = people.addGeneratedPeople(council.seed(), today, allocations);
    log.info("Generated council: {} people in {} s", ids.size(), seconds(started));

    for (int from = 0; from < council.people(); from += CHUNK) {
      int to = Math.min(council.people(), from + CHUNK);
      List<ConversationRecords.Generated> talks = new ArrayList<>();
      List<Networks.GeneratedTie> ties = new ArrayList<>();
      List<SupportPlans.GeneratedPlan> agreed = new ArrayList<>();
      List<CarerRecords.GeneratedCarer> caring = new ArrayList<>();
      for (int i = from; i < to; i++) {
        Worker worker = workers.get(council.team(i)).get(council.practitionerInTeam(i));
        LocalDate opened = LocalDate.ofInstant(allocations.get(i).createdAt(), LONDON);
        conversationsOf(council, i, ids.get(i), worker, opened, today, random, talks);
        tiesOf(council, i, ids.get(i), worker, opened, random, ties);
        if (council.hasPlan(i)) {
          agreed.add(planOf(council, i, ids.get(i), worker, today, random));
        }
        if (council.carer(i)) {
          caring.add(carerOf(council, i, ids, worker, today));
        }
      }
      List<ConversationRecorded> recorded = conversations.addGenerated(talks);
      // The CLD events through the one path (ADR 0168): conversations' events derived by the
      // assessment module's rule, determinations with theirs; services, reviews and carers'
      // assessments are read from their own records by their modules' sources.
      assessments.deriveGenerated(recorded);
      assessments.addGenerated(determinations(council, from, to, ids, recorded, workers, managers));
      networks.addGenerated(ties);
      plans.addGenerated(agreed);
      carers.addGenerated(caring);
    }
    log.info("Generated council: {} in {} s", council.totals(), seconds(started));
  }

  static String username(int practitioner) {
    return String.format("worker%03d", practitioner + 1);
  }

  /** Records opened evenly over the years, the first person's the longest ago. */
  private static Instant opened(GeneratedCouncil council, int person, LocalDate today, int days) {
    long daysAgo = council.openedDaysAgo(person);
    int minutes = (person * 37) % 480;
    return today
        .minusDays(daysAgo)
        .atTime(LocalTime.of(9, 0).plusMinutes(minutes))
        .atZone(LONDON)
        .toInstant();
  }

  private void conversationsOf(
      GeneratedCouncil council,
      int person,
      UUID personId,
      Worker worker,
      LocalDate opened,
      LocalDate today,
      Random random,
      List<ConversationRecords.Generated> out) {
    int count = council.conversations(person);
    LocalDate firstHeld = today.minusDays(council.firstConversationDaysAgo(person));
    boolean request;
    long span = Math.max(count, today.toEpochDay() - firstHeld.toEpochDay());
    for (int n = 1; n <= count; n++) {
      LocalDate heldOn = firstHeld.plusDays(span * (n - 1) / count);
      if (!council.allocated(person) && n == 2) {
        heldOn = firstHeld.plusDays(Math.min(span, council.secondConversationAfter(person)));
      }
      request = council.routeOfAccess(person, n) != null;
      String stage =
          request ? "listen-and-connect" : person % 7 == 0 && n == 2 ? "crisis" : "good-life";
      List<Action> actions = new ArrayList<>();
      int agreed = council.actions(person, n);
      if (council.allocated(person)) {
        if (agreed > 0) {
          actions.add(
              new Action(
                  pick(PRACTITIONER_ACTIONS, random),
                  "practitioner",
                  null,
                  today.plusDays(random.nextInt(29) - 7)));
          actions.add(new Action(pick(PERSON_ACTIONS, random), "person", null, today.plusDays(14)));
        }
      } else {
        for (int a = 0; a < agreed; a++) {
          actions.add(
              new Action(pick(PERSON_ACTIONS, random), "person", null, heldOn.plusDays(14)));
        }
      }
      // Practice changing at go-live, for the practice-quality page (ADR 0160): before it, one
      // conversation in three has none of the person's own words and one in four labels them;
      // after it, one in eight and one in twelve.
      boolean before = today.toEpochDay() - heldOn.toEpochDay() > council.goLiveDaysAgo();
      boolean noOwnWords = random.nextInt(before ? 3 : 8) == 0;
      boolean labelled = random.nextInt(before ? 4 : 12) == 0;
      String[] first = STRENGTHS[random.nextInt(STRENGTHS.length)];
      String[] second = STRENGTHS[random.nextInt(STRENGTHS.length)];
      boolean last = n == count;
      Content content =
          new Content(
              heldOn,
              stage,
              CHANNELS[random.nextInt(CHANNELS.length)],
              null,
              "The person and their practitioner",
              noOwnWords ? List.of() : List.of(pick(WHAT_MATTERS, random)),
              noOwnWords ? List.of() : List.of(pick(WHAT_MATTERS, random)),
              null,
              null,
              null,
              "Family and neighbours call in most days.",
              labelled
                  ? "Mornings are hard and she refuses the package of care offered."
                  : "Mornings and getting washed are hard.",
              List.of(
                  new StrengthNamed(first[0], first[1], "person"),
                  new StrengthNamed(second[0], second[1], "practitioner")),
              null,
              actions,
              null,
              null,
              List.of(),
              null,
              last && !council.allocated(person) && !council.hasPlan(person)
                  ? "NFA - Information & Advice / Signposting only"
                  : last && council.hasPlan(person)
                      ? "Progress to Support Planning / Services"
                      : request ? "Progress to Assessment" : "No change in package");
      out.add(
          new ConversationRecords.Generated(
              personId,
              worker.id(),
              worker.username(),
              n,
              content,
              council.routeOfAccess(person, n)));
    }
  }

  private void tiesOf(
      GeneratedCouncil council,
      int person,
      UUID personId,
      Worker worker,
      LocalDate opened,
      Random random,
      List<Networks.GeneratedTie> out) {
    int count = council.relationships(person);
    Instant added = opened.plusDays(7).atTime(LocalTime.NOON).atZone(LONDON).toInstant();
    for (int r = 0; r < count; r++) {
      String name = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)];
      Networks.GeneratedTie tie =
          switch (r % 6) {
            case 0 ->
                new Networks.GeneratedTie(
                    personId,
                    TieKind.FAMILY,
                    name,
                    "daughter",
                    TieStrength.STRONG,
                    false,
                    SupportDirection.BOTH_WAYS,
                    ContactFrequency.WEEKLY,
                    random.nextInt(3) == 0,
                    added,
                    worker.username(),
                    worker.name());
            case 1 ->
                new Networks.GeneratedTie(
                    personId,
                    TieKind.FRIEND,
                    name,
                    null,
                    TieStrength.ORDINARY,
                    false,
                    SupportDirection.BOTH_WAYS,
                    ContactFrequency.MONTHLY,
                    false,
                    added,
                    worker.username(),
                    worker.name());
            case 2 ->
                new Networks.GeneratedTie(
                    personId,
                    TieKind.NEIGHBOUR,
                    name + " next door",
                    null,
                    TieStrength.ORDINARY,
                    false,
                    SupportDirection.TO_PERSON,
                    ContactFrequency.DAILY,
                    false,
                    added,
                    worker.username(),
                    worker.name());
            case 3 ->
                new Networks.GeneratedTie(
                    personId,
                    TieKind.COMMUNITY_GROUP,
                    "Tuesday lunch club",
                    null,
                    TieStrength.TENUOUS,
                    false,
                    SupportDirection.TO_PERSON,
                    ContactFrequency.WEEKLY,
                    false,
                    added,
                    worker.username(),
                    worker.name());
            case 4 ->
                new Networks.GeneratedTie(
                    personId,
                    TieKind.PROFESSIONAL,
                    "GP surgery",
                    null,
                    TieStrength.ORDINARY,
                    false,
                    SupportDirection.TO_PERSON,
                    ContactFrequency.LESS_OFTEN,
                    false,
                    added,
                    worker.username(),
                    worker.name());
            default ->
                new Networks.GeneratedTie(
                    personId,
                    TieKind.FAMILY,
                    name,
                    "son",
                    TieStrength.TENUOUS,
                    random.nextInt(2) == 0,
                    SupportDirection.NONE,
                    ContactFrequency.RARELY,
                    false,
                    added,
                    worker.username(),
                    worker.name());
          };
      out.add(tie);
    }
  }

  private SupportPlans.GeneratedPlan planOf(
      GeneratedCouncil council,
      int person,
      UUID personId,
      Worker worker,
      LocalDate today,
      Random random) {
    LocalDate agreedOn = today.minusDays(council.planAgreedDaysAgo(person));
    List<LocalDate> held = new ArrayList<>();
    int reviews = council.reviews(person);
    for (int r = 0; r < reviews; r++) {
      held.add(r == 0 ? agreedOn.plusWeeks(7) : agreedOn.plusWeeks(7).plusYears(r));
    }
    return new SupportPlans.GeneratedPlan(
        personId,
        agreedOn,
        pick(OUTCOMES, random),
        held,
        services(council, person, agreedOn),
        worker.username());
  }

  /** Reablement before the plan for some, then the long-term service meeting its outcome. */
  private static List<SupportPlans.GeneratedService> services(
      GeneratedCouncil council, int person, LocalDate agreedOn) {
    List<SupportPlans.GeneratedService> services = new ArrayList<>(2);
    if (council.reablement(person)) {
      services.add(
          new SupportPlans.GeneratedService(
              "Reablement visits to get back to washing and dressing",
              ServiceType.ST_MAX,
              "Home care",
              DeliveryMechanism.COMMISSIONED_SUPPORT,
              2_800,
              CostFrequency.HOURLY,
              new BigDecimal("7.00"),
              agreedOn.minusDays(6),
              agreedOn.minusDays(1)));
    }
    // A service still open when the person dies ends on the date of death (ADR 0169).
    LocalDate ends =
        council.longTermServiceEnded(person)
            ? agreedOn.plusDays(GeneratedCouncil.LONG_TERM_SERVICE_DAYS)
            : council.died(person) ? agreedOn.plusDays(council.diedAfterAgreement(person)) : null;
    services.add(
        council.residential(person)
            ? new SupportPlans.GeneratedService(
                "A room at a care home near her daughter",
                ServiceType.RESIDENTIAL_CARE,
                "Residential care",
                DeliveryMechanism.COMMISSIONED_SUPPORT,
                78_000,
                CostFrequency.WEEKLY,
                new BigDecimal("1.00"),
                agreedOn,
                ends)
            : new SupportPlans.GeneratedService(
                "Help getting up and washed in the mornings",
                ServiceType.COMMUNITY,
                "Home care",
                council.directPayment(person)
                    ? DeliveryMechanism.DIRECT_PAYMENT
                    : DeliveryMechanism.COMMISSIONED_SUPPORT,
                2_450,
                CostFrequency.HOURLY,
                new BigDecimal("10.50"),
                agreedOn,
                ends));
    return services;
  }

  /**
   * The needs assessment behind each plan of the chunk: started from the person's first
   * conversation, its eligibility signed off by the team's manager a week before the plan.
   */
  private static List<NeedsAssessments.GeneratedDetermination> determinations(
      GeneratedCouncil council,
      int from,
      int to,
      List<UUID> ids,
      List<ConversationRecorded> recorded,
      List<List<Worker>> workers,
      List<Worker> managers) {
    Map<UUID, ConversationRecorded> first = new HashMap<>();
    for (ConversationRecorded conversation : recorded) {
      if (conversation.number() == 1) {
        first.put(conversation.personId(), conversation);
      }
    }
    List<NeedsAssessments.GeneratedDetermination> determinations = new ArrayList<>();
    for (int i = from; i < to; i++) {
      if (!council.hasPlan(i)) {
        continue;
      }
      ConversationRecorded conversation = first.get(ids.get(i));
      Worker worker = workers.get(council.team(i)).get(council.practitionerInTeam(i));
      Worker manager = managers.get(council.team(i));
      determinations.add(
          new NeedsAssessments.GeneratedDetermination(
              ids.get(i),
              conversation.conversationId(),
              conversation.heldOn(),
              conversation
                  .heldOn()
                  .plusDays(
                      council.firstConversationDaysAgo(i)
                          - council.determinationSignedOffDaysAgo(i)),
              true,
              worker.id(),
              worker.username(),
              worker.name(),
              manager.id(),
              manager.username(),
              manager.name()));
    }
    return determinations;
  }

  private static CarerRecords.GeneratedCarer carerOf(
      GeneratedCouncil council, int person, List<UUID> ids, Worker worker, LocalDate today) {
    return new CarerRecords.GeneratedCarer(
        ids.get(person),
        ids.get(council.caredFor(person)),
        person % 40 == 7 ? "daughter" : "husband",
        today.minusDays(council.carerConversationDaysAgo(person)),
        today.minusDays(council.carerDecidedDaysAgo(person)),
        council.carerEligible(person),
        worker.username());
  }

  private static String staffName(Random random) {
    return FIRST_NAMES[random.nextInt(FIRST_NAMES.length)]
        + " "
        + LAST_NAMES[random.nextInt(LAST_NAMES.length)];
  }

  private static String pick(String[] words, Random random) {
    return words[random.nextInt(words.length)];
  }

  private static String seconds(long started) {
    return String.format("%.1f", (System.nanoTime() - started) / 1e9);
  }
}
