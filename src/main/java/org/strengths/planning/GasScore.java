package org.strengths.planning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * Goal Attainment Scaling (Kiresuk and Sherman, 1968; domain-reference §6.4): each goal is scored
 * −2 (much less than expected) to +2 (much more than expected) against descriptors written when the
 * goal was set, and weighted. The T-score is 50 + 10·Σwx / √((1−ρ)·Σw² + ρ·(Σw)²); 50 means the
 * goals were met as expected.
 */
final class GasScore {

  static final double DEFAULT_RHO = 0.3;
  static final int LOWEST = -2;
  static final int HIGHEST = 2;
  static final int LIGHTEST = 1;
  static final int HEAVIEST = 4;

  /** One goal's weight (1–4, importance or difficulty) and attainment (−2..+2). */
  record Goal(int weight, int score) {
    Goal {
      if (score < LOWEST || score > HIGHEST) {
        throw new IllegalArgumentException("A GAS score is from -2 to +2, not " + score);
      }
      if (weight < LIGHTEST || weight > HEAVIEST) {
        throw new IllegalArgumentException("A GAS weight is from 1 to 4, not " + weight);
      }
    }
  }

  private GasScore() {}

  /** The T-score to one decimal place with ρ = 0.3, or empty when no goal was scored. */
  static Optional<BigDecimal> tScore(List<Goal> goals) {
    return tScore(goals, DEFAULT_RHO);
  }

  static Optional<BigDecimal> tScore(List<Goal> goals, double rho) {
    if (rho < 0 || rho >= 1) {
      throw new IllegalArgumentException("The inter-goal correlation is from 0 to under 1");
    }
    if (goals.isEmpty()) {
      return Optional.empty();
    }
    long weightedScores = 0;
    long squaredWeights = 0;
    long weights = 0;
    for (Goal goal : goals) {
      weightedScores += (long) goal.weight() * goal.score();
      squaredWeights += (long) goal.weight() * goal.weight();
      weights += goal.weight();
    }
    double denominator = Math.sqrt((1 - rho) * squaredWeights + rho * weights * weights);
    double t = 50 + 10 * weightedScores / denominator;
    return Optional.of(BigDecimal.valueOf(t).setScale(1, RoundingMode.HALF_UP));
  }
}
