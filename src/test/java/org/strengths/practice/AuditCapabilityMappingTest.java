package org.strengths.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AuditCapabilityMappingTest {

  private final Statement personCentred = statement(Statement.KSS, "2");
  private final Statement planning = statement(Statement.KSS, "5");
  private final Statement context = statement(Statement.KSS, "8");
  private final Statement coProduced = statement(Statement.FRAMEWORK, "Kc");
  private final List<Statement> statements = List.of(personCentred, planning, context, coProduced);
  private final UUID sam = UUID.randomUUID();
  private final UUID grace = UUID.randomUUID();

  private static Statement statement(String framework, String code) {
    return new Statement(
        UUID.randomUUID(), framework, code, "title", 1, "source", null, null, null, null, 0);
  }

  @Test
  void everyKindOfEvidenceExceptNoneSpeaksToAStatementThatIsShipped() {
    List<String> shipped =
        List.of(
            "KSS 1",
            "KSS 2",
            "KSS 3",
            "KSS 4",
            "KSS 5",
            "KSS 6",
            "KSS 7",
            "KSS 8",
            "KSS 9",
            "KcVETS Kc",
            "KcVETS V",
            "KcVETS E",
            "KcVETS T",
            "KcVETS S");
    Arrays.stream(AuditEvidence.values())
        .filter(kind -> kind != AuditEvidence.NONE)
        .forEach(kind -> assertThat(AuditCapabilityMapping.STATEMENTS.get(kind)).isNotEmpty());
    assertThat(AuditCapabilityMapping.STATEMENTS.get(AuditEvidence.NONE)).isEmpty();
    AuditCapabilityMapping.STATEMENTS
        .values()
        .forEach(codes -> assertThat(shipped).containsAll(codes));
  }

  @Test
  void theOwnWordsQuestionCountsForPersonCentredPracticeAndCoProducedKnowledge() {
    Map<UUID, Map<UUID, CapabilityLevel>> levels =
        AuditCapabilityMapping.levels(
            List.of(new AuditCapabilityMapping.Scored(sam, AuditEvidence.OWN_WORDS, 2)),
            statements);

    assertThat(levels.get(sam)).containsOnlyKeys(personCentred.id(), coProduced.id());
    assertThat(levels.get(sam).get(personCentred.id())).isEqualTo(CapabilityLevel.audited(2, 1));
  }

  @Test
  void aStatementsLevelIsTheMeanOfItsScoresRoundedHalfUpWithHowManyScoresItCameFrom() {
    Map<UUID, Map<UUID, CapabilityLevel>> levels =
        AuditCapabilityMapping.levels(
            List.of(
                new AuditCapabilityMapping.Scored(sam, AuditEvidence.STRENGTHS, 2),
                new AuditCapabilityMapping.Scored(sam, AuditEvidence.S25, 3),
                new AuditCapabilityMapping.Scored(sam, AuditEvidence.HELP_MIX, 2),
                new AuditCapabilityMapping.Scored(sam, AuditEvidence.S94, 3),
                new AuditCapabilityMapping.Scored(grace, AuditEvidence.TIMELINESS, 1),
                new AuditCapabilityMapping.Scored(grace, AuditEvidence.TIMELINESS, 1),
                new AuditCapabilityMapping.Scored(grace, AuditEvidence.TIMELINESS, 2)),
            statements);

    CapabilityLevel samsPlanning = levels.get(sam).get(planning.id());
    assertThat(samsPlanning.points()).isEqualTo(3);
    assertThat(samsPlanning.scores()).isEqualTo(4);
    assertThat(samsPlanning.labelKey()).isEqualTo("development.capability.audit.3");
    assertThat(levels.get(grace).get(context.id()).points()).isEqualTo(1);
    assertThat(levels.get(grace)).doesNotContainKey(planning.id());
  }

  @Test
  void aQuestionShownBesideNoEvidenceGivesNoLevel() {
    assertThat(
            AuditCapabilityMapping.levels(
                List.of(new AuditCapabilityMapping.Scored(sam, AuditEvidence.NONE, 4)), statements))
        .isEmpty();
  }

  @Test
  void theMeanIsRoundedHalfUp() {
    assertThat(AuditCapabilityMapping.level(List.of(2, 3))).isEqualTo(3);
    assertThat(AuditCapabilityMapping.level(List.of(1, 2, 2))).isEqualTo(2);
    assertThat(AuditCapabilityMapping.level(List.of(1, 1, 2))).isEqualTo(1);
    assertThat(AuditCapabilityMapping.level(List.of(4))).isEqualTo(4);
  }
}
