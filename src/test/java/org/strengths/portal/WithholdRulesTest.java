package org.strengths.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class WithholdRulesTest {

  static final UUID ASSESSMENT = UUID.fromString("00000000-0000-0000-0000-00000000a001");
  static final ShownItem NETWORK =
      new ShownItem(
          ShownItem.assessmentKey(ASSESSMENT, "otherNetwork"),
          "assessment",
          "Help from family, friends and neighbours",
          "Her daughter shops on Saturdays.");
  static final ShownItem NEEDS =
      new ShownItem(ShownItem.planKey("needs"), "plan", "What I need help with", "Washing.");

  private static WithholdRules.Checked check(String item, String reason, String note) {
    return WithholdRules.check(
        new WithholdRules.Typed(item, reason, note), List.of(NETWORK, NEEDS), Set.of());
  }

  @Test
  void anItemThePersonSeesIsWithheldForThirdPartyInformationWithItsNote() {
    WithholdRules.Checked checked = check(NETWORK.key(), "THIRD_PARTY", "  About her daughter. ");

    assertThat(checked.problems()).isEmpty();
    assertThat(checked.withholding())
        .contains(
            new WithholdRules.Withholding(
                NETWORK, WithholdReason.THIRD_PARTY, "About her daughter."));
  }

  @Test
  void seriousHarmIsAReasonAndTheNoteMayBeLeftOut() {
    WithholdRules.Checked checked = check(NEEDS.key(), "SERIOUS_HARM", " ");

    assertThat(checked.withholding())
        .contains(new WithholdRules.Withholding(NEEDS, WithholdReason.SERIOUS_HARM, null));
  }

  @Test
  void withoutAReasonTheLawAllowsNothingIsWithheld() {
    assertThat(check(NETWORK.key(), null, null).problems())
        .containsEntry("reason", "withheld.reason.missing");
    assertThat(check(NETWORK.key(), "EMBARRASSING", null).problems())
        .containsEntry("reason", "withheld.reason.missing");
    assertThat(check(NETWORK.key(), "third_party", null).withholding()).isEmpty();
  }

  @Test
  void onlyAnItemThePersonSeesCanBeWithheld() {
    assertThat(check(null, "THIRD_PARTY", null).problems())
        .containsEntry("item", "withheld.item.missing");
    assertThat(
            check(ShownItem.assessmentKey(UUID.randomUUID(), "otherNetwork"), "THIRD_PARTY", null)
                .problems())
        .containsEntry("item", "withheld.item.unknown");
  }

  @Test
  void anItemWithheldAlreadyIsNotWithheldTwice() {
    WithholdRules.Checked checked =
        WithholdRules.check(
            new WithholdRules.Typed(NETWORK.key(), "THIRD_PARTY", null),
            List.of(NETWORK, NEEDS),
            Set.of(NETWORK.key()));

    assertThat(checked.problems()).containsEntry("item", "withheld.item.already");
  }

  @Test
  void aNoteLongerThanTheLimitIsRefusedAndEveryProblemIsReportedTogether() {
    WithholdRules.Checked checked = check(null, null, "x".repeat(WithholdRules.NOTE_LIMIT + 1));

    assertThat(checked.problems()).containsOnlyKeys("item", "reason", "note");
  }

  @Test
  void theWithheldFieldsOfOneAssessmentAreFoundByTheirKeys() {
    UUID other = UUID.randomUUID();
    Set<String> withheld =
        Set.of(
            NETWORK.key(),
            ShownItem.assessmentKey(other, "whoWasInvolved"),
            ShownItem.planKey("needs"));

    assertThat(ShownItem.under(withheld, "assessment/" + ASSESSMENT + "/"))
        .containsExactly("otherNetwork");
    assertThat(ShownItem.under(withheld, "plan/")).containsExactly("needs");
  }

  @Test
  void aConnectionIsActiveUntilItIsTurnedDownMissedOrEnded() {
    assertThat(
            List.of("INFORMATION_GIVEN", "SENT", "ACCEPTED", "ATTENDED", "ONGOING").stream()
                .allMatch(WithholdRules::activeConnection))
        .isTrue();
    assertThat(
            List.of("DECLINED", "NOT_ATTENDED", "ENDED").stream()
                .noneMatch(WithholdRules::activeConnection))
        .isTrue();
  }
}
