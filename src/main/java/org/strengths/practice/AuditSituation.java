package org.strengths.practice;

import java.time.LocalDate;
import java.util.List;

/**
 * A kind of situation a targeted audit samples (docs/adr/0140): each is answered from the owning
 * module's public API ({@link AuditSituations}); the rule for each is here, in plain Java. A
 * situation on a person's record is read as it stood at the end of the audit's month.
 */
enum AuditSituation {
  /** The person's primary support reason (Client Level Data) is the one chosen. */
  PRIMARY_SUPPORT_REASON,
  /** The person gives care: their client type is carer or carer known by association. */
  GIVES_CARE,
  /** The person has an unpaid carer (Client Level Data "Yes"), where the para 6.64 checks apply. */
  HAS_UNPAID_CARER,
  /** A crisis conversation with the person was held in the audit's month. */
  CRISIS,
  /** The person's current plan of long-term support was agreed in the audit's month. */
  NEW_LONG_TERM_SUPPORT;

  /** What is known about one person's situation, from the other modules. */
  record Facts(
      String primarySupportReason,
      String clientType,
      String hasUnpaidCarer,
      List<LocalDate> crisisConversations,
      LocalDate planAgreedOn) {}

  /** The message key of its name on the forms and the audit's page. */
  public String labelKey() {
    return "audit.situation." + name();
  }

  /** Whether a person with these facts is in this situation in the month starting {@code month}. */
  boolean matches(Facts facts, String detail, LocalDate month) {
    LocalDate next = month.plusMonths(1);
    return switch (this) {
      case PRIMARY_SUPPORT_REASON -> detail != null && detail.equals(facts.primarySupportReason());
      case GIVES_CARE -> facts.clientType() != null && facts.clientType().startsWith("Carer");
      case HAS_UNPAID_CARER -> "Yes".equals(facts.hasUnpaidCarer());
      case CRISIS ->
          facts.crisisConversations().stream()
              .anyMatch(held -> !held.isBefore(month) && held.isBefore(next));
      case NEW_LONG_TERM_SUPPORT ->
          facts.planAgreedOn() != null
              && !facts.planAgreedOn().isBefore(month)
              && facts.planAgreedOn().isBefore(next);
    };
  }

  /** Which facts the situation needs, so only those are asked for. */
  boolean needsConversations() {
    return this == CRISIS;
  }

  boolean needsPlan() {
    return this == NEW_LONG_TERM_SUPPORT;
  }

  static AuditSituation typed(String typed) {
    if (typed == null) {
      return null;
    }
    for (AuditSituation situation : values()) {
      if (situation.name().equals(typed.strip())) {
        return situation;
      }
    }
    return null;
  }
}
