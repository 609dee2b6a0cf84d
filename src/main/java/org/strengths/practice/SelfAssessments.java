package org.strengths.practice;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.strengths.access.AuditLog;
import org.strengths.access.StaffAccounts.StaffSummary;
import org.strengths.access.StaffMember;
import org.strengths.conversation.ConversationsHeldBy;
import org.strengths.person.Caseloads;
import org.strengths.platform.web.FormErrors;

/**
 * A practitioner's development record behind the pages: the evidence they may link (their own
 * latest conversations, their supervision sessions and their learning), recording a dated
 * self-assessment with its development plan, and recording learning. Who may do what is checked by
 * the controllers with {@link SelfAssessmentAccess}; everything done is audited here.
 */
@Service
class SelfAssessments {

  static final String AUDIT_SECTION = "development";

  /** How many of a worker's latest conversations are offered as evidence. */
  static final int CONVERSATIONS_OFFERED = 20;

  private final SelfAssessmentStore store;
  private final StatementStore statements;
  private final LearningStore learning;
  private final SupervisionStore supervision;
  private final ConversationsHeldBy conversations;
  private final Caseloads caseloads;
  private final AuditStore auditStore;
  private final AuditLog audit;
  private final PracticeText text;
  private final Clock clock;

  SelfAssessments(
      SelfAssessmentStore store,
      StatementStore statements,
      LearningStore learning,
      SupervisionStore supervision,
      ConversationsHeldBy conversations,
      Caseloads caseloads,
      AuditStore auditStore,
      AuditLog audit,
      PracticeText text,
      Clock clock) {
    this.store = store;
    this.statements = statements;
    this.learning = learning;
    this.supervision = supervision;
    this.conversations = conversations;
    this.caseloads = caseloads;
    this.auditStore = auditStore;
    this.audit = audit;
    this.text = text;
    this.clock = clock;
  }

  /** The evidence a worker may link, by kind, each list newest first. */
  record Choices(
      List<SelfAssessmentEvidence> conversations,
      List<SelfAssessmentEvidence> supervision,
      List<SelfAssessmentEvidence> learning,
      List<SelfAssessmentEvidence> audits) {

    Map<String, SelfAssessmentEvidence> byKey() {
      Map<String, SelfAssessmentEvidence> all = new LinkedHashMap<>();
      conversations.forEach(choice -> all.put(choice.key(), choice));
      supervision.forEach(choice -> all.put(choice.key(), choice));
      learning.forEach(choice -> all.put(choice.key(), choice));
      audits.forEach(choice -> all.put(choice.key(), choice));
      return all;
    }

    /** The first list the form shows, whose first box the error summary links to. */
    public String firstGroup() {
      return !conversations.isEmpty()
          ? "conversations"
          : !supervision.isEmpty() ? "supervision" : !learning.isEmpty() ? "learning" : "audits";
    }

    public boolean none() {
      return conversations.isEmpty()
          && supervision.isEmpty()
          && learning.isEmpty()
          && audits.isEmpty();
    }
  }

  Choices choicesFor(UUID workerId) {
    List<ConversationsHeldBy.Held> held = conversations.latest(workerId, CONVERSATIONS_OFFERED);
    Map<UUID, String> names =
        caseloads.names(held.stream().map(ConversationsHeldBy.Held::personId).distinct().toList());
    List<SelfAssessmentEvidence> talked = new ArrayList<>();
    for (ConversationsHeldBy.Held conversation : held) {
      talked.add(
          new SelfAssessmentEvidence(
              SelfAssessmentEvidence.Kind.CONVERSATION,
              conversation.id(),
              conversation.personId(),
              text.get(
                  "development.evidence.conversation",
                  conversation.number(),
                  names.getOrDefault(conversation.personId(), ""),
                  text.date(conversation.heldOn()))));
    }
    List<SelfAssessmentEvidence> sessions =
        supervision.sessionsOf(workerId).stream()
            .map(
                session ->
                    new SelfAssessmentEvidence(
                        SelfAssessmentEvidence.Kind.SUPERVISION,
                        session.id(),
                        null,
                        text.get(
                            "development.evidence.supervision",
                            text.date(session.heldOn()),
                            session.supervisorName())))
            .toList();
    List<SelfAssessmentEvidence> learned =
        learning.of(workerId).stream()
            .map(
                record ->
                    new SelfAssessmentEvidence(
                        SelfAssessmentEvidence.Kind.LEARNING,
                        record.id(),
                        null,
                        text.get(
                            "development.evidence.learning",
                            record.title(),
                            text.date(record.heldOn()))))
            .toList();
    // one choice per audit (its newest feedback), as evidence is kept by kind and reference
    Set<UUID> seenAudits = new HashSet<>();
    List<AuditStore.Sampled> fedBack =
        auditStore.feedbackFor(workerId).stream()
            .filter(record -> seenAudits.add(record.auditId()))
            .toList();
    Map<UUID, String> audited =
        caseloads.names(fedBack.stream().map(AuditStore.Sampled::personId).distinct().toList());
    List<SelfAssessmentEvidence> audits =
        fedBack.stream()
            .map(
                record ->
                    new SelfAssessmentEvidence(
                        SelfAssessmentEvidence.Kind.AUDIT,
                        record.auditId(),
                        record.personId(),
                        text.get(
                            "development.evidence.audit",
                            audited.getOrDefault(record.personId(), ""),
                            text.date(LocalDate.ofInstant(record.feedbackAt(), text.zone())))))
            .toList();
    return new Choices(talked, sessions, learned, audits);
  }

  List<UUID> statementIds() {
    return statements.all().stream().map(Statement::id).toList();
  }

  sealed interface Outcome permits Recorded, Invalid {}

  record Recorded(UUID id) implements Outcome {}

  record Invalid(FormErrors errors) implements Outcome {}

  /** Records a self-assessment the worker made of their own practice. */
  @Transactional
  Outcome record(StaffSummary worker, SelfAssessmentForm form, StaffMember by) {
    List<UUID> ids = statementIds();
    Map<String, SelfAssessmentEvidence> choices = choicesFor(worker.id()).byKey();
    FormErrors errors = errors(form, ids);
    errors.addAll(text.resolve(SelfAssessmentRules.check(form, today(), ids, choices.keySet())));
    LocalDate assessedOn = form.assessedOn().date();
    if (!errors.has("assessedOn") && assessedOn != null && store.exists(worker.id(), assessedOn)) {
      errors.add(
          "assessedOn", text.get("development.error.assessedOn.taken", text.date(assessedOn)));
    }
    if (errors.any()) {
      return new Invalid(errors);
    }
    UUID id = UUID.randomUUID();
    store.insert(
        id,
        worker.id(),
        worker.displayName(),
        SelfAssessmentRules.checked(form, ids),
        choices,
        by.getUsername(),
        now());
    audit.record(null, AUDIT_SECTION, "record-self-assessment", null, "self-assessment " + id);
    return new Recorded(id);
  }

  private static FormErrors errors(SelfAssessmentForm form, List<UUID> statements) {
    List<String> order = new ArrayList<>();
    order.add("assessedOn");
    order.add("ratings");
    for (UUID statement : statements) {
      order.add("rating-" + statement);
      order.add("evidence-" + statement);
    }
    order.add("evidence");
    FormErrors errors = FormErrors.inFormOrder(order).dateFields("assessedOn");
    if (!statements.isEmpty()) {
      errors.linkTo("ratings", "rating-" + statements.get(0));
      errors.linkTo("evidence", "evidence-" + statements.get(0));
    }
    for (UUID statement : statements) {
      errors.linkTo("evidence-" + statement, "evidence-" + statement);
    }
    for (int i = 0; i < form.getGoals().size(); i++) {
      errors.dateFields("goals-" + i + "-by");
    }
    return errors;
  }

  /** Records learning the worker did. */
  @Transactional
  Outcome recordLearning(StaffSummary worker, LearningForm form, StaffMember by) {
    FormErrors errors =
        FormErrors.inFormOrder("kind", "title", "heldOn", "hours", "learned", "statements")
            .dateFields("heldOn")
            .addAll(text.resolve(LearningRules.check(form, today(), statementIds())));
    if (errors.any()) {
      return new Invalid(errors);
    }
    UUID id = UUID.randomUUID();
    learning.insert(id, worker.id(), LearningRules.checked(form), by.getUsername(), now());
    audit.record(null, AUDIT_SECTION, "record-learning", null, "learning " + id);
    return new Recorded(id);
  }

  /** A new form, filled in with the worker's latest ratings so that they change what changed. */
  SelfAssessmentForm startingFrom(UUID workerId) {
    SelfAssessmentForm form = new SelfAssessmentForm();
    LocalDate today = today();
    form.setAssessedOnDay(String.valueOf(today.getDayOfMonth()));
    form.setAssessedOnMonth(String.valueOf(today.getMonthValue()));
    form.setAssessedOnYear(String.valueOf(today.getYear()));
    SelfAssessmentStore.Latest latest = store.latest(List.of(workerId)).get(workerId);
    if (latest != null) {
      latest
          .ratings()
          .forEach(
              (statement, rating) ->
                  form.getRatings().put(statement.toString(), String.valueOf(rating.points())));
    }
    return form.withGoalRows();
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}
