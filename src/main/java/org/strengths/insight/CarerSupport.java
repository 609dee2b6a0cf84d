package org.strengths.insight;

import java.time.LocalDate;
import java.util.List;

/**
 * SALT LTS003 and the carers' parts of ASCOF 3D (1b, 2b) the way NHS England derives them from CLD
 * (its scripts {@code SALT LTS003/LTS003 replication code.txt} and {@code ASCOF 3D/ASCOF 3D
 * replication code.txt}, "CARERS MEASURES"): each carer supported during the period, once, under
 * the highest-ranking kind of support they had. Rules K1–K7 and G1–G3 in
 * docs/insight/national-measures.md.
 */
final class CarerSupport {

  private CarerSupport() {}

  static final String DIRECT_TO_CARER = "Carer Support: Direct to Carer";
  static final String INVOLVING_CARED_FOR = "Carer Support: Support involving the person cared-for";
  static final String INFORMATION_AND_ADVICE = "NFA - Information & Advice / Signposting only";

  static final String DIRECT_PAYMENT_ONLY = "Direct Payment only";
  static final String MANAGED_BUDGET = "CASSR Managed Personal Budget";
  static final String COMMISSIONED_ONLY = "CASSR Commissioned Support only";
  static final String UNKNOWN_MECHANISM = "Support Direct to Carer: Unknown Delivery Mech";
  static final String UNIVERSAL = "Information, Advice and Other Universal Services / Signposting";
  static final String NO_DIRECT_SUPPORT = "No Direct Support Provided to Carer";

  /**
   * NHS England's {@code #REF_CARER_SUPPORT_HIERARCHY}: the support provided, in its sort order,
   * which is also its rank (K4).
   */
  static final List<String> HIERARCHY =
      List.of(
          DIRECT_PAYMENT_ONLY,
          MANAGED_BUDGET,
          COMMISSIONED_ONLY,
          UNKNOWN_MECHANISM,
          UNIVERSAL,
          NO_DIRECT_SUPPORT);

  /** The delivery mechanism as NHS England's carers' scripts spell it (K3, O1). */
  static final String COMMISSIONED = "CASSR Commissioned support";

  private static final List<String> CARER_TYPES = List.of("Carer", "Carer known by association");
  private static final List<String> EVENT_TYPES =
      List.of("Request", "Assessment", "Service", "Review");

  /**
   * One carer in the table: the support provided (the highest in the hierarchy) and the age at the
   * period end, null when the birth is unknown.
   */
  record Counted(String person, String supportProvided, Integer age) {}

  /**
   * K1: a carer's event in the cohort: Client_Type Carer or Carer known by association; one of the
   * four event types; started by the period end and not ended before its start; not dead before its
   * start; and one of three combinations: no service type and the outcome "NFA - Information &
   * Advice / Signposting only"; a carers' support service type; an assessment or review with no
   * service type.
   */
  static boolean inCohort(MeasureEvent e, LocalDate from, LocalDate to) {
    if (CARER_TYPES.stream().noneMatch(t -> SaltTables.same(t, e.clientType()))
        || EVENT_TYPES.stream().noneMatch(e::is)
        || e.startDate() == null
        || e.startDate().isAfter(to)
        || (e.endDate() != null && e.endDate().isBefore(from))
        || (e.dateOfDeath() != null && e.dateOfDeath().isBefore(from))) {
      return false;
    }
    boolean noServiceType = e.serviceType() == null;
    return (noServiceType && SaltTables.same(e.outcome(), INFORMATION_AND_ADVICE))
        || SaltTables.same(e.serviceType(), DIRECT_TO_CARER)
        || SaltTables.same(e.serviceType(), INVOLVING_CARED_FOR)
        || ((e.is("Assessment") || e.is("Review")) && noServiceType);
  }

  /**
   * K2–K3: the support an event provided, in NHS England's order of tests; null when none of them
   * applies (the event then has no rank, K4). For ASCOF 3D ({@code ascof}) a service component
   * "Direct Payment" also makes a direct payment (G1), and the other direct-to-carer tests require
   * a service component that is not "Direct Payment": with no service component none of them holds
   * (SQL's {@code NULL NOT LIKE …} is unknown), so the event falls through to the tests on its
   * event type.
   */
  static String supportProvided(MeasureEvent e, boolean ascof) {
    if (SaltTables.same(e.serviceType(), DIRECT_TO_CARER)) {
      boolean componentPays =
          ascof && SaltTables.same(e.serviceComponent(), AscofSelfDirected.DIRECT_PAYMENT);
      if (SaltTables.same(e.deliveryMechanism(), AscofSelfDirected.DIRECT_PAYMENT)
          || componentPays) {
        return DIRECT_PAYMENT_ONLY;
      }
      if (!ascof || e.serviceComponent() != null) {
        if (SaltTables.same(e.deliveryMechanism(), MANAGED_BUDGET)) {
          return MANAGED_BUDGET;
        }
        if (SaltTables.same(e.deliveryMechanism(), COMMISSIONED)) {
          return COMMISSIONED_ONLY;
        }
        return UNKNOWN_MECHANISM;
      }
    } else if (SaltTables.same(e.serviceType(), INVOLVING_CARED_FOR)) {
      return NO_DIRECT_SUPPORT;
    }
    if (e.is("Assessment") || e.is("Review")) {
      return SaltTables.same(e.outcome(), INFORMATION_AND_ADVICE) ? UNIVERSAL : NO_DIRECT_SUPPORT;
    }
    return e.is("Request") ? UNIVERSAL : null;
  }

  /**
   * K1–K5 for one person's events: the carer counted once under the highest-ranking support of
   * their events in the cohort; null when they have none, or none with a rank.
   */
  static Counted person(List<MeasureEvent> events, LocalDate from, LocalDate to, boolean ascof) {
    int best = Integer.MAX_VALUE;
    MeasureEvent chosen = null;
    for (MeasureEvent e : events) {
      if (!inCohort(e, from, to)) {
        continue;
      }
      String support = supportProvided(e, ascof);
      int rank = support == null ? -1 : HIERARCHY.indexOf(support);
      if (rank >= 0 && rank < best) {
        best = rank;
        chosen = e;
      }
    }
    return chosen == null
        ? null
        : new Counted(chosen.person(), HIERARCHY.get(best), chosen.ageOn(to));
  }
}
