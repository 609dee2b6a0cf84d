package org.strengths.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.strengths.access.Role;
import org.strengths.access.StaffMember;

class SupervisionAccessTest {

  private final UUID north = UUID.randomUUID();
  private final UUID south = UUID.randomUUID();
  private final StaffMember supervisee = staff(Role.PRACTITIONER, north);
  private final StaffMember supervisor = staff(Role.MANAGER, north);
  private final StaffMember colleague = staff(Role.PRACTITIONER, north);
  private final StaffMember otherManager = staff(Role.MANAGER, south);
  private final StaffMember psw = staff(Role.PRINCIPAL_SOCIAL_WORKER, null);
  private final StaffMember admin = staff(Role.ADMIN, null);

  private static StaffMember staff(Role role, UUID team) {
    UUID id = UUID.randomUUID();
    return StaffMember.of(id, "u" + id, "Name", role, team);
  }

  private boolean reads(StaffMember who) {
    return SupervisionAccess.mayReadNotes(who, supervisee.id(), supervisor.id());
  }

  @Test
  void notesAreReadByTheSuperviseeTheSupervisorAndThePrincipalSocialWorkerOnly() {
    assertThat(reads(supervisee)).isTrue();
    assertThat(reads(supervisor)).isTrue();
    assertThat(reads(psw)).isTrue();
    assertThat(reads(colleague)).isFalse();
    assertThat(reads(otherManager)).isFalse();
    assertThat(reads(admin)).isFalse();
  }

  @Test
  void onlyTheSupervisorChangesNotesNotTheSuperviseeNorThePrincipalSocialWorker() {
    assertThat(SupervisionAccess.mayChange(supervisor, supervisor.id())).isTrue();
    assertThat(SupervisionAccess.mayChange(supervisee, supervisor.id())).isFalse();
    assertThat(SupervisionAccess.mayChange(psw, supervisor.id())).isFalse();
    assertThat(SupervisionAccess.mayChange(otherManager, supervisor.id())).isFalse();
  }

  @Test
  void aTeamManagerRecordsSupervisionOnlyForPractitionersInTheirOwnTeam() {
    assertThat(SupervisionAccess.manages(supervisor, Role.PRACTITIONER, north)).isTrue();
    assertThat(SupervisionAccess.manages(otherManager, Role.PRACTITIONER, north)).isFalse();
    assertThat(SupervisionAccess.manages(supervisor, Role.MANAGER, north)).isFalse();
    assertThat(SupervisionAccess.manages(psw, Role.PRACTITIONER, north)).isFalse();
    assertThat(SupervisionAccess.manages(colleague, Role.PRACTITIONER, north)).isFalse();
  }

  @Test
  void aWorkersListOfSessionsIsSeenByThemTheirManagerAndThePrincipalSocialWorker() {
    assertThat(
            SupervisionAccess.maySeeSessionsOf(
                supervisee, supervisee.id(), Role.PRACTITIONER, north))
        .isTrue();
    assertThat(
            SupervisionAccess.maySeeSessionsOf(
                supervisor, supervisee.id(), Role.PRACTITIONER, north))
        .isTrue();
    assertThat(SupervisionAccess.maySeeSessionsOf(psw, supervisee.id(), Role.PRACTITIONER, north))
        .isTrue();
    assertThat(
            SupervisionAccess.maySeeSessionsOf(
                colleague, supervisee.id(), Role.PRACTITIONER, north))
        .isFalse();
    assertThat(
            SupervisionAccess.maySeeSessionsOf(
                otherManager, supervisee.id(), Role.PRACTITIONER, north))
        .isFalse();
  }
}
