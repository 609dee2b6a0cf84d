package org.strengths.planning;

import java.util.UUID;
import org.springframework.stereotype.Component;
import org.strengths.access.PersonAccess;
import org.strengths.access.PersonAllocation;
import org.strengths.access.PersonDirectory;
import org.strengths.access.StaffMember;
import org.strengths.person.People;
import org.strengths.person.PersonDetails;
import org.strengths.platform.web.NotFoundException;

/**
 * Turns the id in a page address into a person the member of staff may see: the access check comes
 * before anything is read, and throws for the break-glass offer when there is no relationship.
 */
@Component
class PlanningPeople {

  /** A person the signed-in member of staff may see. */
  record Person(UUID id, String displayName, UUID teamId, UUID workerId) {}

  private final PersonDirectory directory;
  private final PersonAccess access;
  private final People people;

  PlanningPeople(PersonDirectory directory, PersonAccess access, People people) {
    this.directory = directory;
    this.access = access;
    this.people = people;
  }

  Person checked(UUID personId, StaffMember staff) {
    PersonAllocation allocation =
        directory.allocationOf(personId).orElseThrow(NotFoundException::new);
    access.check(staff, allocation);
    PersonDetails details = people.find(personId).orElseThrow(NotFoundException::new);
    return new Person(details.id(), details.displayName(), details.teamId(), details.workerId());
  }
}
