package org.strengths.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
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
  private final CapabilityHeatmap.Source self =
      new CapabilityHeatmap.Source("self-assessment", "name.self", "Self");
  private final CapabilityHeatmap.Source audit =
      new CapabilityHeatmap.Source("audit", "name.audit", "Audit");

  private static Statement statement(String code, String title) {
    return new Statement(
        UUID.randomUUID(), Statement.KSS, code, title, 1, "source", null, null, null, null, 0);
  }

  private CapabilityHeatmap heatmap() {
    Map<CapabilityHeatmap.Source, Map<UUID, Map<UUID, CapabilityLevel>>> levels =
        new LinkedHashMap<>();
    levels.put(
        self,
        Map.of(
            sam.id(),
            Map.of(
                personCentred.id(), CapabilityLevel.of(SelfAssessmentRating.CAN_SUPPORT_OTHERS),
                skills.id(), CapabilityLevel.of(SelfAssessmentRating.DEVELOPING)),
            grace.id(),
            Map.of(personCentred.id(), CapabilityLevel.of(SelfAssessmentRating.CONFIDENT))));
    levels.put(audit, Map.of(sam.id(), Map.of(personCentred.id(), CapabilityLevel.audited(2, 3))));
    return CapabilityHeatmap.of(List.of(personCentred, skills), List.of(sam, grace), levels);
  }

  private static Integer points(CapabilityHeatmap.Entry entry) {
    return entry.level() == null ? null : entry.level().points();
  }

  @Test
  void eachCellShowsTheSelfAssessmentAndTheAuditSideBySideInTheSourcesOrder() {
    CapabilityHeatmap.Row first = heatmap().rows().get(0);

    CapabilityHeatmap.Cell sams = first.cells().get(0);
    assertThat(sams.entries())
        .extracting(CapabilityHeatmap.Entry::source)
        .containsExactly(self, audit);
    assertThat(sams.entries()).extracting(CapabilityHeatmapTest::points).containsExactly(4, 2);
    assertThat(sams.entries().get(1).level().labelKey())
        .isEqualTo("development.capability.audit.2");
    assertThat(sams.entries().get(1).level().scores()).isEqualTo(3);
    CapabilityHeatmap.Cell graces = first.cells().get(1);
    assertThat(graces.entries()).extracting(CapabilityHeatmapTest::points).containsExactly(3, null);
  }

  @Test
  void eachStatementCountsThoseConfidentOrBetterPerSource() {
    CapabilityHeatmap.Row first = heatmap().rows().get(0);

    assertThat(first.summaries())
        .containsExactly(
            new CapabilityHeatmap.Summary(self, 2, 2), new CapabilityHeatmap.Summary(audit, 0, 1));
    CapabilityHeatmap.Row second = heatmap().rows().get(1);
    assertThat(second.summaries())
        .containsExactly(
            new CapabilityHeatmap.Summary(self, 0, 1), new CapabilityHeatmap.Summary(audit, 0, 0));
  }

  @Test
  void aTeamOfOneIsShownAsItIsWithNothingHidden() {
    CapabilityHeatmap alone =
        CapabilityHeatmap.of(
            List.of(personCentred),
            List.of(sam),
            Map.of(
                self,
                Map.of(
                    sam.id(),
                    Map.of(personCentred.id(), CapabilityLevel.of(SelfAssessmentRating.NOT_YET)))));

    assertThat(alone.workers()).containsExactly(sam);
    assertThat(alone.rows().get(0).cells().get(0).entries())
        .extracting(CapabilityHeatmapTest::points)
        .containsExactly(1);
  }

  @Test
  void theCsvHasAColumnPerWorkerAndSourceAndEachLevelInNumberAndWords() {
    String csv = heatmap().csv(key -> key.replace("development.", ""));

    assertThat(Arrays.asList(csv.split("\r\n")))
        .containsExactly(
            "Statement,Sam Okafor: Self,Sam Okafor: Audit,"
                + "\"Grace \"\"G\"\" Evans: Self\",\"Grace \"\"G\"\" Evans: Audit\"",
            "KSS 2 Person-centred practice,4 rating.CAN_SUPPORT_OTHERS,"
                + "2 capability.audit.2,3 rating.CONFIDENT,",
            "KSS S Skills,2 rating.DEVELOPING,,,");
  }
}
