package org.strengths.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.strengths.platform.chart.BarChart;

class QualityRulesTest {

  @Test
  void theCoachCountsFlagsAndWordsOfThePractitionersTextOnly() {
    QualityRules.Counted counted =
        QualityRules.coach(
            Arrays.asList("She refuses the package of care", null, "  ", "Walks to the shop"),
            text ->
                (text.contains("refuses") ? 1 : 0) + (text.contains("package of care") ? 1 : 0));
    assertThat(counted).isEqualTo(new QualityRules.Counted(2, 10));
  }

  @Test
  void aShareIsWorkedOutFromItsNumeratorAndDenominator() {
    assertThat(QualityRules.figure(QualityMeasure.OWN_WORDS, 5, 10, 10, null).text())
        .isEqualTo("50");
    assertThat(QualityRules.figure(QualityMeasure.STRENGTHS_USED, 2, 19, 10, null).text())
        .isEqualTo("10.5");
    assertThat(QualityRules.figure(QualityMeasure.COACH_FLAGS, 3, 91, 10, null).text())
        .isEqualTo("33.0");
    assertThat(
            QualityRules.figure(QualityMeasure.STRENGTHS_PER_CONVERSATION, 19, 10, 10, null).text())
        .isEqualTo("1.9");
    assertThat(QualityRules.figure(QualityMeasure.DAYS_TO_PLAN, 0, 6, 6, 7).text()).isEqualTo("7");
  }

  @Test
  void aFigureWorkedOutFromOneToFourIsSuppressedButZeroIsNot() {
    for (int base = 1; base <= 4; base++) {
      assertThat(QualityRules.figure(QualityMeasure.DAYS_TO_CONVERSATION, 0, base, base, 3))
          .isEqualTo(QualityRules.Figure.HIDDEN);
      assertThat(QualityRules.figure(QualityMeasure.COACH_FLAGS, 0, 400, base, null).text())
          .isEqualTo("[c]");
    }
    assertThat(QualityRules.figure(QualityMeasure.OWN_WORDS, 0, 0, 0, null))
        .isEqualTo(QualityRules.Figure.NONE);
    assertThat(QualityRules.figure(QualityMeasure.OWN_WORDS, 0, 5, 5, null).text()).isEqualTo("0");
  }

  @Test
  void aShareOfConversationsOrPlansIsSuppressedWhenItsCountOrTheRestIsOneToFour() {
    assertThat(QualityRules.figure(QualityMeasure.OWN_WORDS, 3, 40, 40, null).suppressed())
        .isTrue();
    assertThat(QualityRules.figure(QualityMeasure.NETWORK_COMMUNITY, 38, 40, 40, null).suppressed())
        .isTrue();
    assertThat(QualityRules.figure(QualityMeasure.NETWORK_COMMUNITY, 40, 40, 40, null).text())
        .isEqualTo("100");
    // Strengths are not people: only the plans they are worked from are checked.
    assertThat(QualityRules.figure(QualityMeasure.STRENGTHS_USED, 3, 40, 10, null).text())
        .isEqualTo("7.5");
  }

  @Test
  void theReportKeepsNoNumbersBehindASuppressedFigureAndFillsEmptyMonths() {
    QualityReport report =
        QualityReport.of(
            YearMonth.of(2026, 7),
            3,
            List.of(
                new QualityReport.Row(
                    QualityMeasure.OWN_WORDS, LocalDate.of(2026, 6, 1), 2, 3, 3, null),
                new QualityReport.Row(
                    QualityMeasure.OWN_WORDS, LocalDate.of(2026, 7, 1), 6, 8, 8, null)));
    QualityReport.Series ownWords = report.series().get(0);
    assertThat(report.months())
        .containsExactly(YearMonth.of(2026, 5), YearMonth.of(2026, 6), YearMonth.of(2026, 7));
    assertThat(ownWords.points().get(0).figure()).isEqualTo(QualityRules.Figure.NONE);
    assertThat(ownWords.points().get(1).figure().text()).isEqualTo("[c]");
    assertThat(ownWords.points().get(1).numeratorText()).isEmpty();
    assertThat(ownWords.points().get(1).baseText()).isEmpty();
    // 6 of 8: the rest is 2, so it is suppressed too.
    assertThat(ownWords.points().get(2).figure().suppressed()).isTrue();
    assertThat(ownWords.anyShown()).isFalse();
    assertThat(ownWords.anySuppressed()).isTrue();
  }

  @Test
  void aChartDrawsNoBarForASuppressedMonthAndMarksIt() {
    BarChart chart =
        BarChart.of(
            "c",
            "Own words",
            "Same as the table",
            List.of("May 26", "Jun 26", "Jul 26"),
            List.of(
                QualityRules.Figure.NONE,
                QualityRules.Figure.HIDDEN,
                new QualityRules.Figure(40.0, false)));
    assertThat(chart.axisMax()).isEqualTo("50");
    assertThat(chart.bars().get(1).height()).isZero();
    assertThat(chart.bars().get(1).suppressed()).isTrue();
    assertThat(chart.bars().get(2).height()).isEqualTo(147.2);
  }
}
