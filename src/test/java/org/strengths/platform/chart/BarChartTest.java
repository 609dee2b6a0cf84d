package org.strengths.platform.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BarChartTest {

  record Figure(Double value, boolean suppressed) implements PublishedFigure {}

  static Figure of(double value) {
    return new Figure(value, false);
  }

  static final Figure NONE = new Figure(null, false);
  static final Figure HIDDEN = new Figure(null, true);

  static BarChart chart(List<Figure> figures) {
    List<String> labels = IntStream.range(0, figures.size()).mapToObj(i -> "L" + i).toList();
    return BarChart.of("c", "Title", "Description", labels, figures);
  }

  @Test
  void theScaleTopsOutAtOneTwoTwoAndAHalfOrFiveTimesAPowerOfTen() {
    assertThat(BarChart.niceCeiling(7)).isEqualTo(10);
    assertThat(BarChart.niceCeiling(10)).isEqualTo(10);
    assertThat(BarChart.niceCeiling(11)).isEqualTo(20);
    assertThat(BarChart.niceCeiling(21)).isEqualTo(25);
    assertThat(BarChart.niceCeiling(26)).isEqualTo(50);
    assertThat(BarChart.niceCeiling(51)).isEqualTo(100);
    assertThat(BarChart.niceCeiling(1000)).isEqualTo(1000);
    assertThat(BarChart.niceCeiling(1001)).isEqualTo(2000);
    assertThat(BarChart.niceCeiling(0.3))
        .isEqualTo(0.5, org.assertj.core.data.Offset.offset(1e-12));
  }

  @Test
  void theAxisWritesTheTopOfTheScaleWithoutNeedlessDecimals() {
    assertThat(chart(List.of(of(7), of(3))).axisMax()).isEqualTo("10");
    assertThat(chart(List.of(of(2400))).axisMax()).isEqualTo("2500");
    assertThat(chart(List.of(of(2.2))).axisMax()).isEqualTo("2.5");
    assertThat(chart(List.of(of(0.21))).axisMax()).isEqualTo("0.25");
    assertThat(chart(List.of(of(0.03))).axisMax()).isEqualTo("0.05");
  }

  @Test
  void aBarIsAsTallAsItsShareOfTheScale() {
    BarChart chart = chart(List.of(of(7), of(10)));

    assertThat(chart.bars().get(0).height()).isEqualTo(128.8); // 7/10 of 184
    assertThat(chart.bars().get(0).y()).isEqualTo(71.2);
    assertThat(chart.bars().get(1).height()).isEqualTo(184);
    assertThat(chart.bars().get(1).y()).isEqualTo(BarChart.TOP);
    assertThat(chart.bars().get(0).value()).isEqualTo("7");
  }

  @Test
  void anEmptySeriesDrawsNoBarsOnAScaleOfOne() {
    BarChart chart = chart(Collections.emptyList());

    assertThat(chart.bars()).isEmpty();
    assertThat(chart.axisMax()).isEqualTo("1");
  }

  @Test
  void allZeroOrNothingToShowDrawsNoBarsOnAScaleOfOne() {
    BarChart chart = chart(List.of(of(0), NONE, of(0)));

    assertThat(chart.axisMax()).isEqualTo("1");
    assertThat(chart.bars()).allSatisfy(bar -> assertThat(bar.height()).isZero());
    assertThat(chart.bars()).extracting(BarChart.Bar::value).containsExactly("0", "", "0");
    assertThat(chart.bars()).noneMatch(BarChart.Bar::suppressed);
  }

  @Test
  void oneFigureIsOneCentredBarToTheTopOfItsScale() {
    BarChart chart = chart(List.of(of(40)));

    assertThat(chart.axisMax()).isEqualTo("50");
    BarChart.Bar bar = chart.bars().get(0);
    assertThat(bar.width()).isEqualTo(448); // 70% of 640
    assertThat(bar.x()).isEqualTo(96);
    assertThat(bar.height()).isEqualTo(147.2); // 40/50 of 184
    assertThat(chart.labelled(0)).isTrue();
  }

  @Test
  void aSuppressedFigureDrawsNoBarIsMarkedAndDoesNotSetTheScale() {
    BarChart chart = chart(List.of(NONE, HIDDEN, of(40)));

    assertThat(chart.axisMax()).isEqualTo("50");
    assertThat(chart.bars().get(1).height()).isZero();
    assertThat(chart.bars().get(1).suppressed()).isTrue();
    assertThat(chart.bars().get(1).value()).isEqualTo("[c]");
    assertThat(chart.bars().get(0).suppressed()).isFalse();
    assertThat(chart.bars().get(0).value()).isEmpty();
  }

  @Test
  void everyBarIsLabelledWhenThereAreFewAndOnlyTheFirstAndLastWhenThereAreMany() {
    BarChart few = chart(Collections.nCopies(8, of(1)));
    BarChart many = chart(Collections.nCopies(12, of(1)));

    assertThat(IntStream.range(0, 8).allMatch(few::labelled)).isTrue();
    assertThat(IntStream.range(0, 12).filter(many::labelled)).containsExactly(0, 11);
    assertThat(IntStream.range(0, 12).filter(many.labelEvery(3)::labelled))
        .containsExactly(0, 3, 6, 9, 11);
  }

  @Test
  void aFigureWithoutALabelIsAMistakeNotAShortChart() {
    assertThatThrownBy(() -> BarChart.of("c", "T", "D", List.of("a"), List.of(of(1), of(2))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aFigureIsWrittenWithOneDecimalPlaceAtMostOrCWhenSuppressed() {
    assertThat(of(12).text()).isEqualTo("12");
    assertThat(of(2.46).text()).isEqualTo("2.5");
    assertThat(HIDDEN.text()).isEqualTo("[c]");
    assertThat(NONE.text()).isEmpty();
    assertThat(NONE.shown()).isFalse();
    assertThat(HIDDEN.shown()).isFalse();
    assertThat(of(0).shown()).isTrue();
  }
}
