package org.strengths.carer;

import java.util.List;
import org.springframework.stereotype.Component;
import org.strengths.platform.PersonRecordPart;

/**
 * In the record's side navigation: who cares for the person, and the assessments of the person as a
 * carer themselves.
 */
@Component
class CarerRecordPart implements PersonRecordPart {

  @Override
  public List<Entry> navigation() {
    return List.of(
        new Entry("carers-link", "carer.record.link", "carers", 30),
        new Entry(
            "carer-assessments-link", "carer.record.ownAssessments", "carer-assessments", 35));
  }
}
