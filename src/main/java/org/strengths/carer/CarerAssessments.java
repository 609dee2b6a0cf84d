package org.strengths.carer;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.strengths.access.AuditLog;
import org.strengths.access.StaffMember;
import org.strengths.person.Chronology;
import org.strengths.platform.web.FormErrors;

/**
 * Records and changes carers' assessments on the carer's record, with optimistic locking: a save
 * based on an old version is refused and the saved version returned, so nobody's words are lost.
 * Callers check access to the carer first. Every change is audited and goes on the carer's
 * chronology; the person cared for gets one neutral line when an assessment is first recorded.
 */
@Service
class CarerAssessments {

  private final CarerStore store;
  private final AuditLog audit;
  private final Chronology chronology;
  private final CarerText text;
  private final Clock clock;

  CarerAssessments(
      CarerStore store, AuditLog audit, Chronology chronology, CarerText text, Clock clock) {
    this.store = store;
    this.audit = audit;
    this.chronology = chronology;
    this.text = text;
    this.clock = clock;
  }

  sealed interface Outcome permits Saved, Invalid, Conflict {}

  record Saved(UUID id) implements Outcome {}

  record Invalid(Map<String, String> problems) implements Outcome {}

  /** Someone saved since the user started; this is their version. */
  record Conflict(CarerAssessment saved) implements Outcome {}

  Optional<CarerAssessment> find(UUID id) {
    return store.assessment(id);
  }

  /** The assessment, if it is one of this carer's. */
  Optional<CarerAssessment> of(UUID carerId, UUID id) {
    return store.assessment(id).filter(a -> a.carerId().equals(carerId));
  }

  List<CarerAssessment> of(UUID carerId) {
    return store.assessmentsOf(carerId);
  }

  @Transactional
  Outcome create(UUID carerId, CarerConversation typed, StaffMember by) {
    CarerConversation conversation = CarerRules.normalise(typed);
    Map<String, String> problems = problems(carerId, conversation);
    if (!problems.isEmpty()) {
      return new Invalid(problems);
    }
    UUID id = UUID.randomUUID();
    store.insertAssessment(id, carerId, conversation, by.getUsername(), now());
    audit.record(carerId, "carer-assessment", "create", null, "assessment " + id);
    chronology.add(carerId, "carer-assessment", text.get("carer.chronology.recorded"));
    store
        .link(conversation.linkId() == null ? new UUID(0, 0) : conversation.linkId())
        .ifPresent(
            link ->
                chronology.add(
                    link.caredForId(),
                    "carer-assessment",
                    text.get("carer.chronology.recordedNeutral")));
    return new Saved(id);
  }

  @Transactional
  Outcome change(
      CarerAssessment current, int versionSeen, CarerConversation typed, StaffMember by) {
    CarerConversation conversation = CarerRules.normalise(typed);
    Map<String, String> problems = problems(current.carerId(), conversation);
    if (!problems.isEmpty()) {
      return new Invalid(problems);
    }
    if (current.version() != versionSeen
        || !store.updateConversation(
            current.id(), versionSeen, conversation, by.getUsername(), now())) {
      return new Conflict(store.assessment(current.id()).orElseThrow());
    }
    audit.record(current.carerId(), "carer-assessment", "change", null, "conversation");
    chronology.add(current.carerId(), "carer-assessment", text.get("carer.chronology.changed"));
    return new Saved(current.id());
  }

  /**
   * Saves the eligibility answers and, if given, the practitioner's decision. The suggestion is
   * worked out again here from what was sent, never trusted from the page.
   */
  @Transactional
  Outcome decide(
      CarerAssessment current,
      int versionSeen,
      CarerEligibility answers,
      Boolean decision,
      String decisionReason,
      StaffMember by) {
    String reason = FormErrors.typed(decisionReason);
    Map<String, String> problems =
        text.resolve(CarerRules.eligibilityProblems(answers, decision, reason));
    if (!problems.isEmpty()) {
      return new Invalid(problems);
    }
    CarerEligibilityRule.Suggestion suggested = answers.suggestion().suggestion();
    Instant now = now();
    CarerEligibility.Decision decided =
        decision == null
            ? null
            : new CarerEligibility.Decision(
                decision,
                CarerEligibilityRule.decisionNeedsReason(suggested, decision) ? reason : null,
                suggested,
                now,
                by.displayName());
    CarerEligibility toSave =
        new CarerEligibility(
            answers.necessaryCare(),
            answers.healthDeteriorating(),
            answers.healthNotes(),
            answers.outcomes(),
            answers.outcomeNotes(),
            answers.significantImpact(),
            answers.impactRationale(),
            decided);
    if (current.version() != versionSeen
        || !store.updateEligibility(current.id(), versionSeen, toSave, by.getUsername(), now)) {
      return new Conflict(store.assessment(current.id()).orElseThrow());
    }
    audit.record(
        current.carerId(),
        "carer-assessment",
        "change",
        null,
        decided == null ? "eligibility" : "eligibility-decision");
    chronology.add(current.carerId(), "carer-eligibility", chronologyLine(decided));
    return new Saved(current.id());
  }

  private String chronologyLine(CarerEligibility.Decision decided) {
    if (decided == null) {
      return text.get("carer.chronology.eligibilityAnswers");
    }
    String result =
        text.get(decided.eligible() ? "carer.decision.eligible" : "carer.decision.notEligible");
    return text.get(
        decided.followedSuggestion()
            ? "carer.chronology.decided"
            : "carer.chronology.decidedOverride",
        result.toLowerCase(java.util.Locale.UK));
  }

  /** Problems with what was typed, as field → message, without saving anything. */
  Map<String, String> problems(UUID carerId, CarerConversation typed) {
    CarerConversation conversation = CarerRules.normalise(typed);
    Map<String, String> problems =
        new LinkedHashMap<>(text.resolve(CarerRules.problems(conversation, LocalDate.now(clock))));
    if (conversation.linkId() != null
        && store.link(conversation.linkId()).filter(l -> l.carerId().equals(carerId)).isEmpty()) {
      problems.put("linkId", text.get("carer.error.linkId.invalid"));
    }
    return problems;
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}
