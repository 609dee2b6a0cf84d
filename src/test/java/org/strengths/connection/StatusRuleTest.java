package org.strengths.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.strengths.connection.ConnectionStatus.ACCEPTED;
import static org.strengths.connection.ConnectionStatus.ATTENDED;
import static org.strengths.connection.ConnectionStatus.DECLINED;
import static org.strengths.connection.ConnectionStatus.ENDED;
import static org.strengths.connection.ConnectionStatus.INFORMATION_GIVEN;
import static org.strengths.connection.ConnectionStatus.NOT_ATTENDED;
import static org.strengths.connection.ConnectionStatus.ONGOING;
import static org.strengths.connection.ConnectionStatus.SENT;
import static org.strengths.connection.StatusRule.Side.PARTNER;
import static org.strengths.connection.StatusRule.Side.PRACTITIONER;

import org.junit.jupiter.api.Test;

class StatusRuleTest {

  @Test
  void followsTheWholeJourneyFromSentToEnded() {
    assertThat(StatusRule.refusal(SENT, ACCEPTED, PARTNER, null)).isEmpty();
    assertThat(StatusRule.refusal(ACCEPTED, ATTENDED, PARTNER, null)).isEmpty();
    assertThat(StatusRule.refusal(ATTENDED, ONGOING, PRACTITIONER, null)).isEmpty();
    assertThat(StatusRule.refusal(ONGOING, ENDED, PARTNER, null)).isEmpty();
  }

  @Test
  void startsAsSentWhenDetailsAreSharedAndAsInformationGivenOtherwise() {
    assertThat(ConnectionStatus.initial(ConnectionMethod.FORMAL_REFERRAL)).isEqualTo(SENT);
    assertThat(ConnectionStatus.initial(ConnectionMethod.WARM_INTRODUCTION)).isEqualTo(SENT);
    assertThat(ConnectionStatus.initial(ConnectionMethod.INFORMATION_GIVEN))
        .isEqualTo(INFORMATION_GIVEN);
  }

  @Test
  void letsOnlyTheOrganisationAcceptOrDecline() {
    assertThat(StatusRule.refusal(SENT, ACCEPTED, PRACTITIONER, null))
        .hasValue("connection.error.status.partnerOnly");
    assertThat(StatusRule.refusal(SENT, DECLINED, PRACTITIONER, "Full"))
        .hasValue("connection.error.status.partnerOnly");
  }

  @Test
  void needsAReasonToDeclineOfAtMost500Characters() {
    assertThat(StatusRule.refusal(SENT, DECLINED, PARTNER, "  "))
        .hasValue("connection.error.declineReason.required");
    assertThat(StatusRule.refusal(SENT, DECLINED, PARTNER, "x".repeat(501)))
        .hasValue("connection.error.declineReason.tooLong");
    assertThat(StatusRule.refusal(SENT, DECLINED, PARTNER, "We have no volunteers in LS7"))
        .isEmpty();
  }

  @Test
  void refusesToSkipTheResponseOrGoBackwards() {
    assertThat(StatusRule.refusal(SENT, ATTENDED, PARTNER, null))
        .hasValue("connection.error.status.notNext");
    assertThat(StatusRule.refusal(ATTENDED, NOT_ATTENDED, PARTNER, null))
        .hasValue("connection.error.status.notNext");
    assertThat(StatusRule.refusal(ACCEPTED, SENT, PARTNER, null))
        .hasValue("connection.error.status.notNext");
  }

  @Test
  void refusesAnyChangeOnceDeclinedOrEnded() {
    assertThat(StatusRule.refusal(DECLINED, ACCEPTED, PARTNER, null))
        .hasValue("connection.error.status.finished");
    assertThat(StatusRule.refusal(ENDED, ONGOING, PRACTITIONER, null))
        .hasValue("connection.error.status.finished");
  }

  @Test
  void letsEitherSideKeepAnOutcomeToAddFeedback() {
    assertThat(StatusRule.refusal(ONGOING, ONGOING, PRACTITIONER, null)).isEmpty();
    assertThat(StatusRule.refusal(ENDED, ENDED, PARTNER, null)).isEmpty();
    assertThat(StatusRule.refusal(SENT, SENT, PARTNER, null))
        .hasValue("connection.error.status.notNext");
  }

  @Test
  void letsThePractitionerRecordWhatHappenedAfterGivingInformation() {
    assertThat(StatusRule.refusal(INFORMATION_GIVEN, ATTENDED, PRACTITIONER, null)).isEmpty();
    assertThat(INFORMATION_GIVEN.outcomeChoices())
        .containsExactly(ATTENDED, NOT_ATTENDED, ONGOING, ENDED);
  }

  @Test
  void offersOnlyTheOutcomesThatMayFollow() {
    assertThat(ATTENDED.outcomeChoices()).containsExactly(ATTENDED, ONGOING, ENDED);
    assertThat(NOT_ATTENDED.outcomeChoices()).containsExactly(ATTENDED, NOT_ATTENDED, ENDED);
    assertThat(SENT.outcomeChoices()).isEmpty();
    assertThat(DECLINED.outcomeChoices()).isEmpty();
  }

  @Test
  void needsAStatus() {
    assertThat(StatusRule.refusal(ACCEPTED, null, PARTNER, null))
        .hasValue("connection.error.status.required");
  }
}
