package org.strengths.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.strengths.platform.Money;

class MyPlanPartsTest {

  private static MyPlan plan() {
    return new MyPlan(
        "Nusrat",
        List.of("Getting to the lunch club"),
        List.of(),
        List.of(new MyPlan.Help("Me", "Choose my clothes")),
        Money.ZERO,
        Money.ZERO,
        Money.ZERO,
        null,
        "Ring my daughter first.",
        LocalDate.of(2026, 9, 1),
        List.of(
            new MyPlan.Part("needs", "planning.myPlan.part.needs", "Help to wash.", true),
            new MyPlan.Part("eligibility", "planning.myPlan.part.eligibility", "Eligible.", true),
            new MyPlan.Part("advice", "planning.myPlan.part.advice", "Lunch club leaflet.", false),
            new MyPlan.Part(
                "involved", "planning.myPlan.part.involved", "Me and my daughter.", false)));
  }

  @Test
  void theNeedsEligibilityAndHowTheyAreMetComeFirstAndTheOtherWrittenPartsAfterTheBudget() {
    assertThat(plan().firstParts())
        .extracting(MyPlan.Part::slug)
        .containsExactly("needs", "eligibility");
    assertThat(plan().laterParts())
        .extracting(MyPlan.Part::slug)
        .containsExactly("advice", "involved");
  }

  @Test
  void aWithheldPartIsLeftOutAndEverythingElseStays() {
    MyPlan shown = plan().without(Set.of("involved"));

    assertThat(shown.parts())
        .extracting(MyPlan.Part::slug)
        .containsExactly("needs", "eligibility", "advice");
    assertThat(shown.outcomes()).containsExactly("Getting to the lunch club");
    assertThat(shown.contingency()).isEqualTo("Ring my daughter first.");
    assertThat(shown.nextReview()).isEqualTo(LocalDate.of(2026, 9, 1));
  }

  @Test
  void whatToDoIfThingsGoWrongCanBeWithheldToo() {
    assertThat(plan().without(Set.of(MyPlan.CONTINGENCY)).contingency()).isNull();
    assertThat(plan().without(Set.of()).parts()).hasSize(4);
  }
}
