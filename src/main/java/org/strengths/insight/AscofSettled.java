package org.strengths.insight;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * ASCOF 2E the way NHS England derives it from CLD (its script {@code ASCOF 2E/ASCOF 2E replication
 * code.txt}): of the people who received long-term support in the period, the share whose last
 * known accommodation is settled (their own home or with family). Rules E1–E5 in
 * docs/insight/national-measures.md.
 */
final class AscofSettled {

  private AscofSettled() {}

  /** One person's gender and accommodation as 2E counts them. */
  record Counted(String person, String gender, String accommodation) {

    boolean settled() {
      return SaltTables.settled(accommodation);
    }
  }

  /**
   * E1: nursing, residential or community long-term support (not prison) on any event type, active
   * in the period, a service user's, not dead before it. The birth date is not needed.
   */
  static boolean inScope(MeasureEvent e, LocalDate from, LocalDate to) {
    return (SaltTables.same(e.serviceType(), SaltTables.NURSING)
            || SaltTables.same(e.serviceType(), SaltTables.RESIDENTIAL)
            || SaltTables.same(e.serviceType(), SaltTables.COMMUNITY))
        && SaltTables.same(e.clientType(), SaltTables.SERVICE_USER)
        && e.startDate() != null
        && !e.startDate().isAfter(to)
        && (e.endDate() == null || !e.endDate().isBefore(from))
        && (e.dateOfDeath() == null || !e.dateOfDeath().isBefore(from));
  }

  static List<Counted> person(List<MeasureEvent> events, LocalDate from, LocalDate to) {
    List<MeasureEvent> rows = new ArrayList<>();
    for (MeasureEvent e : events) {
      if (inScope(e, from, to)) {
        rows.add(e);
      }
    }
    if (rows.isEmpty()) {
      return List.of();
    }
    // E2: the rows on the latest start date; E3: a known accommodation over an unknown one
    LocalDate latest = rows.stream().map(MeasureEvent::startDate).max(LocalDate::compareTo).get();
    boolean known =
        rows.stream()
            .filter(e -> e.startDate().equals(latest))
            .anyMatch(e -> known(e.accommodationStatus()));
    record Staged(String gender, String accommodation) {}
    Set<Staged> staged = new LinkedHashSet<>();
    for (MeasureEvent e : rows) {
      if (e.startDate().equals(latest) && known(e.accommodationStatus()) == known) {
        staged.add(new Staged(e.gender(), e.accommodationStatus()));
      }
    }
    String person = events.get(0).person();
    List<Counted> counted = new ArrayList<>();
    for (Staged s : staged) {
      // E4: still two accommodations for the same gender: Unknown
      long same = staged.stream().filter(t -> Objects.equals(t.gender(), s.gender())).count();
      Counted c = new Counted(person, s.gender(), same > 1 ? "Unknown" : s.accommodation());
      if (!counted.contains(c)) {
        counted.add(c);
      }
    }
    return counted;
  }

  private static boolean known(String accommodation) {
    return accommodation != null && !SaltTables.same(accommodation, "Unknown");
  }
}
