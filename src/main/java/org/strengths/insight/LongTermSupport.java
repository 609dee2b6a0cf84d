package org.strengths.insight;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * SALT LTS001a the way NHS England derives it from CLD (its script {@code SALT LTS001a/LTS001a
 * replication code.txt}): people in long-term support at any time in the period, each counted once,
 * by primary support reason and setting/delivery mechanism, aged 18–64 (table 1a) and 65 and over
 * (table 1b). Rules L1–L7 in docs/insight/national-measures.md.
 */
final class LongTermSupport {

  private LongTermSupport() {}

  /** Which age band a table counts (rule P4). */
  enum Band {
    WORKING_AGE,
    OLDER;

    boolean holds(int age) {
      return this == WORKING_AGE ? age >= 18 && age <= 64 : age > 64;
    }
  }

  /** One person's place in LTS001a: their reason and their highest-ranking setting. */
  record Placement(String person, String primarySupportReason, SaltTables.Setting setting) {}

  /**
   * The rows LTS001a reads (rule L1): a long-term service type on any event type, a service user's,
   * started by the period end and not ended before its start, not dead before it, birth known.
   */
  static boolean inScope(MeasureEvent e, LocalDate from, LocalDate to) {
    return SaltTables.longTerm(e.serviceType())
        && SaltTables.same(e.clientType(), SaltTables.SERVICE_USER)
        && e.startDate() != null
        && !e.startDate().isAfter(to)
        && (e.endDate() == null || !e.endDate().isBefore(from))
        && (e.dateOfDeath() == null || !e.dateOfDeath().isBefore(from))
        && e.proxyBirthDate() != null;
  }

  /** The person's placements in the band's table (usually one; rules L2–L7). */
  static List<Placement> person(
      List<MeasureEvent> events, LocalDate from, LocalDate to, Band band) {
    record Row(SaltTables.Setting setting, boolean reasonKnown, LocalDate start, String reason) {}
    List<Row> rows = new ArrayList<>();
    for (MeasureEvent e : events) {
      if (!inScope(e, from, to)) {
        continue;
      }
      Integer age = e.ageOn(to);
      if (age == null || !band.holds(age)) {
        continue;
      }
      String reason = e.primarySupportReason();
      boolean known = reason != null && !SaltTables.same(reason, "Unknown");
      rows.add(
          new Row(
              SaltTables.settingOf(e.serviceType(), e.deliveryMechanism()),
              known,
              e.startDate(),
              reason));
    }
    if (rows.isEmpty()) {
      return List.of();
    }
    // L3: the highest-ranking setting; L4: a known reason over an unknown; L5: the latest start
    int rank = rows.stream().mapToInt(r -> r.setting().rank()).min().orElseThrow();
    boolean known =
        rows.stream().filter(r -> r.setting().rank() == rank).anyMatch(Row::reasonKnown);
    LocalDate latest =
        rows.stream()
            .filter(r -> r.setting().rank() == rank && r.reasonKnown() == known)
            .map(Row::start)
            .max(LocalDate::compareTo)
            .orElseThrow();
    Set<String> reasons = new LinkedHashSet<>();
    SaltTables.Setting setting = null;
    for (Row r : rows) {
      if (r.setting().rank() == rank && r.reasonKnown() == known && r.start().equals(latest)) {
        // L6: a reason not in the list is reported as Invalid/NULL
        reasons.add(SaltTables.supportReason(r.reason()));
        setting = r.setting();
      }
    }
    String person = events.get(0).person();
    // L7: still more than one reason: Unknown
    String reason = reasons.size() == 1 ? reasons.iterator().next() : "Unknown";
    return List.of(new Placement(person, reason, setting));
  }
}
