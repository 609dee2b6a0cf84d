package org.strengths.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SuggestionRulesTest {

  static final UUID SISTER = UUID.randomUUID();

  @Test
  void someoneNewNeedsANameWhoTheyAreAndHowClose() {
    assertThat(SuggestionRules.newTieProblems(null, null, null, null, null))
        .containsOnlyKeys("label", "kind", "strength")
        .containsEntry("label", "network.suggest.error.label.required")
        .containsEntry("kind", "network.suggest.error.kind.required")
        .containsEntry("strength", "network.suggest.error.strength.required");
  }

  @Test
  void someoneNewWithEverythingNeededIsAccepted() {
    assertThat(SuggestionRules.newTieProblems("Farah", "FAMILY", "sister", "STRONG", "Every day"))
        .isEmpty();
    SuggestionRules.NewTie tie =
        SuggestionRules.newTie("Farah", "FAMILY", "sister", "STRONG", null);
    assertThat(tie.kind()).isEqualTo(TieKind.FAMILY);
    assertThat(tie.strength()).isEqualTo(TieStrength.STRONG);
  }

  @Test
  void refusesAnUnknownKindOrStrengthAndTooMuchText() {
    assertThat(
            SuggestionRules.newTieProblems(
                "x".repeat(201), "ENEMY", "y".repeat(101), "VERY", "z".repeat(501)))
        .containsOnlyKeys("label", "kind", "specificTie", "strength", "note");
  }

  @Test
  void aChangeMustBeAboutOneOfThePersonsOwnRelationships() {
    assertThat(
            SuggestionRules.changeProblems(
                UUID.randomUUID().toString(), Set.of(SISTER), "STRONG", null))
        .containsOnlyKeys("member");
    assertThat(SuggestionRules.changeProblems("not-an-id", Set.of(SISTER), "STRONG", null))
        .containsOnlyKeys("member");
    assertThat(SuggestionRules.changeProblems(SISTER.toString(), Set.of(SISTER), null, null))
        .containsOnlyKeys("change");
  }

  @Test
  void aChangeIsANewStrengthOrThatTheRelationshipHasEnded() {
    assertThat(SuggestionRules.changeProblems(SISTER.toString(), Set.of(SISTER), "TENUOUS", null))
        .isEmpty();
    assertThat(SuggestionRules.changedTie(SISTER.toString(), "ENDS", null).ends()).isTrue();
    assertThat(SuggestionRules.changedTie(SISTER.toString(), "TENUOUS", null).strength())
        .isEqualTo(TieStrength.TENUOUS);
  }

  @Test
  void declineNeedsAReasonThePersonCanRead() {
    assertThat(SuggestionRules.decisionProblem(null, null))
        .contains("network.suggestion.error.decision.required");
    assertThat(SuggestionRules.decisionProblem(false, null))
        .contains("network.suggestion.error.reason.required");
    assertThat(SuggestionRules.decisionProblem(false, "r".repeat(1001)))
        .contains("network.suggestion.error.reason.tooLong");
    assertThat(SuggestionRules.decisionProblem(false, "We spoke and agreed to leave it")).isEmpty();
    assertThat(SuggestionRules.decisionProblem(true, null)).isEmpty();
  }

  @Test
  void aConfirmedChangeAltersOnlyTheStrengthAndKeepsThePractitionersNotes() {
    MemberDetails now =
        new MemberDetails(
            TieKind.FAMILY,
            "Farah",
            "sister",
            null,
            TieStrength.STRONG,
            true,
            SupportDirection.BOTH_WAYS,
            ContactFrequency.DAILY,
            Answer.YES,
            "See her more",
            true,
            Answer.YES,
            Answer.YES,
            "Tired",
            Answer.YES,
            Answer.YES);

    MemberDetails changed =
        SuggestionRules.applied(
            now, new SuggestionRules.ChangedTie(SISTER, TieStrength.TENUOUS, false, null));

    assertThat(changed.strength()).isEqualTo(TieStrength.TENUOUS);
    assertThat(changed.impactOnThem()).isEqualTo("Tired");
    assertThat(changed.changeWanted()).isEqualTo("See her more");
    assertThat(changed.stressful()).isTrue();
  }

  @Test
  void aConfirmedNewPersonStartsWithSupportBothWaysAndNothingAskedAboutCare() {
    MemberDetails details =
        SuggestionRules.details(
            new SuggestionRules.NewTie(
                "Imran", TieKind.NEIGHBOUR, null, TieStrength.ORDINARY, "Takes my bins out"));

    assertThat(details.direction()).isEqualTo(SupportDirection.BOTH_WAYS);
    assertThat(details.givesCare()).isFalse();
    assertThat(details.willing()).isEqualTo(Answer.NOT_ASKED);
    assertThat(details.impactOnThem()).isNull();
  }
}
