package org.strengths.person;

import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.strengths.access.PersonAllocation;
import org.strengths.access.PersonDirectory;

/** Tells the access module who a person is allocated to, read from the person record. */
@Component
class PersonDirectoryFromRecords implements PersonDirectory {

  private final PersonStore store;

  PersonDirectoryFromRecords(PersonStore store) {
    this.store = store;
  }

  @Override
  public Optional<PersonAllocation> allocationOf(UUID personId) {
    return store.allocationOf(personId);
  }

  @Override
  public Optional<String> displayName(UUID personId) {
    return store.find(personId).map(PersonDetails::displayName);
  }
}
