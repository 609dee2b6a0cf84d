package org.strengths.access;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.strengths.platform.PersonRecordPart;

/** The access module's page in a person's record: who has looked at it, for managers. */
@Component
class AccessRecordPart implements PersonRecordPart {

  @Override
  public List<Entry> navigation() {
    return List.of(
        new Entry(
            "audit-trail-link",
            "auditTrail.title",
            "audit-trail",
            100,
            Set.of(Role.MANAGER.authority()),
            List.of()));
  }
}
