package org.strengths.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.strengths.conversation.PersonInTheirWords;

class ConversationWordsTest {

  private final ConversationWords words =
      ConversationWords.of(
          new PersonInTheirWords.Highlights(
              LocalDate.of(2026, 3, 12),
              List.of("Getting back to the allotment with my friends"),
              List.of("Singing in a choir again"),
              List.of("Gardening", "Makes people laugh")));

  @Test
  void leavesOutEverydayWordsAndTakesEachSourceInTurn() {
    assertThat(words.query())
        .isEqualTo("allotment, singing, gardening, friends, choir, makes, laugh");
  }

  @Test
  void remembersWhereEachWordCameFromWithStrengthsFirst() {
    assertThat(words.sourceOf("gardening")).contains(ConversationWords.Source.STRENGTH);
    assertThat(words.sourceOf("allotment")).contains(ConversationWords.Source.WHAT_MATTERS);
    assertThat(words.sourceOf("choir")).contains(ConversationWords.Source.GOOD_LIFE);
    assertThat(words.sourceOf("company")).isEmpty();
  }

  @Test
  void keepsToTheDozenWordsTheSearchTakes() {
    ConversationWords many =
        ConversationWords.of(
            new PersonInTheirWords.Highlights(
                LocalDate.of(2026, 3, 12),
                List.of("alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima"),
                List.of(),
                List.of("mike november")));

    assertThat(many.query().split(", ")).hasSize(12).contains("mike", "november");
  }

  @Test
  void nothingSaidMeansNothingToLookFor() {
    assertThat(ConversationWords.none().isEmpty()).isTrue();
    assertThat(ConversationWords.none().query()).isEmpty();
  }
}
