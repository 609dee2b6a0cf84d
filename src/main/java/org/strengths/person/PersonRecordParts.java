package org.strengths.person;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.strengths.platform.PersonRecordPart;

/**
 * The person module's own pages in the record's side navigation: the summary (with the details
 * below it, the allocation and the hand-over), context and history, and the chronology.
 */
@Component
class PersonRecordParts implements PersonRecordPart {

  @Override
  public List<Entry> navigation() {
    return List.of(
        new Entry(
            "record-summary-link",
            "person.record.nav.summary",
            "",
            0,
            Set.of(),
            List.of("edit", "allocation", "handover")),
        new Entry(
            "history-link",
            "person.record.nav.history",
            "history",
            80,
            Set.of(),
            List.of("context")),
        new Entry("chronology-link", "person.record.chronology", "chronology", 90));
  }
}
