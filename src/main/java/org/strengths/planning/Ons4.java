package org.strengths.planning;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Office for National Statistics' four personal wellbeing questions, free to use. Each is
 * answered 0–10 and reported on its own, never summed, with the ONS thresholds: for life
 * satisfaction, worthwhile and happiness 0–4 low, 5–6 medium, 7–8 high, 9–10 very high; for anxiety
 * 0–1 very low, 2–3 low, 4–5 medium, 6–10 high.
 */
final class Ons4 implements WellbeingInstrument {

  static final String ID = "ons4";
  static final String LIFE_SATISFACTION = "lifeSatisfaction";
  static final String WORTHWHILE = "worthwhile";
  static final String HAPPY = "happy";
  static final String ANXIOUS = "anxious";

  private static final List<Question> QUESTIONS =
      List.of(
          new Question(
              LIFE_SATISFACTION,
              "Overall, how satisfied are you with your life nowadays?",
              0,
              10,
              "not at all",
              "completely",
              true),
          new Question(
              WORTHWHILE,
              "Overall, to what extent do you feel that the things you do in your life are"
                  + " worthwhile?",
              0,
              10,
              "not at all",
              "completely",
              true),
          new Question(
              HAPPY,
              "Overall, how happy did you feel yesterday?",
              0,
              10,
              "not at all",
              "completely",
              true),
          new Question(
              ANXIOUS,
              "On a scale where 0 is \"not at all anxious\" and 10 is \"completely anxious\","
                  + " overall, how anxious did you feel yesterday?",
              0,
              10,
              "not at all anxious",
              "completely anxious",
              false));

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String name() {
    return "ONS personal wellbeing (ONS4)";
  }

  @Override
  public String version() {
    return "ONS 2011";
  }

  @Override
  public Licence licence() {
    return new Licence(false, "Office for National Statistics; free to use", null);
  }

  @Override
  public List<Question> questions() {
    return QUESTIONS;
  }

  @Override
  public List<Score> score(Map<String, Integer> answers) {
    List<Score> scores = new ArrayList<>();
    for (Question question : QUESTIONS) {
      Integer answer = answers.get(question.id());
      if (answer == null) {
        continue;
      }
      if (!question.accepts(answer)) {
        throw new IllegalArgumentException(question.id() + " is answered 0 to 10, not " + answer);
      }
      scores.add(new Score(question.id(), answer, band(question, answer)));
    }
    return scores;
  }

  static String band(Question question, int answer) {
    if (!question.higherIsBetter()) {
      return answer <= 1 ? "very low" : answer <= 3 ? "low" : answer <= 5 ? "medium" : "high";
    }
    return answer <= 4 ? "low" : answer <= 6 ? "medium" : answer <= 8 ? "high" : "very high";
  }
}
