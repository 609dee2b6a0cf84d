package org.strengths.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AuditSituationTest {

  private static final LocalDate JUNE = LocalDate.of(2026, 6, 1);

  private static AuditSituation.Facts facts(
      String reason,
      String clientType,
      String unpaidCarer,
      List<LocalDate> crises,
      LocalDate agreed) {
    return new AuditSituation.Facts(reason, clientType, unpaidCarer, crises, agreed);
  }

  @Test
  void aPrimarySupportReasonMatchesOnlyTheReasonChosen() {
    AuditSituation.Facts mental = facts("Mental Health Support", null, null, List.of(), null);

    assertThat(AuditSituation.PRIMARY_SUPPORT_REASON.matches(mental, "Mental Health Support", JUNE))
        .isTrue();
    assertThat(
            AuditSituation.PRIMARY_SUPPORT_REASON.matches(
                mental, "Learning Disability Support", JUNE))
        .isFalse();
    assertThat(
            AuditSituation.PRIMARY_SUPPORT_REASON.matches(
                facts(null, null, null, List.of(), null), "Mental Health Support", JUNE))
        .isFalse();
  }

  @Test
  void peopleWhoGiveCareAreCarersAndCarersKnownByAssociation() {
    assertThat(
            AuditSituation.GIVES_CARE.matches(
                facts(null, "Carer", null, List.of(), null), null, JUNE))
        .isTrue();
    assertThat(
            AuditSituation.GIVES_CARE.matches(
                facts(null, "Carer known by association", null, List.of(), null), null, JUNE))
        .isTrue();
    assertThat(
            AuditSituation.GIVES_CARE.matches(
                facts(null, "Service User", "Yes", List.of(), null), null, JUNE))
        .isFalse();
    assertThat(
            AuditSituation.HAS_UNPAID_CARER.matches(
                facts(null, "Service User", "Yes", List.of(), null), null, JUNE))
        .isTrue();
    assertThat(
            AuditSituation.HAS_UNPAID_CARER.matches(
                facts(null, null, "Unknown", List.of(), null), null, JUNE))
        .isFalse();
  }

  @Test
  void aCrisisOrANewPlanCountsOnlyInTheAuditsMonth() {
    AuditSituation.Facts crisisOnTheLastDay =
        facts(null, null, null, List.of(LocalDate.of(2026, 6, 30)), null);
    AuditSituation.Facts crisisInMay =
        facts(null, null, null, List.of(LocalDate.of(2026, 5, 31)), null);

    assertThat(AuditSituation.CRISIS.matches(crisisOnTheLastDay, null, JUNE)).isTrue();
    assertThat(AuditSituation.CRISIS.matches(crisisInMay, null, JUNE)).isFalse();
    assertThat(
            AuditSituation.NEW_LONG_TERM_SUPPORT.matches(
                facts(null, null, null, List.of(), LocalDate.of(2026, 6, 1)), null, JUNE))
        .isTrue();
    assertThat(
            AuditSituation.NEW_LONG_TERM_SUPPORT.matches(
                facts(null, null, null, List.of(), LocalDate.of(2026, 7, 1)), null, JUNE))
        .isFalse();
    assertThat(
            AuditSituation.NEW_LONG_TERM_SUPPORT.matches(
                facts(null, null, null, List.of(), null), null, JUNE))
        .isFalse();
  }

  @Test
  void aSituationSetUpNeedsItsKindAndAPrimarySupportReasonItsReason() {
    AuditForms.Setup form = new AuditForms.Setup();
    form.setTemplate(UUID.randomUUID().toString());
    form.setTeam(UUID.randomUUID().toString());
    form.setMonth("2026-06");
    form.setSampling("SITUATION");
    form.setAuditor(UUID.randomUUID().toString());
    form.setModerator(UUID.randomUUID().toString());
    List<AuditRules.Setup> into = new ArrayList<>();

    assertThat(AuditRules.check(form, LocalDate.of(2026, 7, 14), into))
        .isEqualTo(Map.of("situation", "audit.error.situation"));
    form.setSituation("PRIMARY_SUPPORT_REASON");
    assertThat(AuditRules.check(form, LocalDate.of(2026, 7, 14), into))
        .isEqualTo(Map.of("reason", "audit.error.reason"));
    form.setReason("Mental Health Support");
    form.setSeed("42");
    assertThat(AuditRules.check(form, LocalDate.of(2026, 7, 14), into)).isEmpty();
    assertThat(into.get(0).situation()).isEqualTo(AuditSituation.PRIMARY_SUPPORT_REASON);
    assertThat(into.get(0).situationDetail()).isEqualTo("Mental Health Support");
    assertThat(into.get(0).seed()).isEqualTo(42L);
  }

  @Test
  void theSameFrameAndSeedAlwaysDrawTheSameSampleWhateverOrderTheFrameCameIn() {
    List<UUID> frame = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      frame.add(UUID.randomUUID());
    }
    List<UUID> reversed = new ArrayList<>(frame);
    java.util.Collections.reverse(reversed);

    assertThat(AuditSampling.draw(reversed, 42L, 3))
        .containsExactlyElementsOf(AuditSampling.draw(frame, 42L, 3));
  }
}
