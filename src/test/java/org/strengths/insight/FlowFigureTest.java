package org.strengths.insight;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.strengths.platform.chart.BarChart;

class FlowFigureTest {

  @Test
  void countsFromOneToFourAreHiddenAndZeroAndFiveAreShown() {
    assertThat(FlowFigure.count(0).text()).isEqualTo("0");
    assertThat(FlowFigure.count(1).text()).isEqualTo("[c]");
    assertThat(FlowFigure.count(4).text()).isEqualTo("[c]");
    assertThat(FlowFigure.count(5).text()).isEqualTo("5");
  }

  @Test
  void aShareIsHiddenWhenThePartTheWholeOrTheRestIsOneToFour() {
    assertThat(FlowFigure.share(5, 10).text()).isEqualTo("50");
    assertThat(FlowFigure.share(4, 10).text()).isEqualTo("[c]");
    assertThat(FlowFigure.share(6, 10).text()).isEqualTo("[c]");
    assertThat(FlowFigure.share(0, 3).text()).isEqualTo("[c]");
    assertThat(FlowFigure.share(0, 5).text()).isEqualTo("0");
    assertThat(FlowFigure.share(10, 10).text()).isEqualTo("100");
    assertThat(FlowFigure.share(0, 0).text()).isEmpty();
  }

  @Test
  void aRateOrMedianFromOneToFourPeopleIsHidden() {
    assertThat(FlowFigure.rate(4, 2).text()).isEqualTo("[c]");
    assertThat(FlowFigure.rate(5, 2).text()).isEqualTo("2.5");
    assertThat(FlowFigure.of(12, 4).text()).isEqualTo("[c]");
    assertThat(FlowFigure.of(12, 5).text()).isEqualTo("12");
    assertThat(FlowFigure.of(null, 0).text()).isEmpty();
  }

  @Test
  void theChartScalesToATidyMaximumAndDrawsNoBarForAHiddenFigure() {
    BarChart chart =
        BarChart.of(
            "c",
            "Title",
            "Description",
            java.util.List.of("a", "b"),
            java.util.List.of(FlowFigure.count(7), FlowFigure.count(3)));
    assertThat(chart.axisMax()).isEqualTo("10");
    assertThat(chart.bars().get(0).height()).isEqualTo(128.8); // 7/10 of 184
    assertThat(chart.bars().get(1).height()).isZero();
    assertThat(chart.bars().get(1).value()).isEqualTo("[c]");
  }

  @Test
  void filtersLeftBlankOrTamperedWithMeanEveryone() {
    assertThat(FlowFilters.of(null, null, null, null, null, null).any()).isFalse();
    assertThat(FlowFilters.of("not-an-id", " ", "", "ninety", null, null).any()).isFalse();
    assertThat(FlowFilters.of(null, "ls6", null, "85+", null, null))
        .isEqualTo(new FlowFilters(null, "LS6", null, "85+", null, null));
  }
}
