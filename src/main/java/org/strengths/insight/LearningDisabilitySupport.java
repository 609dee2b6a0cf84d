package org.strengths.insight;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * SALT LTS004 the way NHS England derives it from CLD (its script {@code SALT LTS004/LTS004
 * replication code.txt}): people aged 18 to 64 whose long-term support in the period was for a
 * learning disability, by gender and their last known employment status (table 1) and accommodation
 * (tables 2a settled, 2b not settled). Rules D1–D5 in docs/insight/national-measures.md.
 */
final class LearningDisabilitySupport {

  private LearningDisabilitySupport() {}

  static final String LEARNING_DISABILITY = "Learning Disability Support";

  /** The row NHS England's script adds for people whose every row had no listed status (D5). */
  static final String NULL_OR_INVALID = "NULL/Invalid";

  /** One person's status for one gender they were recorded with (D3–D4). */
  record Counted(String person, String gender, String status) {}

  /**
   * D1: service events with a long-term service type, a service user's, for a learning disability,
   * active in the period, not dead before it, birth known and aged 18 to 64 at the period end.
   */
  static boolean inScope(MeasureEvent e, LocalDate from, LocalDate to) {
    if (!(e.is(CldEvent.SERVICE)
        && SaltTables.longTerm(e.serviceType())
        && SaltTables.same(e.clientType(), SaltTables.SERVICE_USER)
        && SaltTables.same(e.primarySupportReason(), LEARNING_DISABILITY)
        && e.startDate() != null
        && !e.startDate().isAfter(to)
        && (e.endDate() == null || !e.endDate().isBefore(from))
        && (e.dateOfDeath() == null || !e.dateOfDeath().isBefore(from))
        && e.proxyBirthDate() != null)) {
      return false;
    }
    int age = e.ageOn(to);
    return age >= 18 && age <= 64;
  }

  /**
   * One table's statuses for a person (D2–D5): the rows whose status is in {@code list} (trimmed);
   * of those, the rows on the latest start date; of those, known over "Unknown"; still two statuses
   * for one gender: "Unknown". A person none of whose rows has a listed status is counted once per
   * gender as {@link #NULL_OR_INVALID}.
   */
  static List<Counted> person(
      List<MeasureEvent> events,
      LocalDate from,
      LocalDate to,
      Function<MeasureEvent, String> status,
      List<String> list) {
    List<MeasureEvent> valid = new ArrayList<>();
    List<MeasureEvent> invalid = new ArrayList<>();
    for (MeasureEvent e : events) {
      if (inScope(e, from, to)) {
        String value = status.apply(e);
        boolean listed =
            value != null && list.stream().anyMatch(l -> SaltTables.same(l, value.strip()));
        (listed ? valid : invalid).add(e);
      }
    }
    List<Counted> counted = new ArrayList<>();
    if (valid.isEmpty()) {
      Set<String> genders = new LinkedHashSet<>();
      invalid.forEach(e -> genders.add(e.gender()));
      genders.forEach(g -> counted.add(new Counted(invalid.get(0).person(), g, NULL_OR_INVALID)));
      return counted;
    }
    LocalDate latest =
        valid.stream().map(MeasureEvent::startDate).max(LocalDate::compareTo).orElseThrow();
    boolean known =
        valid.stream()
            .filter(e -> e.startDate().equals(latest))
            .anyMatch(e -> !SaltTables.same(status.apply(e), "Unknown"));
    Map<String, Set<String>> byGender = new LinkedHashMap<>();
    for (MeasureEvent e : valid) {
      if (e.startDate().equals(latest) && !SaltTables.same(status.apply(e), "Unknown") == known) {
        byGender
            .computeIfAbsent(e.gender(), g -> new LinkedHashSet<>())
            .add(SaltTables.listedOrAsSent(list, status.apply(e).strip()));
      }
    }
    String person = valid.get(0).person();
    byGender.forEach(
        (gender, statuses) ->
            counted.add(
                new Counted(
                    person,
                    gender,
                    statuses.size() == 1 ? statuses.iterator().next() : "Unknown")));
    return counted;
  }
}
