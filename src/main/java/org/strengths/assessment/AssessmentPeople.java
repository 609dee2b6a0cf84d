package org.strengths.assessment;

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
 * Turns ids in an address into a person (and their assessment) the member of staff may see. The
 * access check comes before anything is shown; without a working relationship the access module
 * offers break-glass.
 */
@Component
class AssessmentPeople {

  private final People people;
  private final PersonAccess access;
  private final AssessmentStore assessments;

  /** The record of a person in scope: access was checked when the handler received them. */
  PersonDetails details(PersonInScope person) {
    return people.details(person);
  }

  AssessmentPeople(People people, PersonAccess access, AssessmentStore assessments) {
    this.people = people;
    this.access = access;
    this.assessments = assessments;
  }

  PersonDetails checked(UUID personId, StaffMember staff) {
    PersonDetails person = people.find(personId).orElseThrow(NotFoundException::new);
    access.check(staff, allocation(person));
    return person;
  }

  AssessmentView assessment(PersonDetails person, UUID assessmentId) {
    return assessments
        .find(assessmentId)
        .filter(assessment -> assessment.personId().equals(person.id()))
        .orElseThrow(NotFoundException::new);
  }

  static PersonAllocation allocation(PersonDetails person) {
    return new PersonAllocation(person.id(), person.teamId(), person.workerId());
  }
}
