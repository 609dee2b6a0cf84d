package org.strengths.person;

import java.util.UUID;
import org.springframework.stereotype.Component;
import org.strengths.access.PersonAccess;
import org.strengths.access.PersonAllocation;
import org.strengths.access.StaffMember;
import org.strengths.platform.web.NotFoundException;

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

  PersonDetails checked(UUID id, StaffMember staff) {
    PersonAllocation allocation = allocation(id);
    access.check(staff, allocation);
    return store.find(allocation.personId()).orElseThrow(NotFoundException::new);
  }

  PersonAllocation allocation(UUID id) {
    return store.allocationOf(id).orElseThrow(NotFoundException::new);
  }
}
