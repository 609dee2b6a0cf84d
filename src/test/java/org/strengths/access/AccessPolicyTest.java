package org.strengths.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class AccessPolicyTest {

  private final UUID north = UUID.randomUUID();
  private final UUID south = UUID.randomUUID();
  private final StaffMember worker = staff(Role.PRACTITIONER, south);
  private final PersonAllocation allocatedToWorkerInNorth =
      new PersonAllocation(UUID.randomUUID(), north, worker.id());
  private final PersonAllocation allocatedToNorth =
      new PersonAllocation(UUID.randomUUID(), north, null);

  @Test
  void letsTheAllocatedWorkerSeeThePersonEvenFromAnotherTeam() {
    assertThat(AccessPolicy.basis(worker, allocatedToWorkerInNorth, false))
        .contains(AccessBasis.ALLOCATED_WORKER);
  }

  @Test
  void letsAMemberOfTheAllocatedTeamSeeThePerson() {
    assertThat(AccessPolicy.basis(staff(Role.PRACTITIONER, north), allocatedToNorth, false))
        .contains(AccessBasis.TEAM_MEMBER);
  }

  @Test
  void letsTheManagerOfTheAllocatedTeamSeeThePerson() {
    assertThat(AccessPolicy.basis(staff(Role.MANAGER, north), allocatedToNorth, false))
        .contains(AccessBasis.TEAM_MANAGER);
  }

  @Test
  void refusesAPractitionerOfAnotherTeam() {
    assertThat(AccessPolicy.basis(staff(Role.PRACTITIONER, south), allocatedToNorth, false))
        .isEmpty();
  }

  @Test
  void refusesAManagerOfAnotherTeam() {
    assertThat(AccessPolicy.basis(staff(Role.MANAGER, south), allocatedToNorth, false)).isEmpty();
  }

  @Test
  void refusesAPersonAllocatedToNoTeamToEveryoneButTheirWorker() {
    PersonAllocation unallocated = new PersonAllocation(UUID.randomUUID(), null, null);
    assertThat(AccessPolicy.basis(staff(Role.PRACTITIONER, north), unallocated, false)).isEmpty();
  }

  @Test
  void refusesAnalystsAndAdministratorsEvenInsideTheTeam() {
    assertThat(AccessPolicy.basis(staff(Role.ANALYST, north), allocatedToNorth, false)).isEmpty();
    assertThat(AccessPolicy.basis(staff(Role.ADMIN, north), allocatedToNorth, false)).isEmpty();
  }

  @Test
  void refusesAnalystsAndAdministratorsEvenAfterBreakingTheGlass() {
    assertThat(AccessPolicy.basis(staff(Role.ANALYST, null), allocatedToNorth, true)).isEmpty();
    assertThat(AccessPolicy.basis(staff(Role.ADMIN, null), allocatedToNorth, true)).isEmpty();
  }

  @Test
  void onlyPractitionersAndManagersMayBreakTheGlass() {
    assertThat(AccessPolicy.mayBreakGlass(staff(Role.PRACTITIONER, south))).isTrue();
    assertThat(AccessPolicy.mayBreakGlass(staff(Role.MANAGER, south))).isTrue();
    assertThat(AccessPolicy.mayBreakGlass(staff(Role.ANALYST, null))).isFalse();
    assertThat(AccessPolicy.mayBreakGlass(staff(Role.ADMIN, null))).isFalse();
  }

  @Test
  void letsSomeoneWithoutARelationshipSeeThePersonOnceTheyHaveBrokenTheGlass() {
    assertThat(AccessPolicy.basis(staff(Role.PRACTITIONER, south), allocatedToNorth, true))
        .contains(AccessBasis.BREAK_GLASS);
  }

  @Test
  void prefersTheWorkingRelationshipOverBreakGlass() {
    assertThat(AccessPolicy.basis(staff(Role.PRACTITIONER, north), allocatedToNorth, true))
        .contains(AccessBasis.TEAM_MEMBER);
  }

  private static StaffMember staff(Role role, UUID teamId) {
    UUID id = UUID.randomUUID();
    return StaffMember.of(id, "user-" + id, "Someone", role, teamId);
  }
}
