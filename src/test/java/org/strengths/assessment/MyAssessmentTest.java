package org.strengths.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.strengths.platform.statute.WellbeingArea;

class MyAssessmentTest {

  private static AssessmentView assessment(Map<String, Object> values) {
    return new AssessmentView(
        UUID.randomUUID(),
        UUID.randomUUID(),
        UUID.randomUUID(),
        LocalDate.of(2026, 6, 1),
        values,
        Map.of(),
        Instant.EPOCH,
        "sam",
        Instant.EPOCH,
        "sam",
        0);
  }

  @Test
  void theWrittenRecordHoldsTheSection94MattersInTheOrderThePersonReadsThem() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("otherNetwork", "Her daughter shops on Saturdays.");
    values.put("outcomesWanted", "To get to the lunch club.");
    values.put(AssessmentField.summaryField(WellbeingArea.DIGNITY), "Wants time in the bathroom.");
    values.put(AssessmentField.wordsField(WellbeingArea.DIGNITY), "Don't rush me.");
    values.put("whoWasInvolved", "Nusrat and her daughter.");
    values.put("careCouldContribute", "Help to wash in the mornings.");

    List<MyAssessment.Part> parts = MyAssessment.parts(assessment(values));

    assertThat(parts)
        .extracting(MyAssessment.Part::field)
        .containsExactly(
            "whoWasInvolved",
            AssessmentField.wordsField(WellbeingArea.DIGNITY),
            AssessmentField.summaryField(WellbeingArea.DIGNITY),
            "outcomesWanted",
            "careCouldContribute",
            "otherNetwork");
    assertThat(parts.get(1).personsWords()).isTrue();
    assertThat(parts.get(1).area()).isEqualTo(WellbeingArea.DIGNITY);
    assertThat(parts.get(2).personsWords()).isFalse();
  }

  @Test
  void unansweredQuestionsAndThePractitionersWorkingNotesAreNotPartOfTheRecord() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("whoWasInvolved", "  ");
    values.put("proportionalityNote", "Short assessment; needs are clear.");
    values.put("advocacyOutcome", "Not needed.");
    values.put("needsFluctuate", "no");
    values.put("fluctuatingNotes", "Worse in winter.");

    assertThat(MyAssessment.parts(assessment(values))).isEmpty();
  }

  @Test
  void howNeedsChangeIsShownWhenTheyDo() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("needsFluctuate", "yes");
    values.put("fluctuatingNotes", "Worse in winter.");

    assertThat(MyAssessment.parts(assessment(values)))
        .extracting(MyAssessment.Part::group)
        .containsExactly(MyAssessment.Group.CHANGES);
  }

  @Test
  void aWithheldAnswerIsLeftOutAndNothingElse() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("whoWasInvolved", "Nusrat and her daughter.");
    values.put("otherNetwork", "Her daughter shops on Saturdays.");
    values.put("outcomesWanted", "To get to the lunch club.");
    AssessmentView view = assessment(values);
    MyAssessment.Determination decision =
        new MyAssessment.Determination("1 June 2026", true, List.of(), List.of(), null, "S", "P");
    MyAssessment record =
        new MyAssessment(view.id(), view.startedOn(), MyAssessment.parts(view), decision);

    MyAssessment shown = record.without(Set.of("otherNetwork"));

    assertThat(shown.parts())
        .extracting(MyAssessment.Part::field)
        .containsExactly("whoWasInvolved", "outcomesWanted");
    assertThat(shown.determination()).isEqualTo(decision);
  }
}
