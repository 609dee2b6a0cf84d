package org.strengths.planning;

import java.util.List;
import java.util.Map;

/**
 * A wellbeing or outcome measure, described as data so another can be added without changing the
 * pages: its questions, their answer range and how answers are scored. A licensed measure (Outcomes
 * Star, WEMWBS, ASCOT) may only be used once the council has recorded its licence; those are not
 * built in, because their licences forbid or restrict re-implementing them.
 */
interface WellbeingInstrument {

  String id();

  String name();

  String version();

  Licence licence();

  List<Question> questions();

  /** The scores for a set of answers (question id → answer); unanswered questions are skipped. */
  List<Score> score(Map<String, Integer> answers);

  /** Whether this council may use the measure. */
  default boolean mayBeUsed() {
    return !licence().required() || licence().reference() != null;
  }

  /**
   * @param required whether the measure needs a licence
   * @param terms who holds the rights and on what terms, in a sentence
   * @param reference the council's licence reference, once recorded
   */
  record Licence(boolean required, String terms, String reference) {}

  /**
   * @param higherIsBetter false for a question such as anxiety, where a low answer is good
   */
  record Question(
      String id,
      String wording,
      int lowest,
      int highest,
      String lowestMeans,
      String highestMeans,
      boolean higherIsBetter) {

    boolean accepts(int answer) {
      return answer >= lowest && answer <= highest;
    }
  }

  /** A score for one question (ONS4 reports each separately) with its published band. */
  record Score(String questionId, int value, String band) {}
}
