package org.strengths.demo;

/**
 * The shape of a generated council of any size (the {@code --generate-council} command): how many
 * teams, staff, people, conversations, relationships, plans and reviews it has, fixed by the number
 * of people and years before anything is made, so a test can check what was made against it. Which
 * person has what follows from their position alone; the seed chooses only names, words and the
 * like, so the totals do not depend on it (nor on the day it runs).
 *
 * <p>Per person {@code i} (0 is the longest known, their record opened {@code years} ago):
 *
 * <ul>
 *   <li>a team chosen by scrambling {@code i}; every 50th person is allocated to a practitioner of
 *       the team (an active caseload of about 40 each at 200,000 people), the rest are held by the
 *       team;
 *   <li>the first conversation is held 2-21 days after the record was opened (first contact);
 *       people whose record was opened more recently than that are still waiting, with none;
 *   <li>allocated people have 2-4 conversations, the last with two things agreed (one for the
 *       practitioner, due from a week ago to three weeks ahead, one for the person); four in ten of
 *       the rest have 1-2 conversations, each with one thing the person agreed to do. Of those with
 *       two, one in three came back with a new request (the second conversation is at the first
 *       stage, 30-180 days after the first); after the go-live date, one in six;
 *   <li>before the go-live date one conversation in three has none of the person's own words and
 *       one in four a labelling phrase for the language coach; after it, one in eight and one in
 *       twelve (words only: the totals do not change);
 *   <li>a quarter have 3-8 relationships (family, friends, neighbours, groups, professionals);
 *   <li>half the allocated people and one in ten of the rest have an agreed plan (long-term
 *       support), agreed 14-73 days after their first conversation (and before today), with the
 *       planned reviews held so far, except that one plan in four has missed its latest review (so
 *       reviews are due and overdue). After the go-live date ({@link #goLiveDaysAgo}, half way
 *       through the history, when the council changed how it works) one in four of the rest who
 *       would have had a plan does not: fewer long-term starts, for the flow and cohort pages.
 *   <li>Client Level Data (ADR 0168): each request (first conversations and repeat requests, with a
 *       route of access) is a Request and each later conversation a Short Term Assessment; each
 *       plan follows a needs assessment whose eligibility determination (a Long Term Assessment)
 *       was signed off a week before agreement, is met by one long-term service (home care by the
 *       hour, one in four as a direct payment, or residential care by the week, with unit costs)
 *       starting on agreement and, for one in three, reablement before it; one long-term service in
 *       five has ended after 180 days; every twentieth person is a carer with a decided carer's
 *       assessment.
 *   <li>Deaths (ADR 0169): every eightieth person (positions 53, 133, 213…: held by the team, with
 *       a plan, two conversations and no carer) dies 200-359 days after their plan was agreed, if
 *       that has passed, after everything else on their record: their first review is held, the
 *       next never is, and their long-term service, if still open, ends on the date of death. They
 *       were 65 or older when they died.
 * </ul>
 *
 * <p>Staff: a manager for each team and at least 100 practitioners ({@code worker001}…, {@code
 * manager01}…, password {@code strengths-demo}, as for the demo council), enough for a load test's
 * 100 staff signed in at once.
 */
record GeneratedCouncil(int people, int years, long seed) {

  static final int ALLOCATED_EVERY = 50;
  static final int MINIMUM_PRACTITIONERS = 100;

  GeneratedCouncil {
    if (people < 1) {
      throw new IllegalArgumentException("A council needs at least one person");
    }
    if (years < 1) {
      throw new IllegalArgumentException("A council needs at least one year of history");
    }
  }

  /** About one team for 10,000 people, at least 2 and at most 40. */
  int teams() {
    return Math.max(2, Math.min(40, (people + 9_999) / 10_000));
  }

  int practitionersPerTeam() {
    return Math.max(5, (MINIMUM_PRACTITIONERS + teams() - 1) / teams());
  }

  int practitioners() {
    return practitionersPerTeam() * teams();
  }

  /** Spread over the teams independently of the rules below, so every team has some of each. */
  int team(int person) {
    return Math.floorMod(mix(person, 1), teams());
  }

  boolean allocated(int person) {
    return person % ALLOCATED_EVERY == 0;
  }

  /** The practitioner (0-based within the team) a person is allocated to, or who saw them. */
  int practitionerInTeam(int person) {
    return Math.floorMod(mix(person, 2), practitionersPerTeam());
  }

  /** A fixed scrambling of a position (a hash finaliser), the same on every run. */
  private static int mix(int person, int salt) {
    int h = person * 0x9E3779B1 + salt * 0x85EBCA77;
    h ^= h >>> 16;
    h *= 0x85EBCA6B;
    h ^= h >>> 13;
    h *= 0xC2B2AE35;
    return h ^ (h >>> 16);
  }

  /** How long ago the person's record was opened (first contact), in days. */
  long openedDaysAgo(int person) {
    return 365L * years * (people - person) / people;
  }

  /** How long after first contact the first conversation was held, in days. */
  int firstConversationAfter(int person) {
    return 2 + person % 20;
  }

  /** How long ago the first conversation was held (negative: not yet, still waiting). */
  long firstConversationDaysAgo(int person) {
    return openedDaysAgo(person) - firstConversationAfter(person);
  }

  /** When the council changed how it works: half way through the history. */
  long goLiveDaysAgo() {
    return 365L * years / 2;
  }

  /** Whether the person first asked on or after the go-live date. */
  boolean afterGoLive(int person) {
    return openedDaysAgo(person) <= goLiveDaysAgo();
  }

  int conversations(int person) {
    if (firstConversationDaysAgo(person) < 1) {
      return 0;
    }
    if (allocated(person)) {
      return 2 + (person / ALLOCATED_EVERY) % 3;
    }
    return person % 10 < 4 ? 1 + (person / 10) % 2 : 0;
  }

  /**
   * Whether the second conversation is a new request (at the first stage): one in three of the
   * people not allocated who have two, one in six after the go-live date.
   */
  boolean repeatRequest(int person) {
    return !allocated(person)
        && conversations(person) == 2
        && person % (afterGoLive(person) ? 6 : 3) == 0;
  }

  /** Days from the first conversation to the second, for people not allocated: 30 to 180. */
  int secondConversationAfter(int person) {
    return 30 + (person * 13) % 151;
  }

  /** Things agreed in one conversation ({@code number} from 1). */
  int actions(int person, int number) {
    if (allocated(person)) {
      return number == conversations(person) ? 2 : 0;
    }
    return 1;
  }

  int relationships(int person) {
    return person % 4 == 1 || allocated(person) ? 3 + (person / 4) % 6 : 0;
  }

  boolean hasPlan(int person) {
    if (conversations(person) == 0 || planAgreedDaysAgo(person) < 1) {
      return false;
    }
    if (allocated(person)) {
      return (person / ALLOCATED_EVERY) % 2 == 0;
    }
    return person % 10 == 3 && !(afterGoLive(person) && (person / 10) % 4 == 0);
  }

  /**
   * How long ago a person's plan was agreed, in days: 14 to 73 days after the first conversation.
   */
  int planAgreedDaysAgo(int person) {
    return (int) (firstConversationDaysAgo(person) - 14 - (person * 37L) % 60);
  }

  /**
   * The planned reviews held: the first 8 weeks after agreement, then one a year, each only once
   * its due date has passed; every fourth plan has missed its latest.
   */
  int reviews(int person) {
    int daysAgo = planAgreedDaysAgo(person);
    int owed = 0;
    if (daysAgo > 56) {
      owed = 1 + (daysAgo - 56) / 365;
    }
    if (died(person)) {
      // Death comes 200-359 days after agreement: after the first review, before the second.
      return Math.min(owed, 1);
    }
    boolean missedLatest = (person / 10) % 4 == 0;
    return missedLatest ? Math.max(0, owed - 1) : owed;
  }

  static final int DIES_EVERY = 80;
  static final int DIES_AT = 53;

  /**
   * Whether the person has died: every eightieth, at positions that are held by the team (never
   * allocated), have a plan and two conversations, and neither are nor have a carer; once the day
   * has passed.
   */
  boolean died(int person) {
    return person % DIES_EVERY == DIES_AT && hasPlan(person) && diedDaysAgo(person) >= 1;
  }

  /**
   * Days from plan agreement to death: 200 to 359, so after the second conversation (at most 180
   * days after the first, which is at least 14 before agreement) and what it agreed (due 14 days
   * later), after the first review (7 weeks) and before the second (a year later).
   */
  int diedAfterAgreement(int person) {
    return 200 + (person * 7) % 160;
  }

  long diedDaysAgo(int person) {
    return (long) planAgreedDaysAgo(person) - diedAfterAgreement(person);
  }

  /** How many people have died. */
  long deaths() {
    long deaths = 0;
    for (int i = 0; i < people; i++) {
      deaths += died(i) ? 1 : 0;
    }
    return deaths;
  }

  /** The route of access of a request answered by the person's conversation {@code number}. */
  String routeOfAccess(int person, int number) {
    if (number == 1) {
      return person % 5 == 1 ? DISCHARGE_FROM_HOSPITAL : COMMUNITY_ROUTE;
    }
    return number == 2 && repeatRequest(person) ? COMMUNITY_ROUTE : null;
  }

  static final String COMMUNITY_ROUTE = "Community / Other route";
  static final String DISCHARGE_FROM_HOSPITAL = "Discharge from Hospital";

  /** Requests: every person's first conversation and every repeat request (CLD Request events). */
  int requests(int person) {
    if (conversations(person) == 0) {
      return 0;
    }
    return repeatRequest(person) ? 2 : 1;
  }

  /** How long ago the eligibility determination before a plan was signed off: a week before. */
  int determinationSignedOffDaysAgo(int person) {
    return planAgreedDaysAgo(person) + 7;
  }

  /**
   * Whether reablement (Short Term Support: ST-Max) ran between the determination and the plan, 6
   * days up to the day before agreement: one plan in three.
   */
  boolean reablement(int person) {
    return hasPlan(person) && (person / 10) % 3 == 1;
  }

  /**
   * Whether the long-term service is residential care (one plan in seven) rather than home care.
   */
  boolean residential(int person) {
    return (person / 10) % 7 == 5;
  }

  /** Whether home care is taken as a direct payment (one in four) rather than commissioned. */
  boolean directPayment(int person) {
    return !residential(person) && (person / 10) % 4 == 1;
  }

  /** Long-term services end 180 days after they start, for one plan in five, if that has passed. */
  static final int LONG_TERM_SERVICE_DAYS = 180;

  boolean longTermServiceEnded(int person) {
    return hasPlan(person)
        && (person / 10) % 5 == 2
        && planAgreedDaysAgo(person) - LONG_TERM_SERVICE_DAYS >= 1;
  }

  /**
   * Carers: every twentieth person (positions 7, 27, 47…) cares for the person four before them,
   * with a carer's assessment held 10 days after their own record was opened and decided 21 days
   * later (eligible two times in three), if that has passed.
   */
  boolean carer(int person) {
    return person % 20 == 7 && carerDecidedDaysAgo(person) >= 1;
  }

  static final int CARER_CONVERSATION_AFTER = 10;
  static final int CARER_DECISION_AFTER = 21;

  long carerConversationDaysAgo(int person) {
    return openedDaysAgo(person) - CARER_CONVERSATION_AFTER;
  }

  long carerDecidedDaysAgo(int person) {
    return carerConversationDaysAgo(person) - CARER_DECISION_AFTER;
  }

  int caredFor(int person) {
    return person - 4;
  }

  boolean carerEligible(int person) {
    return (person / 20) % 3 != 0;
  }

  /**
   * The Client Level Data events the council yields through the one path (ADR 0090, 0168), over its
   * whole history: what an extract of every day since the first record was opened holds.
   */
  CldTotals cldTotals() {
    long requests = 0;
    long shortTerm = 0;
    long longTerm = 0;
    long carers = 0;
    long longTermServices = 0;
    long shortTermServices = 0;
    long ended = 0;
    long reviews = 0;
    for (int i = 0; i < people; i++) {
      int asked = requests(i);
      requests += asked;
      shortTerm += conversations(i) - asked;
      if (hasPlan(i)) {
        longTerm++;
        longTermServices++;
        shortTermServices += reablement(i) ? 1 : 0;
        ended += (reablement(i) ? 1 : 0) + (longTermServiceEnded(i) || died(i) ? 1 : 0);
        reviews += reviews(i);
      }
      carers += carer(i) ? 1 : 0;
    }
    return new CldTotals(
        requests, shortTerm, longTerm, carers, longTermServices, shortTermServices, ended, reviews);
  }

  /**
   * Counts of a generated council's CLD events by kind.
   *
   * @param servicesEnded services (of both kinds) ended by today, including long-term services
   *     ended on the person's date of death
   */
  record CldTotals(
      long requests,
      long shortTermAssessments,
      long longTermAssessments,
      long carersAssessments,
      long longTermServices,
      long shortTermServices,
      long servicesEnded,
      long reviews) {

    long events() {
      return requests
          + shortTermAssessments
          + longTermAssessments
          + carersAssessments
          + longTermServices
          + shortTermServices
          + reviews;
    }
  }

  /** What the council will hold once generated. */
  Totals totals() {
    long conversations = 0;
    long actions = 0;
    long relationships = 0;
    long plans = 0;
    long reviews = 0;
    long allocated = 0;
    for (int i = 0; i < people; i++) {
      if (allocated(i)) {
        allocated++;
      }
      int count = conversations(i);
      conversations += count;
      for (int n = 1; n <= count; n++) {
        actions += actions(i, n);
      }
      relationships += relationships(i);
      if (hasPlan(i)) {
        plans++;
        reviews += reviews(i);
      }
    }
    return new Totals(
        teams(),
        practitioners() + teams(),
        people,
        allocated,
        conversations,
        actions,
        relationships,
        plans,
        reviews);
  }

  /** Counts of what a generated council holds. */
  record Totals(
      int teams,
      int staff,
      long people,
      long allocatedToAWorker,
      long conversations,
      long agreedActions,
      long relationships,
      long plans,
      long reviews) {}
}
