package org.strengths.network;

import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.strengths.access.PersonAccess;
import org.strengths.access.PersonAllocation;
import org.strengths.access.PersonDirectory;
import org.strengths.access.StaffMember;
import org.strengths.platform.web.NotFoundException;

/**
 * Turns the person id in an address into a person the member of staff may see, checking access
 * before anything about their network is read. No working relationship throws, and the access
 * module answers with the break-glass offer (pages) or a problem (API).
 */
@Component
class NetworkPeople {

  private final PersonDirectory directory;
  private final PersonAccess access;

  NetworkPeople(PersonDirectory directory, PersonAccess access) {
    this.directory = directory;
    this.access = access;
  }

  /** The person's id once access is checked; {@link NotFoundException} if unknown. */
  UUID checked(UUID personId, StaffMember staff) {
    PersonAllocation allocation = directory.allocationOf(personId).orElse(null);
    if (allocation == null) {
      throw new NotFoundException();
    }
    access.check(staff, allocation);
    return personId;
  }

  /**
   * Whether {@code linked} may be linked from {@code personId}'s network by this member of staff.
   */
  boolean mayLink(StaffMember staff, UUID personId, UUID linked) {
    return !linked.equals(personId) && visibleName(staff, linked).isPresent();
  }

  /** The name of another person's record, only if this member of staff may see it. */
  Optional<String> visibleName(StaffMember staff, UUID personId) {
    return directory
        .allocationOf(personId)
        .filter(allocation -> access.mayView(staff, allocation))
        .flatMap(allocation -> directory.displayName(personId));
  }

  String displayName(UUID personId) {
    return directory.displayName(personId).orElse("");
  }
}
