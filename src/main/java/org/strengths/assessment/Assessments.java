package org.strengths.assessment;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.strengths.access.AuditLog;
import org.strengths.access.StaffMember;
import org.strengths.person.Chronology;
import org.strengths.person.PersonDetails;

/**
 * Starting and saving needs assessments. Callers have checked access to the person; this records
 * the audit trail and the person's chronology.
 */
@Service
class Assessments {

  sealed interface Started {}

  record Created(UUID id) implements Started {}

  record Refused(String problemKey) implements Started {}

  sealed interface Saved {}

  record SavedSection(AssessmentSectionStatus status) implements Saved {}

  record Conflict(AssessmentView current) implements Saved {}

  private final AssessmentStore store;
  private final AssessmentConversations conversations;
  private final AuditLog audit;
  private final Chronology chronology;
  private final AssessmentText text;
  private final Clock clock;

  Assessments(
      AssessmentStore store,
      AssessmentConversations conversations,
      AuditLog audit,
      Chronology chronology,
      AssessmentText text,
      Clock clock) {
    this.store = store;
    this.conversations = conversations;
    this.audit = audit;
    this.chronology = chronology;
    this.text = text;
    this.clock = clock;
  }

  /** A conversation of this person's, completed, that an assessment can start from. */
  Optional<AssessmentSource> startingPoint(PersonDetails person, UUID conversationId) {
    return conversationId == null
        ? Optional.empty()
        : conversations
            .find(conversationId)
            .filter(source -> source.personId().equals(person.id()))
            .filter(AssessmentSource::completed);
  }

  List<AssessmentSource> startingPoints(PersonDetails person) {
    return conversations.completedForPerson(person.id());
  }

  /** Starts an assessment from a completed conversation, pre-filled from it. */
  @Transactional
  Started start(PersonDetails person, UUID conversationId, StaffMember staff) {
    Optional<AssessmentSource> source = startingPoint(person, conversationId);
    if (source.isEmpty()) {
      return new Refused(
          conversationId == null
              ? "assessment.error.conversation.missing"
              : "assessment.error.conversation.invalid");
    }
    Map<String, String> prefill =
        AssessmentPrefill.from(
            source.get(), code -> text.get("assessment.attribution." + attribution(code)));
    UUID id = UUID.randomUUID();
    store.insert(
        id,
        person.id(),
        conversationId,
        text.today(),
        prefill,
        staff.getUsername(),
        clock.instant());
    audit.record(person.id(), "assessment", "create", null, id.toString());
    chronology.add(
        person.id(),
        "assessment-started",
        text.get("assessment.chronology.started", text.date(source.get().heldOn())));
    return new Created(id);
  }

  List<AssessmentView> forPerson(UUID personId) {
    return store.forPerson(personId);
  }

  Optional<AssessmentView> find(UUID id) {
    return store.find(id);
  }

  @Transactional
  Saved save(
      AssessmentView assessment,
      int versionSeen,
      AssessmentSection section,
      Map<String, Object> values,
      boolean completed,
      StaffMember staff) {
    AssessmentSectionStatus status =
        completed ? AssessmentSectionStatus.COMPLETED : AssessmentSectionStatus.IN_PROGRESS;
    boolean saved =
        store.saveSection(
            assessment.id(),
            versionSeen,
            section,
            values,
            status,
            staff.getUsername(),
            clock.instant());
    if (!saved) {
      return new Conflict(store.find(assessment.id()).orElseThrow());
    }
    audit.record(assessment.personId(), "assessment", "change", null, section.slug());
    if (completed && assessment.status(section) != AssessmentSectionStatus.COMPLETED) {
      chronology.add(
          assessment.personId(),
          "assessment-section-completed",
          text.get("assessment.chronology.sectionCompleted", text.get(section.titleKey())));
    }
    return new SavedSection(status);
  }

  private static String attribution(String code) {
    return code == null || !List.of("person", "carer", "family", "practitioner").contains(code)
        ? "other"
        : code;
  }
}
