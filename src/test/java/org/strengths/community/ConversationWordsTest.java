package org.strengths.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.strengths.conversation.PersonInTheirWords;
import org.strengths.conversation.PersonInTheirWords.Part;
import org.strengths.conversation.PersonInTheirWords.Said;

class ConversationWordsTest {

  private static PersonInTheirWords.Conversation conversation(LocalDate heldOn, Said... said) {
    return new PersonInTheirWords.Conversation(heldOn, UUID.randomUUID(), List.of(said));
  }

  @Test
  void leavesOutEverydayWordsAndKeepsTheRestInTheOrderSaid() {
    assertThat(ConversationWords.words("Getting back to the allotment with my friends"))
        .containsExactly("allotment", "friends");
    assertThat(ConversationWords.words("On the 3 buses")).containsExactly("buses");
  }

  @Test
  void findsTheWordsThatMatterEvenLateInALongSentence() {
    assertThat(
            ConversationWords.words(
                "I would really like to be able to get out of the house and go to the mosque"))
        .containsExactly("house", "mosque");
  }

  @Test
  void eachThingSaidIsAThemeNewestConversationFirstAndInTheOrderTheConversationRecordsThem() {
    ConversationWords.Themes themes =
        ConversationWords.themes(
            List.of(
                conversation(
                    LocalDate.of(2026, 11, 3),
                    new Said(Part.WHAT_MATTERS, "The allotment on Saturdays", "person", null),
                    new Said(Part.GOOD_LIFE, "Seeing my brother", "family", "Tariq"),
                    new Said(Part.STRENGTH, "Gardening", "person", null)),
                conversation(
                    LocalDate.of(2026, 5, 20),
                    new Said(Part.WHAT_MATTERS, "The mosque on Fridays", "person", null),
                    new Said(Part.STRENGTH, "gardening.", "practitioner", null))));

    assertThat(themes.themes())
        .extracting(ConversationWords.Theme::said, ConversationWords.Theme::heldOn)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "The allotment on Saturdays", LocalDate.of(2026, 11, 3)),
            org.assertj.core.groups.Tuple.tuple("Seeing my brother", LocalDate.of(2026, 11, 3)),
            org.assertj.core.groups.Tuple.tuple("Gardening", LocalDate.of(2026, 11, 3)),
            org.assertj.core.groups.Tuple.tuple(
                "The mosque on Fridays", LocalDate.of(2026, 5, 20)));
    assertThat(themes.themes().get(1).saidByName()).isEqualTo("Tariq");
    assertThat(themes.conversations()).isEqualTo(2);
    assertThat(themes.latest()).isEqualTo(LocalDate.of(2026, 11, 3));
    assertThat(themes.leftOut()).isZero();
  }

  @Test
  void somethingWithNoWordsToLookForIsNotATheme() {
    ConversationWords.Themes themes =
        ConversationWords.themes(
            List.of(
                conversation(
                    LocalDate.of(2026, 11, 3),
                    new Said(Part.WHAT_MATTERS, "Being with them", "person", null))));

    assertThat(themes.isEmpty()).isTrue();
  }

  @Test
  void keepsToADozenThemesAndCountsTheRest() {
    Said[] said = new Said[15];
    for (int i = 0; i < said.length; i++) {
      said[i] = new Said(Part.STRENGTH, "Skill " + (char) ('a' + i) + "bc", "person", null);
    }

    ConversationWords.Themes themes =
        ConversationWords.themes(List.of(conversation(LocalDate.of(2026, 11, 3), said)));

    assertThat(themes.themes()).hasSize(ConversationWords.MAX_THEMES);
    assertThat(themes.leftOut()).isEqualTo(3);
  }

  @Test
  void nothingSaidMeansNoThemes() {
    assertThat(ConversationWords.themes(List.of()).isEmpty()).isTrue();
  }
}
