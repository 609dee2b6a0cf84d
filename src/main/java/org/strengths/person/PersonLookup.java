package org.strengths.person;

import java.util.UUID;
import org.springframework.stereotype.Component;
import org.strengths.access.PersonAccess;
import org.strengths.access.PersonAllocation;
import org.strengths.access.StaffMember;

/**
 * Turns the id in a page address into a person the signed-in member of staff may see. The access
 * check comes before anything about the person is read; it throws when there is no working
 * relationship, and the access module answers with the break-glass page.
 */
@Component
class PersonLookup {

  private final PersonStore store;
  private final PersonAccess access;

  PersonLookup(PersonStore store, PersonAccess access) {
    this.store = store;
    this.access = access;
  }

  PersonDetails checked(String id, StaffMember staff) {
    PersonAllocation allocation = allocation(id);
    access.check(staff, allocation);
    return store.find(allocation.personId()).orElseThrow(PersonNotFoundException::new);
  }

  PersonAllocation allocation(String id) {
    return store.allocationOf(parse(id)).orElseThrow(PersonNotFoundException::new);
  }

  static UUID parse(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException | NullPointerException notAnId) {
      throw new PersonNotFoundException();
    }
  }

  /** A UUID typed into a form (e.g. a select's value), or null if blank or not one. */
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
