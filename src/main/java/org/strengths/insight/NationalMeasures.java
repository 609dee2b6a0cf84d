package org.strengths.insight;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;
import org.strengths.insight.LongTermSupport.Band;

/**
 * The national measures (SALT short- and long-term support tables) computed from the CLD events the
 * way NHS England computes them (docs/insight/national-measures.md). The events come through the
 * one path ({@link CldExtracts#forEachCandidate}), read once for all the tables of a period, each
 * turned into what NHS England reads from the row the extract would send ({@link
 * ExtractLayout#measureEvent}, which fills the same fields as {@link ExtractLayout#row}).
 */
@Service
class NationalMeasures {

  /** The published age bands as column headings (rule P4). */
  static final String AGED_18_TO_64 = "18 to 64";

  static final String AGED_65_AND_OVER = "65 and over";
  static final String ALL_AGES = "All ages";
  static final String TOTAL = "Total";

  /** How far before the period earlier returns are read (rule P2). */
  static final int LOOK_BACK_MONTHS = 12;

  /** The tables of a period, in the order they are published, and how long each took. */
  record Measures(
      LocalDate from, LocalDate to, List<MeasureTable> tables, Map<String, Duration> took) {

    MeasureTable table(String id) {
      return tables.stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }
  }

  private final CldExtracts extracts;
  private final InsightProperties properties;
  private final Clock clock;

  NationalMeasures(CldExtracts extracts, InsightProperties properties, Clock clock) {
    this.extracts = extracts;
    this.properties = properties;
    this.clock = clock;
  }

  /** Every table for the period. */
  Measures compute(LocalDate from, LocalDate to) {
    Map<String, Duration> took = new LinkedHashMap<>();
    Map<String, List<MeasureEvent>> people = timed(took, "events", () -> events(from, to));
    Measures measures =
        compute(people.values(), from, to, LocalDate.now(clock), properties.populationOrUnset());
    took.putAll(measures.took());
    return new Measures(from, to, measures.tables(), took);
  }

  /**
   * Every event NHS England would hold for the period, grouped by person (rules P1–P2): each read
   * once through the one path (each person looked up once) and turned straight into what NHS
   * England reads from its row ({@link ExtractLayout#measureEvent}), for every table of the period
   * to share.
   */
  Map<String, List<MeasureEvent>> events(LocalDate from, LocalDate to) {
    LocalDate lookBack = from.minusMonths(LOOK_BACK_MONTHS);
    Map<String, List<MeasureEvent>> people = new HashMap<>();
    Map<String, String> interned = new HashMap<>();
    Function<String, String> intern = value -> interned.computeIfAbsent(value, v -> v);
    extracts.forEachKept(
        to,
        lookBack,
        event -> ReleaseOne.includes(event, lookBack, to),
        (event, person) -> {
          MeasureEvent row = ExtractLayout.measureEvent(event, person, intern);
          people.computeIfAbsent(row.person(), p -> new ArrayList<>(4)).add(row);
        });
    return people;
  }

  /** The tables from events already grouped by person, with no population configured. */
  static Measures compute(
      Collection<List<MeasureEvent>> people, LocalDate from, LocalDate to, LocalDate today) {
    return compute(people, from, to, today, new InsightProperties.Population(null, null));
  }

  /** The tables from events already grouped by person: plain Java, for tests and the command. */
  static Measures compute(
      Collection<List<MeasureEvent>> people,
      LocalDate from,
      LocalDate to,
      LocalDate today,
      InsightProperties.Population population) {
    Map<String, Duration> took = new LinkedHashMap<>();
    List<MeasureTable> tables = new ArrayList<>();
    ShortTermSupport.Result sts001 =
        timed(took, "STS001", () -> sts001Result(people, from, to, today));
    tables.add(sts001(sts001));
    List<Reablement.Sequel> reablement =
        timed(
            took,
            "STS002",
            () -> {
              List<Reablement.Sequel> sequels = reablement(people, sts001, from, to, today);
              tables.add(sts002a(sequels));
              tables.add(sts002b(people, from, to, today));
              return sequels;
            });
    tables.add(timed(took, "LTS001a-1a", () -> lts001a(people, from, to, Band.WORKING_AGE)));
    tables.add(timed(took, "LTS001a-1b", () -> lts001a(people, from, to, Band.OLDER)));
    tables.addAll(timed(took, "LTS001b", () -> lts001b(people, to)));
    tables.addAll(timed(took, "LTS001c", () -> lts001c(people, to, today)));
    tables.addAll(timed(took, "LTS004", () -> lts004(people, from, to)));
    tables.add(ascof2a(reablement));
    tables.add(timed(took, "ASCOF-2B2C", () -> ascof2b2c(people, from, to, population)));
    tables.add(timed(took, "ASCOF-2E", () -> ascof2e(people, from, to)));
    tables.add(timed(took, "ASCOF-3D", () -> ascof3d(people, to)));
    tables.add(timed(took, "LTS003", () -> lts003(people, from, to)));
    tables.add(timed(took, "ASCOF-3D-carers", () -> ascof3dCarers(people, from, to)));
    return new Measures(from, to, List.copyOf(tables), took);
  }

  /** Works something out, noting how long it took under {@code step}. */
  private static <T> T timed(Map<String, Duration> took, String step, Supplier<T> work) {
    long started = System.nanoTime();
    T result = work.get();
    took.put(step, Duration.ofNanos(System.nanoTime() - started));
    return result;
  }

  static final String MALE = "Male";
  static final String FEMALE = "Female";
  static final String NUMERATOR = "Numerator";
  static final String DENOMINATOR = "Denominator";
  static final String OUTCOME = "Outcome (%)";

  /**
   * ASCOF 2E: numerator, denominator and the share as a percentage to one decimal place, for men,
   * women and both (rule E5: other genders are in neither).
   */
  static MeasureTable ascof2e(Collection<List<MeasureEvent>> people, LocalDate from, LocalDate to) {
    Map<String, Set<String>> denominators = new LinkedHashMap<>();
    Map<String, Set<String>> numerators = new LinkedHashMap<>();
    List<String> columns = List.of(TOTAL, MALE, FEMALE);
    columns.forEach(
        c -> {
          denominators.put(c, new HashSet<>());
          numerators.put(c, new HashSet<>());
        });
    for (List<MeasureEvent> events : people) {
      for (AscofSettled.Counted c : AscofSettled.person(events, from, to)) {
        String gender =
            SaltTables.same(c.gender(), MALE)
                ? MALE
                : SaltTables.same(c.gender(), FEMALE) ? FEMALE : null;
        if (gender == null) {
          continue;
        }
        for (String column : List.of(TOTAL, gender)) {
          denominators.get(column).add(c.person());
          if (c.settled()) {
            numerators.get(column).add(c.person());
          }
        }
      }
    }
    long[] numerator = columns.stream().mapToLong(c -> numerators.get(c).size()).toArray();
    long[] denominator = columns.stream().mapToLong(c -> denominators.get(c).size()).toArray();
    return MeasureTable.ofRows(
        "ASCOF-2E",
        "insight.measures.caption.ASCOF-2E",
        "insight.measures.part",
        columns,
        List.of(
            counts(NUMERATOR, numerator),
            counts(DENOMINATOR, denominator),
            percents(OUTCOME, numerator, denominator)));
  }

  /** A row of counts, one per column. */
  static MeasureTable.Row counts(String heading, long... counts) {
    return new MeasureTable.Row(
        heading, Arrays.stream(counts).mapToObj(BigDecimal::valueOf).toList());
  }

  /** A row of shares as percentages, one per column; null where there are none to share. */
  static MeasureTable.Row percents(String heading, long[] numerators, long[] denominators) {
    List<BigDecimal> cells = new ArrayList<>();
    for (int i = 0; i < numerators.length; i++) {
      cells.add(percent(numerators[i], denominators[i]));
    }
    return new MeasureTable.Row(heading, Collections.unmodifiableList(cells));
  }

  /** A share as a percentage to one decimal place; null (not calculable) when there are none. */
  static BigDecimal percent(long numerator, long denominator) {
    return denominator == 0
        ? null
        : BigDecimal.valueOf(numerator * 100)
            .divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP);
  }

  /** The published order of STS001's rows (the sequels of the SALT return, then the rest). */
  static final List<String> STS001_ROWS =
      List.of(
          SaltTables.ST_MAX,
          SaltTables.NURSING,
          SaltTables.RESIDENTIAL,
          SaltTables.COMMUNITY,
          SaltTables.PRISON,
          "Short Term Support: Ongoing Low Level",
          "Short Term Support: Other Short Term",
          "End of Life",
          "Universal Services/ Signposted to other services",
          "No Services Provided - Deceased",
          SaltTables.OTHER_REASON,
          "100% NHS Funded Care");

  /** The row for a NULL sequel (rule S12: NHS England's processing leaves it NULL). */
  static final String NO_VALUE = "(no value)";

  static MeasureTable sts001(
      Collection<List<MeasureEvent>> people, LocalDate from, LocalDate to, LocalDate today) {
    return sts001(sts001Result(people, from, to, today));
  }

  static ShortTermSupport.Result sts001Result(
      Collection<List<MeasureEvent>> people, LocalDate from, LocalDate to, LocalDate today) {
    ShortTermSupport.Result result =
        new ShortTermSupport.Result(new ArrayList<>(), new ArrayList<>());
    for (List<MeasureEvent> events : people) {
      ShortTermSupport.person(events, from, to, today, result);
    }
    return result;
  }

  static MeasureTable sts001(ShortTermSupport.Result result) {
    Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
    for (ShortTermSupport.Sequel sequel : result.sequels()) {
      countByAge(counts, orNoValue(sequel.mapped()), sequel.age());
    }
    return MeasureTable.of(
        "STS001",
        "insight.measures.caption.STS001",
        "insight.measures.sequel",
        STS001_ROWS,
        AGE_COLUMNS,
        counts);
  }

  /** The age columns of STS001 and STS002a (rule P4). */
  static final List<String> AGE_COLUMNS = List.of(AGED_18_TO_64, AGED_65_AND_OVER, ALL_AGES);

  /** Counts one in its row under all ages and its age band (rule P4), if it is in one. */
  private static void countByAge(Map<String, Map<String, Long>> counts, String row, Integer age) {
    MeasureTable.add(counts, row, ALL_AGES);
    if (age != null && age >= 18 && age <= 64) {
      MeasureTable.add(counts, row, AGED_18_TO_64);
    } else if (age != null && age > 64) {
      MeasureTable.add(counts, row, AGED_65_AND_OVER);
    }
  }

  /** Counts one in its row under its column and the total. */
  private static void countWithTotal(
      Map<String, Map<String, Long>> counts, String row, String column) {
    MeasureTable.add(counts, row, column);
    MeasureTable.add(counts, row, TOTAL);
  }

  static MeasureTable lts001a(
      Collection<List<MeasureEvent>> people, LocalDate from, LocalDate to, Band band) {
    Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
    for (List<MeasureEvent> events : people) {
      for (LongTermSupport.Placement placement : LongTermSupport.person(events, from, to, band)) {
        countWithTotal(counts, placement.primarySupportReason(), placement.setting().category());
      }
    }
    String id = band == Band.WORKING_AGE ? "LTS001a-1a" : "LTS001a-1b";
    return MeasureTable.of(
        id,
        "insight.measures.caption." + id,
        "insight.measures.reason",
        reasonRows(),
        settingColumns(),
        counts);
  }

  /** The published primary support reasons, then invalid or none (rules L6, B3). */
  private static List<String> reasonRows() {
    List<String> rows = new ArrayList<>(SaltTables.SUPPORT_REASONS);
    rows.add(SaltTables.INVALID_OR_NULL);
    return rows;
  }

  /** The setting columns of the LTS tables, then a total (rule L7). */
  static List<String> settingColumns() {
    List<String> columns = new ArrayList<>();
    SaltTables.SETTINGS.forEach(setting -> columns.add(setting.category()));
    columns.add(TOTAL);
    return columns;
  }

  private static String orNoValue(String value) {
    return value == null ? NO_VALUE : value;
  }

  /** Counts each placement once in its row, under its setting and the total. */
  private static MeasureTable settingTable(
      String id, String rowHeading, List<String> rows, List<LongTermSnapshot.Placement> placed) {
    Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
    for (LongTermSnapshot.Placement p : placed) {
      countWithTotal(counts, orNoValue(p.value()), p.setting().category());
    }
    return MeasureTable.of(
        id, "insight.measures.caption." + id, rowHeading, rows, settingColumns(), counts);
  }

  static final String GENDER_OTHER_OR_UNKNOWN = "Gender Other or Unknown";

  /** LTS001b tables 1a, 1b, 2, 3a, 3b and 3c at the period end (rules B1–B6). */
  static List<MeasureTable> lts001b(Collection<List<MeasureEvent>> people, LocalDate snapshot) {
    List<LongTermSnapshot.Placement> working = new ArrayList<>();
    List<LongTermSnapshot.Placement> older = new ArrayList<>();
    List<LongTermSnapshot.Placement> carers = new ArrayList<>();
    List<LongTermSnapshot.Placement> men = new ArrayList<>();
    List<LongTermSnapshot.Placement> women = new ArrayList<>();
    long otherGender = 0;
    for (List<MeasureEvent> events : people) {
      List<MeasureEvent> rows = LongTermSnapshot.snapshotRows(events, snapshot);
      if (rows.isEmpty()) {
        continue;
      }
      addPlaced(
          working, bySupportReason(LongTermSnapshot.aged(rows, snapshot, Band.WORKING_AGE), true));
      addPlaced(older, bySupportReason(LongTermSnapshot.aged(rows, snapshot, Band.OLDER), true));
      addPlaced(
          carers,
          LongTermSnapshot.place(
              rows,
              MeasureEvent::hasUnpaidCarer,
              LongTermSnapshot.knownUnless("Unknown"),
              v -> SaltTables.listed(SaltTables.HAS_UNPAID_CARER, v),
              "Unknown"));
      addPlaced(men, byEthnicity(rows, MALE));
      addPlaced(women, byEthnicity(rows, FEMALE));
      // B6: table 3c counts people with any row of gender Other or Unknown, without de-duplication
      if (rows.stream()
          .anyMatch(
              e ->
                  SaltTables.same(e.gender(), "Other") || SaltTables.same(e.gender(), "Unknown"))) {
        otherGender++;
      }
    }
    List<String> reasons = reasonRows();
    List<String> carerRows = new ArrayList<>(SaltTables.HAS_UNPAID_CARER);
    carerRows.add("Unknown");
    carerRows.add(SaltTables.INVALID_OR_NULL);
    List<String> ethnicities = new ArrayList<>(SaltTables.ETHNICITIES);
    ethnicities.add(SaltTables.INVALID_OR_NULL);
    return List.of(
        settingTable("LTS001b-1a", "insight.measures.reason", reasons, working),
        settingTable("LTS001b-1b", "insight.measures.reason", reasons, older),
        settingTable("LTS001b-2", "insight.measures.carer", carerRows, carers),
        settingTable("LTS001b-3a", "insight.measures.ethnicity", ethnicities, men),
        settingTable("LTS001b-3b", "insight.measures.ethnicity", ethnicities, women),
        MeasureTable.ofRows(
            "LTS001b-3c",
            "insight.measures.caption.LTS001b-3c",
            "insight.measures.gender",
            List.of(TOTAL),
            List.of(
                new MeasureTable.Row(
                    GENDER_OTHER_OR_UNKNOWN, List.of(BigDecimal.valueOf(otherGender))))));
  }

  private static void addPlaced(
      List<LongTermSnapshot.Placement> into, LongTermSnapshot.Placement placement) {
    if (placement != null) {
      into.add(placement);
    }
  }

  /** B3–B5 by primary support reason; LTS001c (C4) reports the reason as sent. */
  private static LongTermSnapshot.Placement bySupportReason(
      List<MeasureEvent> rows, boolean invalidAsNull) {
    return LongTermSnapshot.place(
        rows,
        MeasureEvent::primarySupportReason,
        LongTermSnapshot.knownUnless("Unknown"),
        invalidAsNull
            ? SaltTables::supportReason
            : v -> SaltTables.listedOrAsSent(SaltTables.SUPPORT_REASONS, v),
        "Unknown");
  }

  /** B5: tables 3a and 3b take the rows of one gender, then de-duplicate by ethnicity. */
  private static LongTermSnapshot.Placement byEthnicity(List<MeasureEvent> rows, String gender) {
    List<MeasureEvent> ofGender =
        rows.stream().filter(e -> SaltTables.same(e.gender(), gender)).toList();
    return LongTermSnapshot.place(
        ofGender,
        MeasureEvent::ethnicity,
        LongTermSnapshot.knownUnless(SaltTables.ETHNICITY_NOT_KNOWN),
        v -> SaltTables.listed(SaltTables.ETHNICITIES, v),
        SaltTables.ETHNICITY_NOT_KNOWN);
  }

  /** LTS001c tables 1a and 1b: 12 months or more of unbroken support at the period end (C1–C4). */
  static List<MeasureTable> lts001c(
      Collection<List<MeasureEvent>> people, LocalDate snapshot, LocalDate today) {
    List<LongTermSnapshot.Placement> working = new ArrayList<>();
    List<LongTermSnapshot.Placement> older = new ArrayList<>();
    for (List<MeasureEvent> events : people) {
      List<MeasureEvent> rows = LongTermSnapshot.longChainRows(events, snapshot, today);
      if (rows.isEmpty()) {
        continue;
      }
      addPlaced(
          working, bySupportReason(LongTermSnapshot.aged(rows, snapshot, Band.WORKING_AGE), false));
      addPlaced(older, bySupportReason(LongTermSnapshot.aged(rows, snapshot, Band.OLDER), false));
    }
    List<String> reasons = new ArrayList<>(SaltTables.SUPPORT_REASONS);
    return List.of(
        settingTable("LTS001c-1a", "insight.measures.reason", reasons, working),
        settingTable("LTS001c-1b", "insight.measures.reason", reasons, older));
  }

  /** The gender columns of LTS004 (the values the extract sends), then a total. */
  static final List<String> GENDERS = List.of(MALE, FEMALE, "Other", "Unknown", TOTAL);

  /** LTS004 tables 1, 2a and 2b (rules D1–D5). */
  static List<MeasureTable> lts004(
      Collection<List<MeasureEvent>> people, LocalDate from, LocalDate to) {
    Map<String, Map<String, Set<String>>> employment = new LinkedHashMap<>();
    Map<String, Map<String, Set<String>>> accommodation = new LinkedHashMap<>();
    for (List<MeasureEvent> events : people) {
      for (LearningDisabilitySupport.Counted c :
          LearningDisabilitySupport.person(
              events, from, to, MeasureEvent::employmentStatus, SaltTables.EMPLOYMENT_STATUSES)) {
        countByGender(employment, c);
      }
      List<String> statuses = new ArrayList<>(SaltTables.SETTLED);
      statuses.addAll(SaltTables.UNSETTLED);
      for (LearningDisabilitySupport.Counted c :
          LearningDisabilitySupport.person(
              events, from, to, MeasureEvent::accommodationStatus, statuses)) {
        countByGender(accommodation, c);
      }
    }
    List<String> employmentRows = new ArrayList<>(SaltTables.EMPLOYMENT_STATUSES);
    employmentRows.add(LearningDisabilitySupport.NULL_OR_INVALID);
    Map<String, Map<String, Set<String>>> settled = new LinkedHashMap<>();
    Map<String, Map<String, Set<String>>> unsettled = new LinkedHashMap<>();
    accommodation.forEach(
        (status, byGender) ->
            (SaltTables.settled(status) ? settled : unsettled).put(status, byGender));
    List<String> unsettledRows = new ArrayList<>(SaltTables.UNSETTLED);
    unsettledRows.add(LearningDisabilitySupport.NULL_OR_INVALID);
    return List.of(
        genderTable("LTS004-1", "insight.measures.employment", employmentRows, employment),
        genderTable("LTS004-2a", "insight.measures.accommodation", SaltTables.SETTLED, settled),
        genderTable("LTS004-2b", "insight.measures.accommodation", unsettledRows, unsettled));
  }

  private static void countByGender(
      Map<String, Map<String, Set<String>>> counts, LearningDisabilitySupport.Counted c) {
    Map<String, Set<String>> byGender =
        counts.computeIfAbsent(c.status(), s -> new LinkedHashMap<>());
    String column =
        GENDERS.stream().filter(g -> SaltTables.same(g, c.gender())).findFirst().orElse(null);
    if (column != null && !column.equals(TOTAL)) {
      byGender.computeIfAbsent(column, g -> new HashSet<>()).add(c.person());
    }
    byGender.computeIfAbsent(TOTAL, g -> new HashSet<>()).add(c.person());
  }

  /** A table of distinct people by row and gender. */
  private static MeasureTable genderTable(
      String id,
      String rowHeading,
      List<String> rows,
      Map<String, Map<String, Set<String>>> people) {
    Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
    people.forEach(
        (row, byGender) ->
            byGender.forEach(
                (gender, ids) ->
                    counts
                        .computeIfAbsent(row, r -> new LinkedHashMap<>())
                        .put(gender, (long) ids.size())));
    return MeasureTable.of(id, "insight.measures.caption." + id, rowHeading, rows, GENDERS, counts);
  }

  /** STS002a's rows for every person: the sequels to the ST-Max periods STS001 found (R1). */
  static List<Reablement.Sequel> reablement(
      Collection<List<MeasureEvent>> people,
      ShortTermSupport.Result sts001,
      LocalDate from,
      LocalDate to,
      LocalDate today) {
    Map<String, Set<LocalDate>> cohort = new HashMap<>();
    for (ShortTermSupport.StMaxStart start : sts001.stMax()) {
      cohort.computeIfAbsent(start.person(), p -> new HashSet<>()).add(start.stMaxStart());
    }
    List<Reablement.Sequel> sequels = new ArrayList<>();
    for (List<MeasureEvent> events : people) {
      if (events.isEmpty()) {
        continue;
      }
      Set<LocalDate> starts = cohort.get(events.get(0).person());
      if (starts != null) {
        sequels.addAll(Reablement.sequels(events, starts, from, to, today));
      }
    }
    return sequels;
  }

  /** STS002a: ST-Max periods of new clients by what followed, with the age bands of P4 (R11). */
  static MeasureTable sts002a(List<Reablement.Sequel> sequels) {
    Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
    for (Reablement.Sequel sequel : sequels) {
      countByAge(counts, orNoValue(sequel.mapped()), sequel.age());
    }
    return MeasureTable.of(
        "STS002a",
        "insight.measures.caption.STS002a",
        "insight.measures.sequel",
        Reablement.ROWS,
        AGE_COLUMNS,
        counts);
  }

  static final String ST_MAX_PERIODS = "Periods of reablement (ST-Max)";

  /** STS002b: NHS England's script gives the total only (R12). */
  static MeasureTable sts002b(
      Collection<List<MeasureEvent>> people, LocalDate from, LocalDate to, LocalDate today) {
    long total = 0;
    for (List<MeasureEvent> events : people) {
      total += Reablement.existingClientPeriods(events, from, to, today);
    }
    return MeasureTable.ofRows(
        "STS002b",
        "insight.measures.caption.STS002b",
        "insight.measures.part",
        List.of(TOTAL),
        List.of(new MeasureTable.Row(ST_MAX_PERIODS, List.of(BigDecimal.valueOf(total)))));
  }

  /** ASCOF 2A: of the sequels in the denominator's list, the share without long-term support. */
  static MeasureTable ascof2a(List<Reablement.Sequel> sequels) {
    long numerator = 0;
    long denominator = 0;
    for (Reablement.Sequel sequel : sequels) {
      // R11: NHS England's IN list compares exactly (case aside): prefixed values never match
      if (Reablement.ASCOF_2A_DENOMINATOR.stream()
          .anyMatch(v -> SaltTables.same(v, sequel.mapped()))) {
        denominator++;
      }
      if (Reablement.ASCOF_2A_NUMERATOR.stream()
          .anyMatch(v -> SaltTables.same(v, sequel.mapped()))) {
        numerator++;
      }
    }
    return MeasureTable.ofRows(
        "ASCOF-2A",
        "insight.measures.caption.ASCOF-2A",
        "insight.measures.part",
        List.of(TOTAL),
        List.of(
            counts(NUMERATOR, numerator),
            counts(DENOMINATOR, denominator),
            percents(OUTCOME, new long[] {numerator}, new long[] {denominator})));
  }

  static final String PART_1A_NUMERATOR = "Part 1a numerator: self-directed support";
  static final String PART_2A_NUMERATOR = "Part 2a numerator: direct payments";
  static final String PART_1A_OUTCOME = "Part 1a outcome (%)";
  static final String PART_2A_OUTCOME = "Part 2a outcome (%)";

  /** ASCOF 3D parts 1a and 2a at the period end, by age (rules F1–F4). */
  static MeasureTable ascof3d(Collection<List<MeasureEvent>> people, LocalDate snapshot) {
    List<String> columns = List.of(AGED_18_TO_64, AGED_65_AND_OVER, ALL_AGES);
    List<Band> bands = Arrays.asList(Band.WORKING_AGE, Band.OLDER, null);
    SelfDirected counted = new SelfDirected(columns.size());
    for (List<MeasureEvent> events : people) {
      List<MeasureEvent> rows = LongTermSnapshot.snapshotRows(events, snapshot);
      if (rows.isEmpty()) {
        continue;
      }
      for (int i = 0; i < bands.size(); i++) {
        AscofSelfDirected.Counted c =
            AscofSelfDirected.person(AscofSelfDirected.aged(rows, snapshot, bands.get(i)));
        if (c != null && c.community()) {
          counted.count(i, c.selfDirected(), c.directPayment());
        }
      }
    }
    return counted.table(
        "ASCOF-3D",
        columns,
        PART_1A_NUMERATOR,
        PART_2A_NUMERATOR,
        PART_1A_OUTCOME,
        PART_2A_OUTCOME);
  }

  /**
   * ASCOF 3D's counts by column: those in the denominator, and of them those with self-directed
   * support (part 1) and with direct payments (part 2); the same shape for people and carers.
   */
  private record SelfDirected(long[] denominator, long[] selfDirected, long[] directPayment) {

    SelfDirected(int columns) {
      this(new long[columns], new long[columns], new long[columns]);
    }

    void count(int column, boolean selfDirected, boolean directPayment) {
      this.denominator[column]++;
      this.selfDirected[column] += selfDirected ? 1 : 0;
      this.directPayment[column] += directPayment ? 1 : 0;
    }

    /** The two numerators, the denominator, then the two outcomes, as published. */
    MeasureTable table(
        String id,
        List<String> columns,
        String part1Numerator,
        String part2Numerator,
        String part1Outcome,
        String part2Outcome) {
      return MeasureTable.ofRows(
          id,
          "insight.measures.caption." + id,
          "insight.measures.part",
          columns,
          List.of(
              counts(part1Numerator, selfDirected),
              counts(part2Numerator, directPayment),
              counts(DENOMINATOR, denominator),
              percents(part1Outcome, selfDirected, denominator),
              percents(part2Outcome, directPayment, denominator)));
    }
  }

  /** LTS003's age bands of the carer at the period end (rule K6), then unknown and a total. */
  static final String CARER_UNDER_18 = "Under 18";

  static final String CARER_18_TO_25 = "18 to 25";
  static final String CARER_26_TO_64 = "26 to 64";
  static final String CARER_65_TO_84 = "65 to 84";
  static final String CARER_85_AND_OVER = "85 and over";
  static final String AGE_UNKNOWN = "Age unknown";
  static final List<String> CARER_AGE_BANDS =
      List.of(
          CARER_UNDER_18,
          CARER_18_TO_25,
          CARER_26_TO_64,
          CARER_65_TO_84,
          CARER_85_AND_OVER,
          AGE_UNKNOWN,
          TOTAL);

  static String carerAgeBand(Integer age) {
    if (age == null) {
      return AGE_UNKNOWN;
    }
    if (age < 18) {
      return CARER_UNDER_18;
    }
    if (age <= 25) {
      return CARER_18_TO_25;
    }
    if (age <= 64) {
      return CARER_26_TO_64;
    }
    return age <= 84 ? CARER_65_TO_84 : CARER_85_AND_OVER;
  }

  /** LTS003: carers supported during the period, by support provided and age (rules K1–K7). */
  static MeasureTable lts003(Collection<List<MeasureEvent>> people, LocalDate from, LocalDate to) {
    Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
    for (List<MeasureEvent> events : people) {
      CarerSupport.Counted c = CarerSupport.person(events, from, to, false);
      if (c != null) {
        countWithTotal(counts, c.supportProvided(), carerAgeBand(c.age()));
      }
    }
    return MeasureTable.of(
        "LTS003",
        "insight.measures.caption.LTS003",
        "insight.measures.support",
        CarerSupport.HIERARCHY,
        CARER_AGE_BANDS,
        counts);
  }

  /** The carers' all-ages column of ASCOF 3D: 18 and over, with unknown ages (rule G2). */
  static final String CARERS_ALL_AGES = "18 and over or age unknown";

  static final String PART_1B_NUMERATOR = "Part 1b numerator: self-directed support";
  static final String PART_2B_NUMERATOR = "Part 2b numerator: direct payments";
  static final String PART_1B_OUTCOME = "Part 1b outcome (%)";
  static final String PART_2B_OUTCOME = "Part 2b outcome (%)";

  /** ASCOF 3D parts 1b and 2b: carers supported during the period, by age (rules G1–G3). */
  static MeasureTable ascof3dCarers(
      Collection<List<MeasureEvent>> people, LocalDate from, LocalDate to) {
    List<String> columns = List.of(AGED_18_TO_64, AGED_65_AND_OVER, CARERS_ALL_AGES);
    SelfDirected counted = new SelfDirected(columns.size());
    for (List<MeasureEvent> events : people) {
      CarerSupport.Counted c = CarerSupport.person(events, from, to, true);
      if (c == null) {
        continue;
      }
      String support = c.supportProvided();
      boolean paid = support.equals(CarerSupport.DIRECT_PAYMENT_ONLY);
      boolean budget = support.equals(CarerSupport.MANAGED_BUDGET);
      if (!paid && !budget && !support.equals(CarerSupport.COMMISSIONED_ONLY)) {
        continue;
      }
      // G2: NHS England gives an unknown birth the date 1 January 1800, so an unknown age is
      // over 200: in the all-ages column (over 17) but in neither band (65+ is 65 to 200)
      int age = c.age() == null ? Integer.MAX_VALUE : c.age();
      boolean[] in = {age >= 18 && age <= 64, age >= 65 && age <= 200, age > 17};
      for (int i = 0; i < in.length; i++) {
        if (in[i]) {
          counted.count(i, paid || budget, paid);
        }
      }
    }
    return counted.table(
        "ASCOF-3D-carers",
        columns,
        PART_1B_NUMERATOR,
        PART_2B_NUMERATOR,
        PART_1B_OUTCOME,
        PART_2B_OUTCOME);
  }

  static final String ASCOF_2B = "2B: 18 to 64";

  static final String ASCOF_2C = "2C: 65 and over";
  static final String POPULATION = "Denominator: population (ONS mid-year estimate)";
  static final String PER_100_000 = "Outcome (per 100,000)";

  /**
   * ASCOF 2B and 2C: admissions to residential and nursing care during the period per 100,000 of
   * the area's population (rules A1–A6). Without a configured population the denominator and
   * outcome are empty and the table says the population is not configured.
   */
  static MeasureTable ascof2b2c(
      Collection<List<MeasureEvent>> people,
      LocalDate from,
      LocalDate to,
      InsightProperties.Population population) {
    long younger = 0;
    long older = 0;
    for (List<MeasureEvent> events : people) {
      Integer age = AscofAdmissions.admittedAged(events, from, to);
      if (age != null && age >= 18 && age <= 64) {
        younger++;
      } else if (age != null && age > 64) {
        older++;
      }
    }
    Long[] denominators = {population.aged18To64(), population.aged65AndOver()};
    long[] numerators = {younger, older};
    List<BigDecimal> numerator = new ArrayList<>();
    List<BigDecimal> denominator = new ArrayList<>();
    List<BigDecimal> outcome = new ArrayList<>();
    boolean configured = true;
    for (int i = 0; i < 2; i++) {
      numerator.add(BigDecimal.valueOf(numerators[i]));
      Long d = denominators[i];
      configured &= d != null && d > 0;
      denominator.add(d == null ? null : BigDecimal.valueOf(d));
      outcome.add(
          d == null || d <= 0
              ? null
              : BigDecimal.valueOf(numerators[i] * 100_000L)
                  .divide(BigDecimal.valueOf(d), 1, RoundingMode.HALF_UP));
    }
    MeasureTable table =
        MeasureTable.ofRows(
            "ASCOF-2B2C",
            "insight.measures.caption.ASCOF-2B2C",
            "insight.measures.part",
            List.of(ASCOF_2B, ASCOF_2C),
            List.of(
                new MeasureTable.Row(NUMERATOR, numerator),
                new MeasureTable.Row(POPULATION, Collections.unmodifiableList(denominator)),
                new MeasureTable.Row(PER_100_000, Collections.unmodifiableList(outcome))));
    return configured ? table : table.withNote("insight.measures.populationNotConfigured");
  }
}
