package org.strengths.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.strengths.access.PersonAllocation;
import org.strengths.access.PersonDirectory;
import org.strengths.access.StaffAccounts;
import org.strengths.access.StaffMember;
import org.strengths.person.People;
import org.strengths.person.PersonDetails;

/**
 * Who plays which part in the demo council, worked out from the demo people as the person module
 * made them (the same every time): the demo practitioner's caseload in name order, another
 * practitioner's caseload, and the people for the everyday conversations.
 */
final class DemoCast {

  /** One demo person with their allocation. */
  record Member(PersonDetails details, UUID teamId, UUID workerId) {
    UUID id() {
      return details.id();
    }
  }

  final List<Member> everyone;
  final StaffMember practitioner;
  final StaffMember northManager;
  final StaffMember southPractitioner;
  final StaffMember southManager;
  final StaffMember partner;

  private final StaffAccounts staff;

  DemoCast(List<UUID> demoPeople, People people, PersonDirectory directory, StaffAccounts staff) {
    this.staff = staff;
    List<Member> members = new ArrayList<>();
    for (UUID id : demoPeople) {
      Optional<PersonDetails> details = people.find(id);
      Optional<PersonAllocation> allocation = directory.allocationOf(id);
      if (details.isPresent() && allocation.isPresent()) {
        members.add(
            new Member(details.get(), allocation.get().teamId(), allocation.get().workerId()));
      }
    }
    this.everyone = List.copyOf(members);
    this.practitioner = staff.loadUserByUsername("practitioner");
    this.northManager = staff.loadUserByUsername("manager");
    this.southPractitioner = staff.loadUserByUsername("practitioner2");
    this.southManager = staff.loadUserByUsername("manager2");
    this.partner = staff.loadUserByUsername("partner");
  }

  /** The people allocated to a worker, by surname, first name and date of birth. */
  List<Member> caseloadOf(StaffMember worker) {
    return everyone.stream()
        .filter(member -> worker.id().equals(member.workerId()))
        .sorted(
            Comparator.comparing((Member m) -> m.details().lastName())
                .thenComparing(m -> m.details().firstName())
                .thenComparing(
                    m -> m.details().dateOfBirth(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Member::id))
        .toList();
  }

  /**
   * People with a worker, other than the two practitioners' caseloads the stories use, in id order:
   * they get everyday conversations.
   */
  List<Member> everyday(int limit) {
    return everyone.stream()
        .filter(member -> member.workerId() != null)
        .filter(member -> !member.workerId().equals(practitioner.id()))
        .filter(member -> !member.workerId().equals(southPractitioner.id()))
        .sorted(Comparator.comparing(Member::id))
        .limit(limit)
        .toList();
  }

  /** The member of staff a person is allocated to. */
  StaffMember workerOf(Member member) {
    return staff
        .find(Objects.requireNonNull(member.workerId()))
        .map(summary -> staff.loadUserByUsername(summary.username()))
        .orElseThrow();
  }
}
