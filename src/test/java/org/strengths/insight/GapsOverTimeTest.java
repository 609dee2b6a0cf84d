package org.strengths.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GapsOverTimeTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 7, 15);

  @Test
  void aNeedIsOpenFromTheDayItIsRecordedUntilTheDayItIsMet() {
    GapsOverTime.Gap gap =
        new GapsOverTime.Gap("SERVICE", "LS7", LocalDate.of(2026, 1, 31), LocalDate.of(2026, 3, 1));

    assertThat(gap.openAt(LocalDate.of(2026, 1, 30))).isFalse();
    assertThat(gap.openAt(LocalDate.of(2026, 1, 31))).isTrue();
    assertThat(gap.openAt(LocalDate.of(2026, 2, 28))).isTrue();
    assertThat(gap.openAt(LocalDate.of(2026, 3, 1))).isFalse();
  }

  @Test
  void eachMonthCountsWhatWasRecordedAndMetInItAndWhatWasOpenAtItsEndHidingOneToFour() {
    List<GapsOverTime.Gap> gaps = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      gaps.add(
          new GapsOverTime.Gap(
              "ASSOCIATION",
              "LS7",
              LocalDate.of(2026, 6, 1),
              i == 0 ? LocalDate.of(2026, 7, 2) : null));
    }

    GapsOverTime.Figures figures =
        GapsOverTime.of(gaps, YearMonth.of(2026, 5), YearMonth.of(2026, 7), TODAY);

    assertThat(figures.months())
        .extracting(
            line -> line.key(),
            line -> line.recorded().text(),
            line -> line.closed().text(),
            line -> line.open().text())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("2026-05", "0", "0", "0"),
            org.assertj.core.groups.Tuple.tuple("2026-06", "5", "0", "5"),
            org.assertj.core.groups.Tuple.tuple("2026-07", "0", "[c]", "[c]"));
    assertThat(figures.kinds()).extracting(GapsOverTime.Line::key).containsExactly("ASSOCIATION");
    assertThat(figures.open().text()).isEqualTo("[c]");
  }

  @Test
  void useIsListedForEveryMonthAndTheKindsInTheDirectorysOrderWithOneToFourHidden() {
    CommunityUse.Figures figures =
        CommunityUse.of(
            YearMonth.of(2026, 5),
            YearMonth.of(2026, 6),
            Map.of(YearMonth.of(2026, 6), new CommunityUse.Counts(7, 4, 0)),
            Map.of(
                "SERVICE",
                new CommunityUse.Counts(6, 4, 0),
                "ASSOCIATION",
                new CommunityUse.Counts(1, 0, 0)),
            Map.of("2026-06 SERVICE", new CommunityUse.Counts(6, 4, 0)),
            new CommunityUse.Counts(7, 4, 0));

    assertThat(figures.months())
        .extracting(l -> l.key() + " " + l.made().text() + " " + l.accepted().text())
        .containsExactly("2026-05 0 0", "2026-06 7 [c]");
    assertThat(figures.kinds())
        .extracting(l -> l.key() + " " + l.made().text())
        .containsExactly("ASSOCIATION [c]", "SERVICE 6");
    assertThat(figures.cells()).extracting(CommunityUse.Cell::kind).containsExactly("SERVICE");
  }
}
