package org.strengths.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * A needs assessment as stored. {@code values} holds every answer by field name (text and yes/no as
 * strings, dates as {@link LocalDate}); missing answers are absent.
 */
record AssessmentView(
    UUID id,
    UUID personId,
    UUID conversationId,
    LocalDate startedOn,
    Map<String, Object> values,
    Map<AssessmentSection, AssessmentSectionStatus> statuses,
    Instant createdAt,
    String createdBy,
    Instant updatedAt,
    String updatedBy,
    int version) {

  public AssessmentSectionStatus status(AssessmentSection section) {
    return statuses.getOrDefault(section, AssessmentSectionStatus.NOT_STARTED);
  }

  /** All narrative sections completed: only now may eligibility be looked at. */
  public boolean narrativeComplete() {
    return AssessmentSection.narrativeSections().stream()
        .allMatch(section -> status(section) == AssessmentSectionStatus.COMPLETED);
  }

  public String text(String field) {
    Object value = values.get(field);
    return value == null ? null : value.toString();
  }

  public LocalDate date(String field) {
    return values.get(field) instanceof LocalDate date ? date : null;
  }
}
