package org.strengths.planning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OwnWordsRulesTest {

  @Test
  void wordsAreKeptExactlyAsWrittenApartFromSurroundingSpaceAndLineEndings() {
    OwnWordsRules.Checked checked =
        OwnWordsRules.words("  Seeing my grandson on Sundays.\r\nGoing to the mosque.  ", null);

    assertThat(checked.ok()).isTrue();
    assertThat(checked.words()).isEqualTo("Seeing my grandson on Sundays.\nGoing to the mosque.");
  }

  @Test
  void emptyOrBlankWordsAreRefusedWithAClearMessage() {
    assertThat(OwnWordsRules.words(null, null).problem()).isEqualTo("cowrite.error.words.required");
    assertThat(OwnWordsRules.words(" \n ", null).problem())
        .isEqualTo("cowrite.error.words.required");
  }

  @Test
  void wordsLongerThanTwoThousandCharactersAreRefusedButKeptForThePage() {
    String typed = "a".repeat(OwnWordsRules.MAX_WORDS + 1);

    OwnWordsRules.Checked checked = OwnWordsRules.words(typed, null);

    assertThat(checked.problem()).isEqualTo("cowrite.error.words.tooLong");
    assertThat(checked.words()).isEqualTo(typed);
    assertThat(OwnWordsRules.words("a".repeat(OwnWordsRules.MAX_WORDS), null).ok()).isTrue();
  }

  @Test
  void webCodeSuchAsAScriptTagIsRefusedButALoneLessThanSignIsFine() {
    assertThat(OwnWordsRules.words("<script>alert(1)</script>", null).problem())
        .isEqualTo("cowrite.error.words.webCode");
    assertThat(OwnWordsRules.words("I like <b>bold</b> tea", null).problem())
        .isEqualTo("cowrite.error.words.webCode");
    assertThat(OwnWordsRules.words("I can walk < 1 mile and 3 > 2", null).ok()).isTrue();
  }

  @Test
  void aChangeThatChangesNothingIsRefused() {
    assertThat(OwnWordsRules.words(" My family ", "My family").problem())
        .isEqualTo("cowrite.error.words.unchanged");
  }

  @Test
  void changingAnOutcomeIsAlwaysAProposalToThePlan() {
    assertThat(OwnWordsRules.statusOf(OwnWords.Part.OUTCOME, true))
        .isEqualTo(OwnWords.Status.PROPOSED);
  }

  @Test
  void whatMattersIsAProposalWhenThereIsAnAgreedPlanAndOtherwiseKeptForTheWorkerToRead() {
    assertThat(OwnWordsRules.statusOf(OwnWords.Part.WHAT_MATTERS, true))
        .isEqualTo(OwnWords.Status.PROPOSED);
    assertThat(OwnWordsRules.statusOf(OwnWords.Part.ABOUT_ME, false))
        .isEqualTo(OwnWords.Status.KEPT);
  }

  @Test
  void thePageIsOutOfDateWhenThePlanChangedSinceItWasOpened() {
    assertThat(OwnWordsRules.stale("3", 3)).isFalse();
    assertThat(OwnWordsRules.stale("3", 4)).isTrue();
    assertThat(OwnWordsRules.stale("", 1)).isTrue();
    assertThat(OwnWordsRules.stale("nonsense", 1)).isTrue();
    assertThat(OwnWordsRules.stale("", null)).isFalse();
    assertThat(OwnWordsRules.stale("2", null)).isTrue();
  }

  @Test
  void onlyAProposalStillWaitingCanBeAcceptedOrDeclined() {
    assertThat(OwnWordsRules.canReply(OwnWords.Status.PROPOSED)).isTrue();
    for (OwnWords.Status other :
        new OwnWords.Status[] {
          OwnWords.Status.ACCEPTED,
          OwnWords.Status.DECLINED,
          OwnWords.Status.REPLACED,
          OwnWords.Status.KEPT
        }) {
      assertThat(OwnWordsRules.canReply(other)).as(other.name()).isFalse();
    }
  }

  @Test
  void decliningNeedsAReasonInPlainWordsOfAThousandCharactersAtMost() {
    assertThat(OwnWordsRules.reason("  ").problem()).isEqualTo("cowrite.error.reason.required");
    assertThat(OwnWordsRules.reason("x".repeat(1001)).problem())
        .isEqualTo("cowrite.error.reason.tooLong");
    assertThat(OwnWordsRules.reason("<i>no</i>").problem())
        .isEqualTo("cowrite.error.reason.webCode");
    assertThat(OwnWordsRules.reason("The budget cannot pay for taxis.").ok()).isTrue();
  }
}
