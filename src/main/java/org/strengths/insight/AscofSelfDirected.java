package org.strengths.insight;

import java.time.LocalDate;
import java.util.List;

/**
 * The people-who-use-services parts of ASCOF 3D the way NHS England derives them from CLD (its
 * script {@code ASCOF 3D/ASCOF 3D replication code.txt}, "CLIENT BASED PARTS"): of the people in
 * community-based long-term support at the period end, the share with self-directed support (part
 * 1a) and with direct payments (part 2a). Rules F1–F4 in docs/insight/national-measures.md.
 */
final class AscofSelfDirected {

  private AscofSelfDirected() {}

  static final String DIRECT_PAYMENT = "Direct Payment";
  static final String MANAGED_BUDGET = "CASSR Managed Personal Budget";

  /** One person's place in 3D: community-based or not, and how the support is delivered. */
  record Counted(boolean community, boolean selfDirected, boolean directPayment) {}

  /**
   * F2: the rank of a row: LTS001b's setting rank, except that community support whose service
   * component is "Direct Payment" ranks as a direct payment whatever its delivery mechanism.
   */
  static int rank(MeasureEvent e) {
    if (SaltTables.same(e.serviceType(), SaltTables.COMMUNITY)
        && SaltTables.same(e.serviceComponent(), DIRECT_PAYMENT)) {
      return 3;
    }
    return SaltTables.settingOf(e.serviceType(), e.deliveryMechanism()).rank();
  }

  /**
   * F2–F3 for the rows of one age group (LTS001b's rows at the snapshot, rule B1): the rows at the
   * highest-ranking setting; community-based when one of them is community support; self-directed
   * when one of those has a direct payment (delivery mechanism or service component) or a managed
   * personal budget; a direct payment when one has a direct payment. Null when there are no rows.
   */
  static Counted person(List<MeasureEvent> rows) {
    if (rows.isEmpty()) {
      return null;
    }
    int best = rows.stream().mapToInt(AscofSelfDirected::rank).min().orElseThrow();
    boolean community = false;
    boolean selfDirected = false;
    boolean directPayment = false;
    for (MeasureEvent e : rows) {
      if (rank(e) != best || !SaltTables.same(e.serviceType(), SaltTables.COMMUNITY)) {
        continue;
      }
      community = true;
      // the delivery mechanism as blanked by rule L2 (only listed ones survive)
      String mechanism =
          SaltTables.settingOf(e.serviceType(), e.deliveryMechanism()).deliveryMechanism();
      boolean dp =
          SaltTables.same(mechanism, DIRECT_PAYMENT)
              || SaltTables.same(e.serviceComponent(), DIRECT_PAYMENT);
      directPayment |= dp;
      selfDirected |= dp || SaltTables.same(mechanism, MANAGED_BUDGET);
    }
    return new Counted(community, selfDirected, directPayment);
  }

  /** Rows of the snapshot in an age group; {@code band} null for all ages (F1). */
  static List<MeasureEvent> aged(
      List<MeasureEvent> rows, LocalDate snapshot, LongTermSupport.Band band) {
    return band == null ? rows : LongTermSnapshot.aged(rows, snapshot, band);
  }
}
