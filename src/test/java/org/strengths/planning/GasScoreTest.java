package org.strengths.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.strengths.planning.GasScore.Goal;

class GasScoreTest {

  @Test
  void threeEquallyWeightedGoalsScoringZeroPlusOneAndMinusOneGiveFifty() {
    assertThat(GasScore.tScore(List.of(new Goal(1, 0), new Goal(1, 1), new Goal(1, -1))))
        .contains(new BigDecimal("50.0"));
  }

  @Test
  void twoGoalsBothAPointAboveExpectedGiveSixtyTwoPointFour() {
    assertThat(GasScore.tScore(List.of(new Goal(1, 1), new Goal(1, 1))))
        .contains(new BigDecimal("62.4"));
  }

  @Test
  void goalsMetExactlyAsExpectedGiveFiftyWhateverTheirWeights() {
    assertThat(GasScore.tScore(List.of(new Goal(3, 0), new Goal(1, 0))))
        .contains(new BigDecimal("50.0"));
  }

  @Test
  void weightsCountTowardsTheScore() {
    // 50 + 10·(2·2 − 1·1) / √(0.7·(4+1) + 0.3·9) = 50 + 30/√6.2
    assertThat(GasScore.tScore(List.of(new Goal(2, 2), new Goal(1, -1))))
        .contains(new BigDecimal("62.0"));
  }

  @Test
  void oneGoalMuchLessThanExpectedGivesThirty() {
    assertThat(GasScore.tScore(List.of(new Goal(1, -2)))).contains(new BigDecimal("30.0"));
  }

  @Test
  void takesAnotherInterGoalCorrelationWhenAsked() {
    // ρ = 0: 50 + 10·2/√2
    assertThat(GasScore.tScore(List.of(new Goal(1, 1), new Goal(1, 1)), 0))
        .contains(new BigDecimal("64.1"));
  }

  @Test
  void hasNoScoreWithoutScoredGoals() {
    assertThat(GasScore.tScore(List.of())).isEmpty();
  }

  @Test
  void refusesScoresOutsideMinusTwoToPlusTwoAndWeightsOutsideOneToFour() {
    assertThatThrownBy(() -> new Goal(1, 3)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Goal(1, -3)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Goal(0, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Goal(5, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> GasScore.tScore(List.of(new Goal(1, 1)), 1.0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
