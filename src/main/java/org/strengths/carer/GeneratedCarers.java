package org.strengths.carer;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.strengths.platform.BulkCopy;

/**
 * The carer module's bulk loader for a generated council ({@link CarerRecords#addGenerated}): each
 * carer linked, with consent, to the person they care for, and a carer's assessment whose
 * eligibility was decided, copied in with COPY. {@link CarerCldEventSource} makes each decided
 * assessment a CLD event as it does any other (ADR 0090, 0168).
 */
@Component
class GeneratedCarers {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  private final BulkCopy bulk;

  GeneratedCarers(BulkCopy bulk) {
    this.bulk = bulk;
  }

  long add(List<CarerRecords.GeneratedCarer> generated) {
    BulkCopy.Rows links =
        bulk.into(
            "carer_link",
            "id",
            "carer_id",
            "cared_for_id",
            "relationship",
            "consent_given",
            "consent_date",
            "consent_given_by",
            "created_at",
            "created_by",
            "updated_at",
            "updated_by");
    BulkCopy.Rows assessments =
        bulk.into(
            "carer_assessment",
            "id",
            "carer_id",
            "link_id",
            "conversation_date",
            "what_matters",
            "practitioner_summary",
            "necessary_care",
            "health_deteriorating",
            "significant_impact",
            "impact_rationale",
            "decision_eligible",
            "decision_reason",
            "decided_at",
            "decided_by",
            "created_at",
            "created_by",
            "updated_at",
            "updated_by");
    for (CarerRecords.GeneratedCarer carer : generated) {
      UUID linkId = id("carer-link", carer.carerId());
      OffsetDateTime linked = at(carer.conversationOn());
      OffsetDateTime decided = at(carer.decidedOn());
      links.row(
          linkId,
          carer.carerId(),
          carer.caredForId(),
          carer.relationship(),
          true,
          carer.conversationOn(),
          "the carer",
          linked,
          carer.by(),
          linked,
          carer.by());
      assessments.row(
          id("carer-assessment", carer.carerId()),
          carer.carerId(),
          linkId,
          carer.conversationOn(),
          "Having an evening to myself each week",
          "Cares every day and has not had a break for months.",
          true,
          carer.eligible(),
          carer.eligible(),
          carer.eligible()
              ? "Cannot keep up friendships or work because of the caring."
              : "Managing, with help from family at weekends.",
          carer.eligible(),
          carer.eligible()
              ? "Needs arise from caring and significantly affect wellbeing."
              : "The impact on wellbeing is not significant.",
          decided,
          carer.by(),
          linked,
          carer.by(),
          decided,
          carer.by());
    }
    links.finish();
    return assessments.finish();
  }

  private static OffsetDateTime at(LocalDate day) {
    return day.atTime(LocalTime.of(14, 0)).atZone(LONDON).toOffsetDateTime();
  }

  private static UUID id(String kind, UUID carerId) {
    return UUID.nameUUIDFromBytes(
        ("strengths-generated-" + kind + "-" + carerId).getBytes(StandardCharsets.UTF_8));
  }
}
