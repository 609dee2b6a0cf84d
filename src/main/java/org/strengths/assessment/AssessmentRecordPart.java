package org.strengths.assessment;

import java.util.List;
import org.springframework.stereotype.Component;
import org.strengths.platform.PersonRecordPart;

/** The person's needs assessments and eligibility decisions in the record's side navigation. */
@Component
class AssessmentRecordPart implements PersonRecordPart {

  @Override
  public List<Entry> navigation() {
    return List.of(new Entry("assessments-link", "assessment.record.link", "assessments", 20));
  }
}
