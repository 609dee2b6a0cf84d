package org.strengths.insight;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.stereotype.Service;

/**
 * The national measures (SALT short- and long-term support tables) computed from the CLD events the
 * way NHS England computes them (docs/insight/national-measures.md). The events come through the
 * one path ({@link CldExtracts#forEachCandidate}), each turned into the very row the extract would
 * send ({@link ExtractLayout#row}), so the measures read what NHS England would read.
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
    long started = System.nanoTime();
    Map<String, List<MeasureEvent>> people = events(from, to);
    Duration reading = Duration.ofNanos(System.nanoTime() - started);
    Measures measures = compute(people.values(), from, to, LocalDate.now(clock));
    Map<String, Duration> took = new LinkedHashMap<>();
    took.put("events", reading);
    took.putAll(measures.took());
    return new Measures(from, to, measures.tables(), took);
  }

  /** Every event NHS England would hold for the period, grouped by person (rules P1–P2). */
  Map<String, List<MeasureEvent>> events(LocalDate from, LocalDate to) {
    LocalDate lookBack = from.minusMonths(LOOK_BACK_MONTHS);
    ExtractLayout.Submission submission =
        new ExtractLayout.Submission(properties.laCode(), properties.laName(), from, to);
    Map<String, List<MeasureEvent>> people = new HashMap<>();
    Map<String, String> interned = new HashMap<>();
    Function<String, String> intern =
        value -> value == null ? null : interned.computeIfAbsent(value, v -> v);
    extracts.forEachCandidate(
        from,
        to,
        (event, person) -> {
          if (ReleaseOne.includes(event, lookBack, to)) {
            MeasureEvent row = fromRow(ExtractLayout.row(submission, event, person), intern);
            people.computeIfAbsent(row.person(), p -> new ArrayList<>(4)).add(row);
          }
        },
        lookBack);
    return people;
  }

  private static final int NHS = ExtractLayout.HEADER.indexOf("NHS_Number");
  private static final int LA_ID = ExtractLayout.HEADER.indexOf("LA_Person_Unique_Identifier");

  /** The row the extract sends, as NHS England's processing reads it. */
  static MeasureEvent fromRow(List<String> row, Function<String, String> intern) {
    Function<String, String> column =
        name -> {
          String value = row.get(ExtractLayout.HEADER.indexOf(name));
          return value == null || value.isEmpty() ? null : intern.apply(value);
        };
    String nhs = row.get(NHS);
    // P1: the NHS number where there is one, else the council's own identifier
    String person = nhs == null || nhs.isBlank() ? row.get(LA_ID) : nhs;
    return new MeasureEvent(
        person,
        integer(column.apply("Birth_Year")),
        integer(column.apply("Birth_Month")),
        date(column.apply("Date_of_Death")),
        column.apply("Gender"),
        column.apply("Ethnicity"),
        column.apply("Client_Type"),
        column.apply("Primary_Support_Reason"),
        column.apply("Has_Unpaid_Carer"),
        column.apply("Employment_Status"),
        column.apply("Accommodation_Status"),
        column.apply("Event_Type"),
        date(column.apply("Event_Start_Date")),
        date(column.apply("Event_End_Date")),
        column.apply("Event_Outcome"),
        column.apply("Request_Route_of_Access"),
        column.apply("Service_Type"),
        column.apply("Service_Component"),
        column.apply("Delivery_Mechanism"));
  }

  private static Integer integer(String value) {
    return value == null ? null : Integer.valueOf(value.strip());
  }

  private static LocalDate date(String value) {
    return value == null ? null : LocalDate.parse(value);
  }

  /** The tables from events already grouped by person: plain Java, for tests and the command. */
  static Measures compute(
      Collection<List<MeasureEvent>> people, LocalDate from, LocalDate to, LocalDate today) {
    List<MeasureTable> tables = new ArrayList<>();
    Map<String, Duration> took = new LinkedHashMap<>();
    long started = System.nanoTime();
    tables.add(sts001(people, from, to, today));
    took.put("STS001", Duration.ofNanos(System.nanoTime() - started));
    for (LongTermSupport.Band band : LongTermSupport.Band.values()) {
      started = System.nanoTime();
      MeasureTable table = lts001a(people, from, to, band);
      tables.add(table);
      took.put(table.id(), Duration.ofNanos(System.nanoTime() - started));
    }
    started = System.nanoTime();
    tables.add(ascof2e(people, from, to));
    took.put("ASCOF-2E", Duration.ofNanos(System.nanoTime() - started));
    return new Measures(from, to, List.copyOf(tables), took);
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
    List<BigDecimal> numerator = new ArrayList<>();
    List<BigDecimal> denominator = new ArrayList<>();
    List<BigDecimal> outcome = new ArrayList<>();
    for (String column : columns) {
      long n = numerators.get(column).size();
      long d = denominators.get(column).size();
      numerator.add(BigDecimal.valueOf(n));
      denominator.add(BigDecimal.valueOf(d));
      outcome.add(percent(n, d));
    }
    return MeasureTable.ofRows(
        "ASCOF-2E",
        "insight.measures.caption.ASCOF-2E",
        "insight.measures.part",
        columns,
        List.of(
            new MeasureTable.Row(NUMERATOR, numerator),
            new MeasureTable.Row(DENOMINATOR, denominator),
            new MeasureTable.Row(OUTCOME, Collections.unmodifiableList(outcome))));
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
    ShortTermSupport.Result result =
        new ShortTermSupport.Result(new ArrayList<>(), new ArrayList<>());
    for (List<MeasureEvent> events : people) {
      ShortTermSupport.person(events, from, to, today, result);
    }
    Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
    for (ShortTermSupport.Sequel sequel : result.sequels()) {
      String row = sequel.mapped() == null ? NO_VALUE : sequel.mapped();
      MeasureTable.add(counts, row, ALL_AGES);
      if (sequel.age() != null && sequel.age() >= 18 && sequel.age() <= 64) {
        MeasureTable.add(counts, row, AGED_18_TO_64);
      } else if (sequel.age() != null && sequel.age() > 64) {
        MeasureTable.add(counts, row, AGED_65_AND_OVER);
      }
    }
    return MeasureTable.of(
        "STS001",
        "insight.measures.caption.STS001",
        "insight.measures.sequel",
        STS001_ROWS,
        List.of(AGED_18_TO_64, AGED_65_AND_OVER, ALL_AGES),
        counts);
  }

  static MeasureTable lts001a(
      Collection<List<MeasureEvent>> people,
      LocalDate from,
      LocalDate to,
      LongTermSupport.Band band) {
    Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
    for (List<MeasureEvent> events : people) {
      for (LongTermSupport.Placement placement : LongTermSupport.person(events, from, to, band)) {
        MeasureTable.add(counts, placement.primarySupportReason(), placement.setting().category());
        MeasureTable.add(counts, placement.primarySupportReason(), TOTAL);
      }
    }
    List<String> columns = new ArrayList<>();
    SaltTables.SETTINGS.forEach(setting -> columns.add(setting.category()));
    columns.add(TOTAL);
    List<String> rows = new ArrayList<>(SaltTables.SUPPORT_REASONS);
    rows.add(SaltTables.INVALID_OR_NULL);
    String id = band == LongTermSupport.Band.WORKING_AGE ? "LTS001a-1a" : "LTS001a-1b";
    return MeasureTable.of(
        id, "insight.measures.caption." + id, "insight.measures.reason", rows, columns, counts);
  }
}
