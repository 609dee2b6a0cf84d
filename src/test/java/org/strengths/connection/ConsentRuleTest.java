package org.strengths.connection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ConsentRuleTest {

  static final Instant SENT = Instant.parse("2026-07-01T10:00:00Z");
  static final Instant WITHDRAWN = Instant.parse("2026-07-10T10:00:00Z");

  static Connection connection(ConnectionMethod method, LawfulBasis basis, Instant withdrawnAt) {
    return new Connection(
        UUID.randomUUID(),
        UUID.randomUUID(),
        UUID.randomUUID(),
        "Befriending visits",
        method.sharesData() ? UUID.randomUUID() : null,
        method.sharesData() ? "Chapeltown Befrienders" : null,
        method,
        basis,
        false,
        basis == LawfulBasis.EXPLICIT_CONSENT ? LocalDate.of(2026, 7, 1) : null,
        basis == LawfulBasis.EXPLICIT_CONSENT ? "To find a befriender" : null,
        null,
        ConnectionStatus.initial(method),
        null,
        null,
        SENT,
        UUID.randomUUID(),
        "Sam Okafor",
        SENT,
        "practitioner",
        0,
        withdrawnAt);
  }

  static final List<DisclosureSnapshot.Item> SENT_ITEMS =
      List.of(
          new DisclosureSnapshot.Item(SharedField.NAME, "Nusrat Raza"),
          new DisclosureSnapshot.Item(SharedField.PHONE, "0113 496 0000"),
          new DisclosureSnapshot.Item(SharedField.WHAT_MATTERS, "The library"));

  @Test
  void thePersonMayWithdrawConsentForAConnectionThatSharedTheirDetails() {
    assertThat(
            ConsentRule.withdrawalRefusal(
                connection(ConnectionMethod.WARM_INTRODUCTION, LawfulBasis.EXPLICIT_CONSENT, null)))
        .isEmpty();
    assertThat(
            ConsentRule.withdrawalRefusal(
                connection(ConnectionMethod.FORMAL_REFERRAL, LawfulBasis.IMPLIED_CONSENT, null)))
        .isEmpty();
  }

  @Test
  void thereIsNothingToWithdrawWhenOnlyInformationWasGiven() {
    assertThat(
            ConsentRule.withdrawalRefusal(
                connection(ConnectionMethod.INFORMATION_GIVEN, LawfulBasis.NOTHING_SHARED, null)))
        .contains("connection.error.withdraw.nothingShared");
  }

  @Test
  void consentIsWithdrawnOnlyOnce() {
    assertThat(
            ConsentRule.withdrawalRefusal(
                connection(
                    ConnectionMethod.WARM_INTRODUCTION, LawfulBasis.EXPLICIT_CONSENT, WITHDRAWN)))
        .contains("connection.error.withdraw.already");
  }

  @Test
  void afterWithdrawalTheCouncilSendsNothingMoreAndThePartnerCannotAccept() {
    Connection withdrawn =
        connection(ConnectionMethod.FORMAL_REFERRAL, LawfulBasis.EXPLICIT_CONSENT, WITHDRAWN);

    assertThat(ConsentRule.maySendMore(withdrawn)).isFalse();
    assertThat(
            ConsentRule.changeRefusal(
                withdrawn, ConnectionStatus.ACCEPTED, StatusRule.Side.PARTNER))
        .contains("connection.error.consentWithdrawn.accept");
    assertThat(
            ConsentRule.changeRefusal(
                withdrawn, ConnectionStatus.DECLINED, StatusRule.Side.PARTNER))
        .isEmpty();
  }

  @Test
  void whileConsentStandsEverythingGoesOnAsBefore() {
    Connection standing =
        connection(ConnectionMethod.FORMAL_REFERRAL, LawfulBasis.EXPLICIT_CONSENT, null);

    assertThat(ConsentRule.maySendMore(standing)).isTrue();
    assertThat(
            ConsentRule.changeRefusal(standing, ConnectionStatus.ACCEPTED, StatusRule.Side.PARTNER))
        .isEmpty();
    assertThat(ConsentRule.seenByPartner(standing, SENT_ITEMS)).isEqualTo(SENT_ITEMS);
  }

  @Test
  void onceWithdrawnThePartnerSeesOnlyTheNameOfWhatWasSent() {
    Connection withdrawn =
        connection(ConnectionMethod.WARM_INTRODUCTION, LawfulBasis.EXPLICIT_CONSENT, WITHDRAWN);

    assertThat(ConsentRule.seenByPartner(withdrawn, SENT_ITEMS))
        .containsExactly(new DisclosureSnapshot.Item(SharedField.NAME, "Nusrat Raza"));
  }
}
