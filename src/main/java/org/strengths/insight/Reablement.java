package org.strengths.insight;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * SALT STS002a/STS002b and ASCOF 2A the way NHS England derives them from CLD (its scripts {@code
 * SALT STS002a/STS002a replication code.txt}, {@code SALT STS002b/STS002b replication code.txt} and
 * {@code ASCOF 2A/ASCOF 2A replication code.txt}, whose sequel steps are the same as STS002a's):
 * periods of reablement (ST-Max), clustered, and what followed each. Rules R1–R12 in
 * docs/insight/national-measures.md. Plain Java over one person's events at a time.
 */
final class Reablement {

  private Reablement() {}

  /** ST-Max rows are one period when the next starts at most this many days after (R3). */
  static final int CLUSTER_GAP_DAYS = 1;

  /** The first onward event more than this many days after the ST-Max ends is out of scope (R7). */
  static final int SCOPE_DAYS = 3;

  /** One ST-Max cluster as the scripts carry it (one row per outcome left after R5). */
  record Cluster(int number, LocalDate start, LocalDate end, String outcome) {}

  /** One row of NHS England's {@code #STS002a}: a cluster and its mapped sequel. */
  record Sequel(String person, Integer age, String finalOutcome, String mapped, int recordType) {}

  static final String LONG_TERM_ANY = "Long Term Support (any setting)";
  static final String ONGOING_LOW_LEVEL = "Ongoing Low Level Support";
  static final String SHORT_TERM_OTHER = "Short Term Support (other)";
  static final String UNIVERSAL =
      "No Services Provided \u2013 Universal Services / signposted to other services";
  static final String OTHER = "No services provided \u2013 other";
  static final String OTHER_HYPHEN = "No services provided - other";
  static final String EARLY_CESSATION =
      "Early cessation of service (not leading to long term support) - 100% NHS funded care/End"
          + " of Life/deceased";
  static final String SELF_FUNDING =
      "No services provided \u2013 needs identified but self-funding";
  static final String DECLINED =
      "No services provided \u2013 needs identified but support declined";
  static final String NO_SERVICE_FOUND = "No Service Found";
  static final String UNABLE_TO_CLASSIFY = "No_Chronology_Unable_To_Classify";

  /** STS002a's {@code #REF_ST_MAX_Sequel_Mappings}, in NHS England's spelling (en dashes). */
  private static final Map<String, String> MAPPING = new LinkedHashMap<>();

  static {
    map("NFA - 100% NHS funded care", EARLY_CESSATION);
    map("NFA - Deceased", EARLY_CESSATION);
    map("NFA - Self-funded client (Inc. 12wk disregard)", SELF_FUNDING);
    map("NFA - Support declined", DECLINED);
    map("NFA - Information & Advice / Signposting only", UNIVERSAL);
    map("NFA - Moved to another LA", OTHER);
    map("NFA- Other", OTHER);
    map("NFA - No services offered: Other reason", OTHER);
    map("NFA - Support ended: Other reason", OTHER);
    map("Progress to End of Life Care", OTHER);
    map("Admitted to hospital", OTHER);
    map(SaltTables.NURSING, LONG_TERM_ANY);
    map(SaltTables.RESIDENTIAL, LONG_TERM_ANY);
    map(SaltTables.COMMUNITY, LONG_TERM_ANY);
    map(SaltTables.PRISON, LONG_TERM_ANY);
    map("Short Term Support: Ongoing Low Level", ONGOING_LOW_LEVEL);
    map("Short Term Support: Other Short Term", SHORT_TERM_OTHER);
    map(NO_SERVICE_FOUND, NO_SERVICE_FOUND);
  }

  private static void map(String outcome, String mapping) {
    MAPPING.put(SaltTables.key(outcome), mapping);
  }

  /** The STS002a mapping of an outcome or service type; null when it has none. */
  static String mapping(String value) {
    return value == null ? null : MAPPING.get(SaltTables.key(value));
  }

  /** The published rows of STS002a, in NHS England's sort order, then the rest. */
  static final List<String> ROWS =
      List.of(
          EARLY_CESSATION,
          LONG_TERM_ANY,
          SELF_FUNDING,
          ONGOING_LOW_LEVEL,
          SHORT_TERM_OTHER,
          DECLINED,
          UNIVERSAL,
          OTHER,
          NO_SERVICE_FOUND);

  /** ASCOF 2A's denominator: these sequels, exactly as spelt (R11). */
  static final List<String> ASCOF_2A_DENOMINATOR =
      List.of(LONG_TERM_ANY, ONGOING_LOW_LEVEL, SHORT_TERM_OTHER, UNIVERSAL, OTHER);

  /** ASCOF 2A's numerator: the denominator's sequels without long-term support (R11). */
  static final List<String> ASCOF_2A_NUMERATOR =
      List.of(ONGOING_LOW_LEVEL, SHORT_TERM_OTHER, UNIVERSAL, OTHER);

  /** STS002a's {@code #REF_Service_Type_Delivery_Mech} (6 rows): the rank of a sequel service. */
  static int serviceRank(String serviceType) {
    List<String> ranked =
        List.of(
            SaltTables.NURSING,
            SaltTables.RESIDENTIAL,
            SaltTables.COMMUNITY,
            SaltTables.PRISON,
            "Short Term Support: Ongoing Low Level",
            "Short Term Support: Other Short Term");
    for (int i = 0; i < ranked.size(); i++) {
      if (SaltTables.same(ranked.get(i), serviceType)) {
        return i + 1;
      }
    }
    return SaltTables.UNRANKED;
  }

  private static boolean stMax(MeasureEvent e) {
    return SaltTables.same(e.serviceType(), SaltTables.ST_MAX);
  }

  /**
   * R1–R2: the events the STS002 scripts read: the four event types, a service user's, started by
   * the period end (no birth or death filter here).
   */
  static List<MeasureEvent> subset(List<MeasureEvent> events, LocalDate to) {
    List<MeasureEvent> subset = new ArrayList<>();
    for (MeasureEvent e : events) {
      if ((e.is(CldEvent.SERVICE)
              || e.is(CldEvent.REQUEST)
              || e.is(CldEvent.REVIEW)
              || e.is(CldEvent.ASSESSMENT))
          && e.startDate() != null
          && !e.startDate().isAfter(to)
          && SaltTables.same(e.clientType(), SaltTables.SERVICE_USER)) {
        subset.add(e);
      }
    }
    return subset;
  }

  /**
   * R2–R5: the person's ST-Max service rows (only those starting on one of {@code starts} when it
   * is given: STS002a's cohort from STS001), an open one ending today, not dead before the period;
   * clustered when one starts no more than a day after the previous (by start, then end) ends; each
   * cluster ends at its latest end and is kept when that falls in the period; its outcome is the
   * highest in the outcome hierarchy of the rows ending then.
   */
  static List<Cluster> clusters(
      List<MeasureEvent> subset,
      Set<LocalDate> starts,
      LocalDate from,
      LocalDate to,
      LocalDate today) {
    record Row(LocalDate start, LocalDate end, String outcome) {}
    Set<Row> distinct = new LinkedHashSet<>();
    for (MeasureEvent e : subset) {
      if (e.is(CldEvent.SERVICE)
          && stMax(e)
          && (starts == null || starts.contains(e.startDate()))
          && (e.dateOfDeath() == null || !e.dateOfDeath().isBefore(from))) {
        distinct.add(
            new Row(e.startDate(), e.endDate() == null ? today : e.endDate(), e.outcome()));
      }
    }
    List<Row> rows = new ArrayList<>(distinct);
    rows.sort(Comparator.comparing(Row::start).thenComparing(Row::end));
    List<Cluster> clusters = new ArrayList<>();
    List<Row> island = new ArrayList<>();
    int number = 0;
    LocalDate previousEnd = null;
    for (int i = 0; i <= rows.size(); i++) {
      Row r = i < rows.size() ? rows.get(i) : null;
      boolean joins =
          r != null
              && previousEnd != null
              && !previousEnd.isBefore(r.start().minusDays(CLUSTER_GAP_DAYS));
      if (!joins && !island.isEmpty()) {
        number++;
        LocalDate start = island.get(0).start();
        LocalDate end = island.stream().map(Row::end).max(LocalDate::compareTo).orElseThrow();
        if (!end.isBefore(from) && !end.isAfter(to)) {
          List<String> outcomes = new ArrayList<>();
          for (Row row : island) {
            if (row.end().equals(end)
                && outcomes.stream().noneMatch(o -> Objects.equals(o, row.outcome()))) {
              outcomes.add(row.outcome());
            }
          }
          int best =
              outcomes.stream().mapToInt(SaltTables::outcomeRank).min().orElse(SaltTables.UNRANKED);
          for (String outcome : outcomes) {
            if (SaltTables.outcomeRank(outcome) == best) {
              clusters.add(new Cluster(number, start, end, outcome));
            }
          }
        }
        island.clear();
      }
      if (r != null) {
        island.add(r);
        previousEnd = r.end();
      }
    }
    return clusters;
  }

  /** STS002a for one person (R1–R10): a row per cluster (more for a cluster with no outcome). */
  static List<Sequel> sequels(
      List<MeasureEvent> events,
      Set<LocalDate> cohortStarts,
      LocalDate from,
      LocalDate to,
      LocalDate today) {
    List<MeasureEvent> subset = subset(events, to);
    List<Sequel> sequels = new ArrayList<>();
    if (subset.isEmpty()) {
      return sequels;
    }
    String person = subset.get(0).person();
    Integer age = subset.get(0).ageOn(to);
    for (Cluster c : clusters(subset, cohortStarts, from, to, today)) {
      sequel(c, subset, person, age, sequels);
    }
    return sequels;
  }

  private static void sequel(
      Cluster c, List<MeasureEvent> subset, String person, Integer age, List<Sequel> into) {
    // R6: onward events start on or after the cluster's end; not the ST-Max itself again
    List<MeasureEvent> onward = new ArrayList<>();
    for (MeasureEvent e : subset) {
      boolean itself = stMax(e) && (c.start().equals(e.startDate()) || c.end().equals(e.endDate()));
      if (!e.startDate().isBefore(c.end()) && !itself) {
        onward.add(e);
      }
    }
    String outcome = c.outcome();
    if (onward.isEmpty() || outcome == null) {
      // R8 (record type 1); a NULL outcome never joins, so it always lands here (and below)
      into.add(
          new Sequel(person, age, prefixed("No_Chronology_", outcome), noChronology(outcome), 1));
      if (onward.isEmpty()) {
        return;
      }
    }
    List<ShortTermSupport.Onward> kept = new ArrayList<>();
    for (ShortTermSupport.Onward o :
        ShortTermSupport.chronology(c.end(), onward, SCOPE_DAYS, Reablement::stMax)) {
      if (o.inScope() == 1 && o.noRequest() == 1) {
        kept.add(o);
      }
    }
    if (kept.isEmpty() || outcome == null) {
      // R10 (record type 5): onward events, none in scope or another ST-Max first
      into.add(
          new Sequel(person, age, prefixed("No_Chronology_", outcome), noChronology(outcome), 5));
      if (kept.isEmpty()) {
        return;
      }
    }
    int best =
        kept.stream()
            .mapToInt(o -> serviceRank(o.event().serviceType()))
            .min()
            .orElse(SaltTables.UNRANKED);
    if (best != SaltTables.UNRANKED) {
      // R9 (record type 2): the highest-ranking service in the chain
      String service =
          kept.stream()
              .map(o -> o.event().serviceType())
              .filter(type -> serviceRank(type) == best)
              .findFirst()
              .orElseThrow();
      into.add(new Sequel(person, age, service, mapping(service), 2));
      return;
    }
    // R9 (record type 3): no service; the latest-ending onward events with an NFA outcome
    List<LocalDate> ends =
        kept.stream()
            .map(o -> o.event().endDate())
            .distinct()
            .sorted(Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()).reversed())
            .toList();
    record Row(String type, LocalDate start, LocalDate end, String outcome) {}
    Integer nfaRank = null;
    for (ShortTermSupport.Onward o : kept) {
      if (nfa(o.event().outcome())) {
        int rank = ends.indexOf(o.event().endDate());
        nfaRank = nfaRank == null ? rank : Math.min(nfaRank, rank);
      }
    }
    if (nfaRank != null) {
      LocalDate end = ends.get(nfaRank);
      Set<Row> rows = new LinkedHashSet<>();
      for (ShortTermSupport.Onward o : kept) {
        MeasureEvent e = o.event();
        if (Objects.equals(e.endDate(), end) && nfa(e.outcome())) {
          rows.add(new Row(e.eventType(), e.startDate(), e.endDate(), e.outcome()));
        }
      }
      if (rows.size() == 1) {
        String nfa = rows.iterator().next().outcome();
        into.add(new Sequel(person, age, nfa, mapping(nfa), 3));
      } else {
        into.add(new Sequel(person, age, "NFA- Other", OTHER, 3));
      }
      return;
    }
    // R9 (record type 4): nothing to go on: the ST-Max's own outcome
    String mapped;
    if (nfa(outcome)) {
      mapped = mapping(outcome);
    } else if (SaltTables.same(outcome, "Service Ended as Planned")) {
      mapped = OTHER_HYPHEN;
    } else {
      mapped = NO_SERVICE_FOUND;
    }
    into.add(new Sequel(person, age, prefixed("No Service Found_", outcome), mapped, 4));
  }

  /** R8/R10: an ST-Max outcome with no usable chronology, as the scripts map it. */
  static String noChronology(String outcome) {
    if (SaltTables.same(outcome, "Service Ended as Planned")) {
      return OTHER;
    }
    String mapped = mapping(outcome);
    return mapped == null ? UNABLE_TO_CLASSIFY : "No_Chronology_" + mapped;
  }

  /** {@code LIKE 'NFA%'}: case does not matter. */
  static boolean nfa(String outcome) {
    return outcome != null && outcome.toUpperCase(Locale.ROOT).startsWith("NFA");
  }

  private static String prefixed(String prefix, String outcome) {
    return outcome == null ? null : prefix + outcome;
  }

  /**
   * STS002b (R12): the person's ST-Max clusters (every ST-Max, not only STS001's) ending in the
   * period that started while a long-term service was open. A cluster whose outcome is NULL never
   * joins, so it is not counted.
   */
  static int existingClientPeriods(
      List<MeasureEvent> events, LocalDate from, LocalDate to, LocalDate today) {
    List<MeasureEvent> subset = subset(events, to);
    Set<Integer> counted = new LinkedHashSet<>();
    for (Cluster c : clusters(subset, null, from, to, today)) {
      if (c.outcome() == null) {
        continue;
      }
      boolean existing =
          subset.stream()
              .anyMatch(
                  e ->
                      SaltTables.longTerm(e.serviceType())
                          && !c.start().isBefore(e.startDate())
                          && (e.endDate() == null || !c.start().isAfter(e.endDate())));
      if (existing) {
        counted.add(c.number());
      }
    }
    return counted.size();
  }
}
