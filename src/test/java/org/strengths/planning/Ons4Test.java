package org.strengths.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.strengths.planning.WellbeingInstrument.Licence;
import org.strengths.planning.WellbeingInstrument.Score;

class Ons4Test {

  private final Ons4 ons4 = new Ons4();

  @Test
  void asksTheFourOnsQuestionsInTheOnsWordsFromZeroToTen() {
    assertThat(ons4.questions())
        .extracting(WellbeingInstrument.Question::wording)
        .containsExactly(
            "Overall, how satisfied are you with your life nowadays?",
            "Overall, to what extent do you feel that the things you do in your life are"
                + " worthwhile?",
            "Overall, how happy did you feel yesterday?",
            "On a scale where 0 is \"not at all anxious\" and 10 is \"completely anxious\","
                + " overall, how anxious did you feel yesterday?");
    assertThat(ons4.questions()).allSatisfy(q -> assertThat(q.lowest()).isZero());
    assertThat(ons4.questions()).allSatisfy(q -> assertThat(q.highest()).isEqualTo(10));
  }

  @Test
  void isFreeToUse() {
    assertThat(ons4.mayBeUsed()).isTrue();
  }

  @Test
  void scoresEachQuestionSeparatelyWithTheOnsBands() {
    List<Score> scores =
        ons4.score(Map.of("lifeSatisfaction", 4, "worthwhile", 6, "happy", 9, "anxious", 6));

    assertThat(scores)
        .containsExactly(
            new Score("lifeSatisfaction", 4, "low"),
            new Score("worthwhile", 6, "medium"),
            new Score("happy", 9, "very high"),
            new Score("anxious", 6, "high"));
  }

  @Test
  void anxietyIsBandedTheOtherWayRound() {
    assertThat(ons4.score(Map.of("anxious", 1)))
        .containsExactly(new Score("anxious", 1, "very low"));
    assertThat(ons4.score(Map.of("anxious", 3))).containsExactly(new Score("anxious", 3, "low"));
    assertThat(ons4.score(Map.of("anxious", 5))).containsExactly(new Score("anxious", 5, "medium"));
  }

  @Test
  void skipsQuestionsNotAnsweredAndRefusesAnswersOutOfRange() {
    assertThat(ons4.score(Map.of("happy", 7))).hasSize(1);
    assertThatThrownBy(() -> ons4.score(Map.of("happy", 11)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aLicensedMeasureCannotBeUsedUntilItsLicenceIsRecorded() {
    WellbeingInstrument licensed = licensed(null);

    assertThat(licensed.mayBeUsed()).isFalse();
    assertThat(licensed("LIC-2025-001").mayBeUsed()).isTrue();
  }

  private static WellbeingInstrument licensed(String reference) {
    return new WellbeingInstrument() {
      public String id() {
        return "licensed";
      }

      public String name() {
        return "A licensed measure";
      }

      public String version() {
        return "1";
      }

      public Licence licence() {
        return new Licence(true, "Rights holder; paid licence", reference);
      }

      public List<Question> questions() {
        return List.of();
      }

      public List<Score> score(Map<String, Integer> answers) {
        return List.of();
      }
    };
  }
}
