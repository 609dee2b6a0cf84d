package org.strengths.carer;

import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.strengths.access.PersonAccess;
import org.strengths.access.PersonAllocation;
import org.strengths.access.PersonInScope;
import org.strengths.access.StaffMember;
import org.strengths.person.People;
import org.strengths.person.PersonDetails;
import org.strengths.platform.web.NotFoundException;

/**
 * Turns an id in a page address into a person the member of staff may see: the access check comes
 * before anything about the person is shown. Without a working relationship, the access module
 * answers with the break-glass offer.
 */
@Component
class CarerPeople {

  private final People people;
  private final PersonAccess access;

  /** The record of a person in scope: access was checked when the handler received them. */
  PersonDetails details(PersonInScope person) {
    return people.details(person);
  }

  CarerPeople(People people, PersonAccess access) {
    this.people = people;
    this.access = access;
  }

  PersonDetails checked(UUID id, StaffMember staff) {
    PersonDetails person = people.find(id).orElseThrow(NotFoundException::new);
    access.check(staff, allocation(person));
    return person;
  }

  boolean mayView(PersonDetails person, StaffMember staff) {
    return access.mayView(staff, allocation(person));
  }

  Optional<PersonDetails> find(UUID id) {
    return id == null ? Optional.empty() : people.find(id);
  }

  static PersonAllocation allocation(PersonDetails person) {
    return new PersonAllocation(person.id(), person.teamId(), person.workerId());
  }
}
