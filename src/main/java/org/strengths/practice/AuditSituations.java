package org.strengths.practice;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.strengths.conversation.ConversationView;
import org.strengths.conversation.Conversations;
import org.strengths.person.CldPerson;
import org.strengths.person.ClientLevelDataPeople;
import org.strengths.planning.PlanEvidence;
import org.strengths.planning.SupportPlans;
import org.strengths.platform.ReferenceData;

/**
 * Which of a sampling frame's people are in a kind of situation ({@link AuditSituation}), asked of
 * the modules that own the facts through their public APIs: the person's Client Level Data context
 * (person), their completed conversations (conversation) and current plan (planning). Conversations
 * and plans are asked for only for the situations that need them.
 */
@Component
class AuditSituations {

  static final String PRIMARY_SUPPORT_REASONS = "Primary_Support_Reason";

  private final ClientLevelDataPeople people;
  private final Conversations conversations;
  private final SupportPlans plans;
  private final ReferenceData reference;

  AuditSituations(
      ClientLevelDataPeople people,
      Conversations conversations,
      SupportPlans plans,
      ReferenceData reference) {
    this.people = people;
    this.conversations = conversations;
    this.plans = plans;
    this.reference = reference;
  }

  /** The primary support reasons a targeted audit may choose from. */
  List<ReferenceData.ListValue> reasons() {
    return reference.current(PRIMARY_SUPPORT_REASONS);
  }

  boolean isReason(String code) {
    return code != null && reference.contains(PRIMARY_SUPPORT_REASONS, code);
  }

  /** Those of the people in the situation in the month starting {@code month}. */
  Set<UUID> matching(
      AuditSituation situation, String detail, Collection<UUID> personIds, LocalDate month) {
    LocalDate end = month.plusMonths(1).minusDays(1);
    Map<UUID, CldPerson> context = people.on(personIds, end);
    return personIds.stream()
        .filter(
            id -> {
              CldPerson known = context.get(id);
              AuditSituation.Facts facts =
                  new AuditSituation.Facts(
                      known == null ? null : known.primarySupportReason(),
                      known == null ? null : known.clientType(),
                      known == null ? null : known.hasUnpaidCarer(),
                      situation.needsConversations() ? crises(id) : List.of(),
                      situation.needsPlan()
                          ? plans.evidence(id).map(PlanEvidence::agreedOn).orElse(null)
                          : null);
              return situation.matches(facts, detail, month);
            })
        .collect(Collectors.toSet());
  }

  private List<LocalDate> crises(UUID personId) {
    return conversations.completedForPerson(personId).stream()
        .filter(conversation -> "crisis".equals(conversation.stage()))
        .map(ConversationView::heldOn)
        .toList();
  }
}
