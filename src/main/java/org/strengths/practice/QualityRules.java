package org.strengths.practice;

import java.util.Collection;
import java.util.function.ToIntFunction;
import org.strengths.platform.chart.PublishedFigure;

/**
 * The rules of the practice-quality figures in plain Java (docs/adr/0160): the language coach's
 * count over a conversation's practitioner words (the same words and word count as the case-file
 * audit evidence, {@link EvidenceRules}), and a month's figure from its numerator, denominator and
 * base with the small-numbers rule applied.
 */
final class QualityRules {

  private QualityRules() {}

  /** The language coach's flags in, and the number of, the practitioner's words. */
  record Counted(int flags, int words) {}

  static Counted coach(Collection<String> practitionersWords, ToIntFunction<String> flags) {
    int flagged = 0;
    int words = 0;
    for (String text : practitionersWords) {
      if (text != null && !text.isBlank()) {
        flagged += flags.applyAsInt(text);
        words += EvidenceRules.wordCount(text);
      }
    }
    return new Counted(flagged, words);
  }

  /**
   * One published figure: {@code value} null when there is nothing to show; {@code suppressed} when
   * it would reveal a number from 1 to 4.
   */
  record Figure(Double value, boolean suppressed) implements PublishedFigure {

    static final Figure NONE = new Figure(null, false);
    static final Figure HIDDEN = new Figure(null, true);
  }

  static boolean small(long count) {
    return count >= 1 && count <= 4;
  }

  /**
   * The month's figure. Nothing is shown when there is nothing to work it out from; it is
   * suppressed when worked out from 1 to 4 conversations, plans or people, and, for a share whose
   * numerator counts those same conversations or plans, when the numerator or the rest is 1 to 4
   * (the rest could be got by subtraction).
   */
  static Figure figure(
      QualityMeasure measure, long numerator, long denominator, long base, Integer medianDays) {
    if (base == 0) {
      return Figure.NONE;
    }
    if (small(base)) {
      return Figure.HIDDEN;
    }
    if (measure.countsTheBase() && (small(numerator) || small(denominator - numerator))) {
      return Figure.HIDDEN;
    }
    return switch (measure.kind()) {
      case SHARE ->
          denominator == 0 ? Figure.NONE : new Figure(100.0 * numerator / denominator, false);
      case RATE ->
          denominator == 0 ? Figure.NONE : new Figure((double) numerator / denominator, false);
      case PER_THOUSAND ->
          denominator == 0 ? Figure.NONE : new Figure(1000.0 * numerator / denominator, false);
      case MEDIAN -> medianDays == null ? Figure.NONE : new Figure((double) medianDays, false);
    };
  }
}
