package org.strengths.connection;

import java.util.List;
import java.util.Optional;

/**
 * What the person's withdrawal of consent means for a connection (docs/adr/0117). Consent is
 * withdrawn for future sharing: what was already sent stays recorded as it was, but from then on
 * the council sends the organisation nothing more on this connection, the organisation sees only
 * the name (so it can act on the withdrawal in its own records) and may no longer accept it.
 */
final class ConsentRule {

  private ConsentRule() {}

  /**
   * Why the person may not withdraw consent for this connection, as a message key; empty if they
   * may.
   */
  static Optional<String> withdrawalRefusal(Connection c) {
    if (!c.method().sharesData() || c.lawfulBasis() == LawfulBasis.NOTHING_SHARED) {
      return Optional.of("connection.error.withdraw.nothingShared");
    }
    if (c.consentWithdrawn()) {
      return Optional.of("connection.error.withdraw.already");
    }
    return Optional.empty();
  }

  /** Whether the council may still send the organisation anything on this connection. */
  static boolean maySendMore(Connection c) {
    return !c.consentWithdrawn();
  }

  /** Why the change is refused because consent was withdrawn; empty if it is not. */
  static Optional<String> changeRefusal(Connection c, ConnectionStatus to, StatusRule.Side side) {
    if (c.consentWithdrawn()
        && side == StatusRule.Side.PARTNER
        && to == ConnectionStatus.ACCEPTED) {
      return Optional.of("connection.error.consentWithdrawn.accept");
    }
    return Optional.empty();
  }

  /** What the organisation still sees of the disclosure: all of it, or once withdrawn the name. */
  static List<DisclosureSnapshot.Item> seenByPartner(
      Connection c, List<DisclosureSnapshot.Item> items) {
    if (!c.consentWithdrawn()) {
      return items;
    }
    return items.stream().filter(item -> item.field() == SharedField.NAME).toList();
  }
}
