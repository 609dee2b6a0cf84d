package org.strengths.insight;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * SALT LTS001b and LTS001c the way NHS England derives them from CLD (its scripts {@code SALT
 * LTS001b/LTS001b replication code.txt} and {@code SALT LTS001c/LTS001c replication code.txt}):
 * people in long-term support on the snapshot date (the period end), and of those the people whose
 * unbroken chain of long-term support began more than 12 months before it. Rules B1–B6 and C1–C4 in
 * docs/insight/national-measures.md.
 */
final class LongTermSnapshot {

  private LongTermSnapshot() {}

  /** Long-term rows are one chain when the next starts at most this many days after (C2). */
  static final int CHAIN_GAP_DAYS = 1;

  /** A person's one row in a table: the setting chosen and the value of the breakdown. */
  record Placement(String person, SaltTables.Setting setting, String value) {}

  /**
   * B1: a long-term service type on any event type, a service user's, started by the snapshot and
   * not ended before it (open, or ending on it or later), not dead before it, birth known.
   */
  static boolean atSnapshot(MeasureEvent e, LocalDate snapshot) {
    return SaltTables.longTerm(e.serviceType())
        && SaltTables.same(e.clientType(), SaltTables.SERVICE_USER)
        && e.startDate() != null
        && !e.startDate().isAfter(snapshot)
        && (e.endDate() == null || !e.endDate().isBefore(snapshot))
        && (e.dateOfDeath() == null || !e.dateOfDeath().isBefore(snapshot))
        && e.proxyBirthDate() != null;
  }

  /** The person's rows in LTS001b (B1). */
  static List<MeasureEvent> snapshotRows(List<MeasureEvent> events, LocalDate snapshot) {
    List<MeasureEvent> rows = new ArrayList<>();
    for (MeasureEvent e : events) {
      if (atSnapshot(e, snapshot)) {
        rows.add(e);
      }
    }
    return rows;
  }

  /**
   * The person's rows in LTS001c (C1–C3): long-term rows started by the snapshot (whatever their
   * end), an open row ending today; chained when a row starts no more than one day after the
   * previous row (by start, then end) ends; kept when their chain began more than a year before the
   * snapshot and the row itself ends on or after it.
   */
  static List<MeasureEvent> longChainRows(
      List<MeasureEvent> events, LocalDate snapshot, LocalDate today) {
    record Row(MeasureEvent event, LocalDate end) {}
    List<Row> rows = new ArrayList<>();
    for (MeasureEvent e : events) {
      if (SaltTables.longTerm(e.serviceType())
          && SaltTables.same(e.clientType(), SaltTables.SERVICE_USER)
          && e.startDate() != null
          && !e.startDate().isAfter(snapshot)
          && (e.dateOfDeath() == null || !e.dateOfDeath().isBefore(snapshot))
          && e.proxyBirthDate() != null) {
        // C1: an open row ends today
        rows.add(new Row(e, e.endDate() == null ? today : e.endDate()));
      }
    }
    rows.sort(Comparator.comparing((Row r) -> r.event().startDate()).thenComparing(Row::end));
    LocalDate yearBefore = snapshot.minusYears(1);
    List<MeasureEvent> kept = new ArrayList<>();
    List<Row> chain = new ArrayList<>();
    LocalDate previousEnd = null;
    for (int i = 0; i <= rows.size(); i++) {
      Row r = i < rows.size() ? rows.get(i) : null;
      // C2: only the previous row's end is compared, as the script's LAG does
      boolean joins =
          r != null
              && previousEnd != null
              && !previousEnd.isBefore(r.event().startDate().minusDays(CHAIN_GAP_DAYS));
      if (!joins && !chain.isEmpty()) {
        LocalDate chainStart = chain.get(0).event().startDate();
        for (Row c : chain) {
          // C3: the chain began more than a year before the snapshot; the row reaches the snapshot
          if (chainStart.isBefore(yearBefore) && !c.end().isBefore(snapshot)) {
            kept.add(c.event());
          }
        }
        chain.clear();
      }
      if (r != null) {
        chain.add(r);
        previousEnd = r.end();
      }
    }
    return kept;
  }

  /**
   * One person's place in a table (B3–B5, the scripts' de-duplication): of the rows given, the
   * highest-ranking setting; of those, rows whose value is known over rows whose value is not; of
   * those, the latest start. The value is read through {@code listed} (the list's spelling, or
   * {@code Invalid/NULL}); where the rows left still disagree, {@code conflict}.
   */
  static Placement place(
      List<MeasureEvent> rows,
      Function<MeasureEvent, String> attribute,
      Predicate<String> known,
      Function<String, String> listed,
      String conflict) {
    if (rows.isEmpty()) {
      return null;
    }
    int rank = Integer.MAX_VALUE;
    for (MeasureEvent e : rows) {
      rank = Math.min(rank, setting(e).rank());
    }
    final int best = rank;
    boolean anyKnown =
        rows.stream()
            .filter(e -> setting(e).rank() == best)
            .anyMatch(e -> known.test(attribute.apply(e)));
    LocalDate latest =
        rows.stream()
            .filter(e -> setting(e).rank() == best && known.test(attribute.apply(e)) == anyKnown)
            .map(MeasureEvent::startDate)
            .max(LocalDate::compareTo)
            .orElseThrow();
    Set<String> values = new LinkedHashSet<>();
    for (MeasureEvent e : rows) {
      if (setting(e).rank() == best
          && known.test(attribute.apply(e)) == anyKnown
          && e.startDate().equals(latest)) {
        values.add(listed.apply(attribute.apply(e)));
      }
    }
    String value = values.size() == 1 ? values.iterator().next() : conflict;
    return new Placement(rows.get(0).person(), settingOf(best), value);
  }

  private static SaltTables.Setting setting(MeasureEvent e) {
    return SaltTables.settingOf(e.serviceType(), e.deliveryMechanism());
  }

  private static SaltTables.Setting settingOf(int rank) {
    return SaltTables.SETTINGS.stream().filter(s -> s.rank() == rank).findFirst().orElseThrow();
  }

  /** Rows of people in an age band at the snapshot (P4). */
  static List<MeasureEvent> aged(
      List<MeasureEvent> rows, LocalDate snapshot, LongTermSupport.Band band) {
    List<MeasureEvent> aged = new ArrayList<>();
    for (MeasureEvent e : rows) {
      Integer age = e.ageOn(snapshot);
      if (age != null && band.holds(age)) {
        aged.add(e);
      }
    }
    return aged;
  }

  /** A value is known unless it is NULL or the list's "not known" value. */
  static Predicate<String> knownUnless(String notKnown) {
    return value -> value != null && !SaltTables.same(value, notKnown);
  }
}
