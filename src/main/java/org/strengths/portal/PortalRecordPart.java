package org.strengths.portal;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.strengths.access.Role;
import org.strengths.platform.PersonRecordPart;

/**
 * "Online access" in a person's record: inviting them to their own pages; and "Messages", the
 * thread between the person and the staff working with them (docs/adr/0162).
 */
@Component
class PortalRecordPart implements PersonRecordPart {

  @Override
  public List<Entry> navigation() {
    return List.of(
        new Entry(
            "online-access-link",
            "invitation.title",
            "online-access",
            95,
            Set.of(Role.PRACTITIONER.authority(), Role.MANAGER.authority()),
            List.of()),
        new Entry(
            "messages-link",
            "messages.record.title",
            "messages",
            94,
            Set.of(Role.PRACTITIONER.authority(), Role.MANAGER.authority()),
            List.of()));
  }
}
