package org.strengths.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CapabilityHeatmapTest {

  private final Statement personCentred = statement("2", "Person-centred practice");
  private final Statement skills = statement("S", "Skills");
  private final CapabilityHeatmap.Worker sam =
      new CapabilityHeatmap.Worker(UUID.randomUUID(), "Sam Okafor");
  private final CapabilityHeatmap.Worker grace =
      new CapabilityHeatmap.Worker(UUID.randomUUID(), "Grace \"G\" Evans");

  private static Statement statement(String code, String title) {
    return new Statement(
        UUID.randomUUID(), Statement.KSS, code, title, 1, "source", null, null, null, null, 0);
  }

  private CapabilityHeatmap heatmap() {
    return CapabilityHeatmap.of(
        List.of(personCentred, skills),
        List.of(sam, grace),
        Map.of(
            sam.id(),
            Map.of(
                personCentred.id(), SelfAssessmentRating.CAN_SUPPORT_OTHERS,
                skills.id(), SelfAssessmentRating.DEVELOPING),
            grace.id(),
            Map.of(personCentred.id(), SelfAssessmentRating.CONFIDENT)));
  }

  @Test
  void eachStatementHasACellPerWorkerAndCountsThoseConfidentOrBetter() {
    CapabilityHeatmap heatmap = heatmap();

    CapabilityHeatmap.Row first = heatmap.rows().get(0);
    assertThat(first.cells())
        .containsExactly(SelfAssessmentRating.CAN_SUPPORT_OTHERS, SelfAssessmentRating.CONFIDENT);
    assertThat(first.confident()).isEqualTo(2);
    assertThat(first.rated()).isEqualTo(2);
    CapabilityHeatmap.Row second = heatmap.rows().get(1);
    assertThat(second.cells()).containsExactly(SelfAssessmentRating.DEVELOPING, null);
    assertThat(second.confident()).isZero();
    assertThat(second.rated()).isEqualTo(1);
  }

  @Test
  void aTeamOfOneIsShownAsItIsWithNothingHidden() {
    CapabilityHeatmap alone =
        CapabilityHeatmap.of(
            List.of(personCentred),
            List.of(sam),
            Map.of(sam.id(), Map.of(personCentred.id(), SelfAssessmentRating.NOT_YET)));

    assertThat(alone.workers()).containsExactly(sam);
    assertThat(alone.rows().get(0).cells()).containsExactly(SelfAssessmentRating.NOT_YET);
  }

  @Test
  void theCsvHasTheWorkersAcrossAndEachLevelInNumberAndWords() {
    String csv = heatmap().csv(rating -> rating.name().toLowerCase());

    assertThat(Arrays.asList(csv.split("\r\n")))
        .containsExactly(
            "\"Statement\",\"Sam Okafor\",\"Grace \"\"G\"\" Evans\"",
            "\"KSS 2 Person-centred practice\",\"4 can_support_others\",\"3 confident\"",
            "\"KSS S Skills\",\"2 developing\",");
  }

  @Test
  void aCsvFieldASpreadsheetWouldTakeForAFormulaIsDefused() {
    assertThat(CapabilityHeatmap.quote("=HYPERLINK(\"x\")"))
        .isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
  }
}
