package org.strengths.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReadingEaseTest {

  @Test
  void syllablesAreCountedByVowelGroupsLessASilentE() {
    assertThat(ReadingEase.syllables("cat")).isEqualTo(1);
    assertThat(ReadingEase.syllables("plan")).isEqualTo(1);
    assertThat(ReadingEase.syllables("support")).isEqualTo(2);
    assertThat(ReadingEase.syllables("make")).isEqualTo(1);
    assertThat(ReadingEase.syllables("people")).isEqualTo(2);
    assertThat(ReadingEase.syllables("assessment")).isEqualTo(3);
    assertThat(ReadingEase.syllables("eligibility")).isEqualTo(6);
    assertThat(ReadingEase.syllables("looked")).isEqualTo(1);
    assertThat(ReadingEase.syllables("wanted")).isEqualTo(2);
  }

  @Test
  void shortSentencesOfShortWordsScoreHigh() {
    ReadingEase.Score score =
        ReadingEase.ofSentences(List.of("The cat sat on the mat. It was a good day."));

    assertThat(score.sentences()).isEqualTo(2);
    assertThat(score.words()).isEqualTo(11);
    assertThat(score.syllables()).isEqualTo(11);
    assertThat(score.ease()).isCloseTo(206.835 - 1.015 * 5.5 - 84.6, within(0.001));
  }

  @Test
  void longWordsInALongSentenceScoreLow() {
    ReadingEase.Score score =
        ReadingEase.ofSentences(
            List.of(
                "The eligibility determination necessitates comprehensive consideration of"
                    + " individual circumstances and organisational responsibilities."));

    assertThat(score.ease()).isLessThan(0);
  }

  @Test
  void aPageCountsEachHeadingListItemAndParagraphAsASentenceAndLeavesOutScripts() {
    String html =
        """
        <html><body><a class="govuk-skip-link" href="#main">Skip to main content</a>
        <main><h1>Your plan</h1><p>This is what you agreed. <strong>Sam</strong> wrote it with you.</p>
        <ul><li>Walk to the shop</li><li>See my sister</li></ul>
        <script>var notCounted = "words words words";</script></main></body></html>
        """;

    ReadingEase.Score score = ReadingEase.ofPage(html);

    assertThat(score.sentences()).isEqualTo(5);
    assertThat(score.words()).isEqualTo(2 + 10 + 4 + 3);
  }
}
