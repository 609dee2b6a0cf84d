package org.strengths.planning;

import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.strengths.access.PersonAccess;
import org.strengths.access.PersonAllocation;
import org.strengths.access.PersonDirectory;
import org.strengths.access.StaffMember;
import org.strengths.person.People;
import org.strengths.person.PersonDetails;

/**
 * Turns the id in a page address into a person the member of staff may see: the access check comes
 * before anything is read, and throws for the break-glass offer when there is no relationship.
 */
@Component
class PlanningPeople {

  /** A person the signed-in member of staff may see. */
  record Person(UUID id, String displayName, UUID teamId, UUID workerId) {}

  @ResponseStatus(HttpStatus.NOT_FOUND)
  static class NotFound extends RuntimeException {
    NotFound() {
      super("Not found");
    }
  }

  private final PersonDirectory directory;
  private final PersonAccess access;
  private final People people;

  PlanningPeople(PersonDirectory directory, PersonAccess access, People people) {
    this.directory = directory;
    this.access = access;
    this.people = people;
  }

  Person checked(String id, StaffMember staff) {
    UUID personId = uuid(id);
    PersonAllocation allocation = directory.allocationOf(personId).orElseThrow(NotFound::new);
    access.check(staff, allocation);
    PersonDetails details = people.find(personId).orElseThrow(NotFound::new);
    return new Person(details.id(), details.displayName(), details.teamId(), details.workerId());
  }

  static UUID uuid(String id) {
    UUID parsed = uuidOrNull(id);
    if (parsed == null) {
      throw new NotFound();
    }
    return parsed;
  }

  static UUID uuidOrNull(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return UUID.fromString(text.strip());
    } catch (IllegalArgumentException notAnId) {
      return null;
    }
  }
}
