package org.strengths.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.strengths.access.Role;
import org.strengths.access.StaffMember;

class SelfAssessmentAccessTest {

  private final UUID north = UUID.randomUUID();
  private final UUID south = UUID.randomUUID();
  private final StaffMember worker = staff(Role.PRACTITIONER, north);
  private final StaffMember manager = staff(Role.MANAGER, north);
  private final StaffMember colleague = staff(Role.PRACTITIONER, north);
  private final StaffMember otherManager = staff(Role.MANAGER, south);
  private final StaffMember psw = staff(Role.PRINCIPAL_SOCIAL_WORKER, null);
  private final StaffMember admin = staff(Role.ADMIN, null);
  private final StaffMember analyst = staff(Role.ANALYST, null);

  private static StaffMember staff(Role role, UUID team) {
    UUID id = UUID.randomUUID();
    return StaffMember.of(id, "u" + id, "Name", role, team);
  }

  private boolean reads(StaffMember who) {
    return SelfAssessmentAccess.mayRead(who, worker.id(), Role.PRACTITIONER, north);
  }

  @Test
  void aSelfAssessmentIsReadByTheWorkerTheirTeamManagerAndThePrincipalSocialWorkerOnly() {
    assertThat(reads(worker)).isTrue();
    assertThat(reads(manager)).isTrue();
    assertThat(reads(psw)).isTrue();
    assertThat(reads(colleague)).isFalse();
    assertThat(reads(otherManager)).isFalse();
    assertThat(reads(admin)).isFalse();
    assertThat(reads(analyst)).isFalse();
  }

  @Test
  void onlyThePractitionerThemselfAddsToTheirDevelopmentRecord() {
    assertThat(SelfAssessmentAccess.mayRecord(worker, worker.id(), Role.PRACTITIONER)).isTrue();
    assertThat(SelfAssessmentAccess.mayRecord(manager, worker.id(), Role.PRACTITIONER)).isFalse();
    assertThat(SelfAssessmentAccess.mayRecord(psw, worker.id(), Role.PRACTITIONER)).isFalse();
    assertThat(SelfAssessmentAccess.mayRecord(colleague, worker.id(), Role.PRACTITIONER)).isFalse();
    assertThat(SelfAssessmentAccess.mayRecord(manager, manager.id(), Role.MANAGER)).isFalse();
  }

  @Test
  void aTeamsCapabilityIsSeenByItsManagerAndThePrincipalSocialWorker() {
    assertThat(SelfAssessmentAccess.maySeeCapabilityOf(manager, north)).isTrue();
    assertThat(SelfAssessmentAccess.maySeeCapabilityOf(psw, north)).isTrue();
    assertThat(SelfAssessmentAccess.maySeeCapabilityOf(psw, south)).isTrue();
    assertThat(SelfAssessmentAccess.maySeeCapabilityOf(otherManager, north)).isFalse();
    assertThat(SelfAssessmentAccess.maySeeCapabilityOf(worker, north)).isFalse();
    assertThat(SelfAssessmentAccess.maySeeCapabilityOf(admin, north)).isFalse();
  }

  @Test
  void theStatementsWordingIsLoadedByAnAdministratorOrThePrincipalSocialWorker() {
    assertThat(SelfAssessmentAccess.mayLoadWording(admin)).isTrue();
    assertThat(SelfAssessmentAccess.mayLoadWording(psw)).isTrue();
    assertThat(SelfAssessmentAccess.mayLoadWording(manager)).isFalse();
    assertThat(SelfAssessmentAccess.mayLoadWording(worker)).isFalse();
  }
}
