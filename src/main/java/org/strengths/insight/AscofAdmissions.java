package org.strengths.insight;

import java.time.LocalDate;
import java.util.List;

/**
 * ASCOF 2B and 2C's numerators the way NHS England derives them from CLD (its script {@code ASCOF
 * 2B2C/ASCOF 2B2C replication code.txt}): people whose long-term needs were met by admission to a
 * residential or nursing care home during the period, who had no such placement from before it. The
 * denominators are the council's ONS mid-year population estimates, which the council configures.
 * Rules A1–A6 in docs/insight/national-measures.md.
 */
final class AscofAdmissions {

  private AscofAdmissions() {}

  /**
   * A1: a Service event for a service user, residential or nursing care, birth known (no date of
   * death filter in NHS England's script).
   */
  static boolean careHome(MeasureEvent e) {
    return e.is("Service")
        && SaltTables.same(e.clientType(), SaltTables.SERVICE_USER)
        && (SaltTables.same(e.serviceType(), SaltTables.RESIDENTIAL)
            || SaltTables.same(e.serviceType(), SaltTables.NURSING))
        && e.startDate() != null
        && e.proxyBirthDate() != null;
  }

  /**
   * A2–A5: the person's age on the snapshot (the day after the period) when they were admitted
   * during the period; null when they were not, or when a placement still open on the snapshot
   * began before the period (a previous admission).
   */
  static Integer admittedAged(List<MeasureEvent> events, LocalDate from, LocalDate to) {
    LocalDate snapshot = to.plusDays(1);
    Integer admitted = null;
    for (MeasureEvent e : events) {
      // A2: only placements that had not ended before the snapshot
      if (!careHome(e) || (e.endDate() != null && e.endDate().isBefore(snapshot))) {
        continue;
      }
      if (e.startDate().isBefore(from)) {
        return null;
      }
      if (e.startDate().isBefore(snapshot)) {
        admitted = e.ageOn(snapshot);
      }
    }
    return admitted;
  }
}
