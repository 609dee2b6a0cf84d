package org.strengths.insight;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * SALT STS001 the way NHS England derives it from CLD (its script {@code SALT STS001/STS001
 * replication code.txt}): requests from new clients, clustered, and the sequel to each found in the
 * person's onward chronology, falling back to the request's own outcome. Every rule is numbered in
 * docs/insight/national-measures.md (S1–S14) with the step it comes from. Plain Java over one
 * person's events at a time.
 */
final class ShortTermSupport {

  private ShortTermSupport() {}

  /** Requests whose ends are at most this many days apart are one request (rule S3). */
  static final int REQUEST_GAP_DAYS = 4;

  /** A sequel event more than this many days after the previous one ends breaks the chain (S9). */
  static final int CHAIN_GAP_DAYS = 3;

  /** A first onward event more than this many days after the request is out of scope (S9). */
  static final int SCOPE_DAYS = 28;

  /** One row of NHS England's {@code #STS001}: one request cluster and its sequel. */
  record Sequel(
      String person,
      Integer age,
      String routeOfAccess,
      String finalOutcome,
      String mapped,
      int recordType) {}

  /** A request whose sequel was ST-Max: the STS002a cohort, with the ST-Max's start (S12). */
  record StMaxStart(
      String person,
      LocalDate clusterStart,
      LocalDate clusterEnd,
      String requestOutcome,
      LocalDate stMaxStart) {}

  /** Both outputs of the STS001 step for a period. */
  record Result(List<Sequel> sequels, List<StMaxStart> stMax) {}

  /** A request cluster as the script carries it (one row per distinct route and outcome). */
  record Cluster(
      int number, LocalDate start, LocalDate end, String routeOfAccess, String outcome) {}

  /**
   * The events that take part at all (rule S1): the four event types, started by the period end, a
   * service user's, birth known, not dead before the period.
   */
  static boolean inScope(MeasureEvent e, LocalDate from, LocalDate to) {
    return (e.is(CldEvent.SERVICE)
            || e.is(CldEvent.REQUEST)
            || e.is(CldEvent.REVIEW)
            || e.is(CldEvent.ASSESSMENT))
        && e.startDate() != null
        && !e.startDate().isAfter(to)
        && e.proxyBirthDate() != null
        && (e.dateOfDeath() == null || !e.dateOfDeath().isBefore(from))
        && SaltTables.same(e.clientType(), SaltTables.SERVICE_USER);
  }

  /** STS001 for one person's events (any order; those out of scope are ignored). */
  static void person(
      List<MeasureEvent> all, LocalDate from, LocalDate to, LocalDate today, Result into) {
    List<MeasureEvent> events = new ArrayList<>();
    for (MeasureEvent e : all) {
      if (inScope(e, from, to)) {
        events.add(e);
      }
    }
    if (events.stream().noneMatch(e -> e.is(CldEvent.REQUEST))) {
      return;
    }
    Integer age = events.get(0).ageOn(to);
    for (Cluster cluster : newClientRequests(events, from, to, today)) {
      sequel(cluster, events, age, into);
    }
  }

  /**
   * The request clusters that ended in the period, from new clients, after the outcome hierarchy
   * (rules S2–S6).
   */
  static List<Cluster> newClientRequests(
      List<MeasureEvent> events, LocalDate from, LocalDate to, LocalDate today) {
    List<Cluster> clusters = clusters(events, from, to, today);
    List<Cluster> newClient = new ArrayList<>();
    for (Cluster c : clusters) {
      // S5: the anti-join matches on route and outcome, so a NULL in either is never excluded
      boolean existing =
          c.routeOfAccess() != null
              && c.outcome() != null
              && events.stream()
                  .anyMatch(
                      e ->
                          SaltTables.longTerm(e.serviceType())
                              && !c.start().isBefore(e.startDate())
                              && (e.endDate() == null || !c.start().isAfter(e.endDate())));
      if (!existing) {
        newClient.add(c);
      }
    }
    // S6: the outcome hierarchy per cluster; the join on route drops a NULL route
    Map<Integer, Integer> best = new LinkedHashMap<>();
    for (Cluster c : newClient) {
      best.merge(c.number(), SaltTables.outcomeRank(c.outcome()), Math::min);
    }
    return newClient.stream()
        .filter(c -> c.routeOfAccess() != null)
        .filter(c -> SaltTables.outcomeRank(c.outcome()) == best.get(c.number()))
        .toList();
  }

  /** Islands of requests and the rows of each that ended in the period (rules S2–S4). */
  static List<Cluster> clusters(
      List<MeasureEvent> events, LocalDate from, LocalDate to, LocalDate today) {
    List<Request> requests = new ArrayList<>();
    for (MeasureEvent e : events) {
      if (e.is(CldEvent.REQUEST)) {
        // S2: an open request ends today
        requests.add(
            new Request(
                e.startDate(),
                e.endDate() == null ? today : e.endDate(),
                e.routeOfAccess(),
                e.outcome()));
      }
    }
    requests.sort(Comparator.comparing(Request::start).thenComparing(Request::end));
    List<Cluster> clusters = new ArrayList<>();
    int island = 0;
    LocalDate previousEnd = null;
    List<Request> current = new ArrayList<>();
    for (Request r : requests) {
      // S3: the previous request (by start, then end) ending 4 days or fewer before this start
      boolean sameIsland =
          previousEnd != null && !previousEnd.isBefore(r.start().minusDays(REQUEST_GAP_DAYS));
      if (!sameIsland && !current.isEmpty()) {
        clusters.addAll(island(island, current, from, to));
        current.clear();
      }
      if (!sameIsland) {
        island++;
      }
      current.add(r);
      previousEnd = r.end();
    }
    if (!current.isEmpty()) {
      clusters.addAll(island(island, current, from, to));
    }
    return clusters;
  }

  /** A request row as the clustering reads it (S2). */
  private record Request(LocalDate start, LocalDate end, String route, String outcome) {}

  private static List<Cluster> island(
      int number, List<Request> rows, LocalDate from, LocalDate to) {
    LocalDate start = null;
    LocalDate latest = null;
    for (Request row : rows) {
      start = start == null || row.start().isBefore(start) ? row.start() : start;
      LocalDate end = row.end();
      // S4: only the island's rows that ended in the period, and of those the latest ending
      if (!end.isBefore(from) && !end.isAfter(to) && (latest == null || end.isAfter(latest))) {
        latest = end;
      }
    }
    if (latest == null) {
      return List.of();
    }
    Set<Cluster> distinct = new LinkedHashSet<>();
    for (Request row : rows) {
      if (latest.equals(row.end())) {
        distinct.add(new Cluster(number, start, latest, row.route(), row.outcome()));
      }
    }
    return List.copyOf(distinct);
  }

  /** One onward event of a request and the flags the chronology search gives it (S8–S10). */
  record Onward(MeasureEvent event, int rn, int flag, int inChain, int inScope, int noRequest) {}

  /** The sequel to one request cluster (rules S7–S13), added to {@code into}. */
  static void sequel(Cluster c, List<MeasureEvent> events, Integer age, Result into) {
    String person = events.get(0).person();
    // S7: every event starting on or after the cluster's end, but not the request itself again
    List<MeasureEvent> onward = new ArrayList<>();
    for (MeasureEvent e : events) {
      if (!e.startDate().isBefore(c.end())
          && !(e.is(CldEvent.REQUEST)
              && (c.start().equals(e.startDate()) || c.end().equals(e.endDate())))) {
        onward.add(e);
      }
    }
    if (c.outcome() == null) {
      // S13: a NULL outcome never joins, so the request is counted as having no chronology,
      // and again below when it has onward events (NHS England's processing does the same)
      into.sequels()
          .add(
              new Sequel(
                  person,
                  age,
                  c.routeOfAccess(),
                  null,
                  "No_Chronology_" + SaltTables.UNABLE_TO_CLASSIFY,
                  1));
    } else if (onward.isEmpty()) {
      SaltTables.Sequel mapped = SaltTables.sequelOf(c.outcome());
      into.sequels()
          .add(
              new Sequel(
                  person,
                  age,
                  c.routeOfAccess(),
                  "No_Chronology_" + c.outcome(),
                  "No_Chronology_"
                      + (mapped == null ? SaltTables.UNABLE_TO_CLASSIFY : mapped.description()),
                  1));
      return;
    }
    if (onward.isEmpty()) {
      return;
    }
    List<Onward> kept = new ArrayList<>();
    for (Onward o : chronology(c, onward)) {
      if (o.inScope() == 1 && o.noRequest() == 1) {
        kept.add(o);
      }
    }
    if (kept.isEmpty() || c.outcome() == null) {
      // S12 (record type 5): onward events, none in scope; a NULL outcome always lands here too
      SaltTables.Sequel mapped = SaltTables.sequelOf(c.outcome());
      into.sequels()
          .add(
              new Sequel(
                  person,
                  age,
                  c.routeOfAccess(),
                  c.outcome() == null ? null : "No_Chronology_" + c.outcome(),
                  mapped == null ? null : "No_Chronology_" + mapped.description(),
                  5));
      if (kept.isEmpty()) {
        return;
      }
    }
    int bestService =
        kept.stream()
            .mapToInt(o -> SaltTables.serviceRank(o.event().serviceType()))
            .min()
            .orElse(SaltTables.UNRANKED);
    if (bestService != SaltTables.UNRANKED) {
      // S10 (record type 2): the highest-ranking service in the chain is the sequel
      String service =
          kept.stream()
              .filter(o -> SaltTables.serviceRank(o.event().serviceType()) == bestService)
              .map(o -> canonicalService(o.event().serviceType()))
              .findFirst()
              .orElseThrow();
      into.sequels().add(new Sequel(person, age, c.routeOfAccess(), service, service, 2));
      if (SaltTables.same(service, SaltTables.ST_MAX)) {
        kept.stream()
            .filter(o -> SaltTables.serviceRank(o.event().serviceType()) == bestService)
            .map(o -> o.event().startDate())
            .distinct()
            .forEach(
                start ->
                    into.stMax()
                        .add(new StMaxStart(person, c.start(), c.end(), c.outcome(), start)));
      }
      return;
    }
    // S11: no service in the chain: the latest-ending onward events with a final outcome
    List<LocalDate> ends =
        kept.stream()
            .map(o -> o.event().endDate())
            .distinct()
            .sorted(Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()).reversed())
            .toList();
    Integer nfaRank = null;
    for (Onward o : kept) {
      SaltTables.Sequel m = SaltTables.sequelOf(o.event().outcome());
      if (m != null && m.finalOutcome()) {
        int rank = ends.indexOf(o.event().endDate());
        nfaRank = nfaRank == null ? rank : Math.min(nfaRank, rank);
      }
    }
    if (nfaRank != null) {
      LocalDate end = ends.get(nfaRank);
      record Row(String type, LocalDate start, LocalDate end, String outcome) {}
      Set<Row> rows = new LinkedHashSet<>();
      for (Onward o : kept) {
        if (Objects.equals(o.event().endDate(), end)) {
          MeasureEvent e = o.event();
          rows.add(new Row(e.eventType(), e.startDate(), e.endDate(), e.outcome()));
        }
      }
      if (rows.size() == 1) {
        String outcome = rows.iterator().next().outcome();
        into.sequels()
            .add(
                new Sequel(
                    person,
                    age,
                    c.routeOfAccess(),
                    outcome,
                    SaltTables.sequelOf(outcome).description(),
                    3));
      } else {
        into.sequels()
            .add(
                new Sequel(
                    person, age, c.routeOfAccess(), "NFA- Other", SaltTables.OTHER_REASON, 3));
      }
      return;
    }
    // S11 (record type 4): nothing final onward: the request's own outcome if it is final
    SaltTables.Sequel own = SaltTables.sequelOf(c.outcome());
    into.sequels()
        .add(
            new Sequel(
                person,
                age,
                c.routeOfAccess(),
                c.outcome() == null ? null : "No Service Found_" + c.outcome(),
                own != null && own.finalOutcome()
                    ? "No Service Found_" + own.description()
                    : "No Service Found",
                4));
  }

  /**
   * The onward events in date order with NHS England's flags (rules S8–S9): {@code rn} the dense
   * rank by start; {@code flag} 0 when the event starts more than 3 days after the previous one
   * ends; {@code inChain} the running minimum of flags, except that a first event starting more
   * than 28 days after the request is out (and an open first event is in); {@code inScope} the
   * running minimum of {@code inChain}; {@code noRequest} 0 from the first onward request on.
   * Running minima include every event starting the same day (SQL's default window frame).
   */
  static List<Onward> chronology(Cluster c, List<MeasureEvent> onward) {
    return chronology(c.end(), onward, SCOPE_DAYS, e -> e.is(CldEvent.REQUEST));
  }

  /**
   * The chronology search shared by STS001 and STS002a: {@code scopeDays} is how far after {@code
   * end} the first onward event may start, and {@code stops} the onward event that ends the search
   * (another request in STS001, another ST-Max in STS002a).
   */
  static List<Onward> chronology(
      LocalDate end,
      List<MeasureEvent> onward,
      int scopeDays,
      java.util.function.Predicate<MeasureEvent> stops) {
    List<MeasureEvent> sorted = new ArrayList<>(onward);
    sorted.sort(
        Comparator.comparing(MeasureEvent::startDate)
            .thenComparing(MeasureEvent::endDate, Comparator.nullsLast(Comparator.naturalOrder())));
    int n = sorted.size();
    int[] rn = new int[n];
    int[] flag = new int[n];
    for (int i = 0; i < n; i++) {
      MeasureEvent e = sorted.get(i);
      rn[i] =
          i == 0
              ? 1
              : (e.startDate().equals(sorted.get(i - 1).startDate()) ? rn[i - 1] : rn[i - 1] + 1);
      LocalDate previousEnd = i == 0 ? null : sorted.get(i - 1).endDate();
      flag[i] =
          previousEnd != null
                  && ChronoUnit.DAYS.between(previousEnd, e.startDate()) > CHAIN_GAP_DAYS
              ? 0
              : 1;
    }
    int[] runningFlag = runningMin(sorted, flag);
    int[] inChain = new int[n];
    for (int i = 0; i < n; i++) {
      MeasureEvent e = sorted.get(i);
      if (e.endDate() == null && rn[i] == 1) {
        inChain[i] = 1;
      } else if (ChronoUnit.DAYS.between(end, e.startDate()) > scopeDays && rn[i] == 1) {
        inChain[i] = 0;
      } else {
        inChain[i] = runningFlag[i];
      }
    }
    int[] inScope = runningMin(sorted, inChain);
    int[] requestBreak = new int[n];
    for (int i = 0; i < n; i++) {
      requestBreak[i] = stops.test(sorted.get(i)) ? 0 : 1;
    }
    int[] noRequest = runningMin(sorted, requestBreak);
    List<Onward> result = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      result.add(new Onward(sorted.get(i), rn[i], flag[i], inChain[i], inScope[i], noRequest[i]));
    }
    return result;
  }

  /** The minimum of {@code values} over every event starting on or before each one's start. */
  private static int[] runningMin(List<MeasureEvent> sorted, int[] values) {
    int n = sorted.size();
    int[] result = new int[n];
    int min = Integer.MAX_VALUE;
    int i = 0;
    while (i < n) {
      int j = i;
      while (j < n && sorted.get(j).startDate().equals(sorted.get(i).startDate())) {
        min = Math.min(min, values[j]);
        j++;
      }
      for (int k = i; k < j; k++) {
        result[k] = min;
      }
      i = j;
    }
    return result;
  }

  private static String canonicalService(String serviceType) {
    for (String listed :
        List.of(
            SaltTables.ST_MAX,
            SaltTables.NURSING,
            SaltTables.RESIDENTIAL,
            SaltTables.COMMUNITY,
            SaltTables.PRISON,
            "Short Term Support: Ongoing Low Level",
            "Short Term Support: Other Short Term")) {
      if (SaltTables.same(listed, serviceType)) {
        return listed;
      }
    }
    return serviceType;
  }
}
