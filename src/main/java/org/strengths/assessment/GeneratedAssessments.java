package org.strengths.assessment;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.strengths.conversation.ConversationRecorded;
import org.strengths.platform.BulkCopy;

/**
 * The assessment module's bulk loader for a generated council ({@link
 * NeedsAssessments#deriveGenerated}, {@link NeedsAssessments#addGenerated}): the CLD events of
 * conversations recorded in bulk, and needs assessments with a signed-off eligibility determination
 * and its CLD event, copied in with COPY. Each event is derived by the same {@link CldEventRule} as
 * {@link CldEventListener} applies to a conversation recorded on the pages and {@link
 * EligibilityDeterminations} to a sign-off, so there is one derivation, whichever way the record
 * arrived (ADR 0168).
 */
@Component
class GeneratedAssessments {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final String BY = "generated";

  private static final String[] EVENT_COLUMNS = {
    "id",
    "reference",
    "person_id",
    "source_kind",
    "source_id",
    "start_date",
    "end_date",
    "derived_event_type",
    "derived_assessment_type",
    "derived_description",
    "derived_outcome",
    "derived_route_of_access",
    "derived_at",
    "created_at",
    "created_by",
    "updated_at",
    "updated_by"
  };

  private final BulkCopy bulk;

  GeneratedAssessments(BulkCopy bulk) {
    this.bulk = bulk;
  }

  long derive(List<ConversationRecorded> recorded) {
    BulkCopy.Rows events = bulk.into("cld_event", EVENT_COLUMNS);
    for (ConversationRecorded conversation : recorded) {
      event(events, conversation.personId(), CldEventRule.forConversation(conversation));
    }
    return events.finish();
  }

  long add(List<NeedsAssessments.GeneratedDetermination> generated) {
    BulkCopy.Rows assessments =
        bulk.into(
            "assessment",
            "id",
            "person_id",
            "conversation_id",
            "started_on",
            "who_was_involved",
            "outcomes_wanted",
            "created_at",
            "created_by",
            "updated_at",
            "updated_by");
    BulkCopy.Rows determinations =
        bulk.into(
            "eligibility_determination",
            "id",
            "assessment_id",
            "person_id",
            "impairment_link",
            "significant_impact",
            "suggested_eligible",
            "decision",
            "decided_eligible",
            "status",
            "submitted_at",
            "submitted_by",
            "submitted_by_name",
            "signed_off_at",
            "signed_off_by",
            "signed_off_by_name",
            "created_at",
            "created_by",
            "updated_at",
            "updated_by");
    BulkCopy.Rows history =
        bulk.into(
            "eligibility_review", "id", "determination_id", "action", "by_id", "by_name", "at");
    BulkCopy.Rows events = bulk.into("cld_event", EVENT_COLUMNS);
    // Table by table, so that every row a foreign key names is sent before the rows naming it.
    for (NeedsAssessments.GeneratedDetermination one : generated) {
      assessments.row(
          id("assessment", one.personId()),
          one.personId(),
          one.conversationId(),
          one.startedOn(),
          "The person and their practitioner",
          "To stay living at home and get out twice a week",
          at(one.startedOn(), 10),
          one.practitionerUsername(),
          at(one.signedOffOn(), 12),
          one.practitionerUsername());
    }
    long count = assessments.finish();
    for (NeedsAssessments.GeneratedDetermination one : generated) {
      UUID determinationId = id("determination", one.personId());
      OffsetDateTime started = at(one.startedOn(), 10);
      OffsetDateTime submitted = at(one.signedOffOn().minusDays(1), 15);
      OffsetDateTime signedOff = at(one.signedOffOn(), 12);
      determinations.row(
          determinationId,
          id("assessment", one.personId()),
          one.personId(),
          one.eligible() ? "yes" : "no",
          one.eligible() ? "yes" : "no",
          one.eligible(),
          "CONFIRM",
          one.eligible(),
          "SIGNED_OFF",
          submitted,
          one.practitionerId(),
          one.practitionerName(),
          signedOff,
          one.managerId(),
          one.managerName(),
          started,
          one.practitionerUsername(),
          signedOff,
          one.managerUsername());
    }
    determinations.finish();
    for (NeedsAssessments.GeneratedDetermination one : generated) {
      UUID determinationId = id("determination", one.personId());
      history.row(
          id("submitted", one.personId()),
          determinationId,
          "SUBMITTED",
          one.practitionerId(),
          one.practitionerName(),
          at(one.signedOffOn().minusDays(1), 15));
      history.row(
          id("signed-off", one.personId()),
          determinationId,
          "SIGNED_OFF",
          one.managerId(),
          one.managerName(),
          at(one.signedOffOn(), 12));
      event(
          events,
          one.personId(),
          CldEventRule.forDetermination(
              determinationId, one.startedOn(), one.signedOffOn(), one.eligible()));
    }
    history.finish();
    events.finish();
    return count;
  }

  private static void event(BulkCopy.Rows events, UUID personId, CldEventRule.Derived event) {
    OffsetDateTime derivedAt =
        at(event.endDate() == null ? event.startDate() : event.endDate(), 17);
    events.row(
        id("cld-event", event.sourceId()),
        event.reference(),
        personId,
        event.sourceKind(),
        event.sourceId(),
        event.startDate(),
        event.endDate(),
        event.eventType(),
        event.assessmentType(),
        event.description(),
        event.outcome(),
        event.routeOfAccess(),
        derivedAt,
        derivedAt,
        BY,
        derivedAt,
        BY);
  }

  private static OffsetDateTime at(LocalDate day, int hour) {
    Instant instant = day.atTime(LocalTime.of(hour, 0)).atZone(LONDON).toInstant();
    return AssessmentStore.utc(instant);
  }

  private static UUID id(String kind, UUID of) {
    return UUID.nameUUIDFromBytes(
        ("strengths-generated-" + kind + "-" + of).getBytes(StandardCharsets.UTF_8));
  }
}
