package org.strengths.connection;

import java.util.Optional;

/**
 * Who may move a connection from one status to another, in plain Java. Only the organisation
 * accepts or declines, and a decline needs a reason; either side may record what happened. A
 * connection may stay at the same outcome to add the person's feedback.
 */
final class StatusRule {

  static final int MAX_REASON = 500;

  /** Who is recording the change. */
  enum Side {
    PRACTITIONER,
    PARTNER
  }

  private StatusRule() {}

  /** Why the change is refused, as a message key; empty when it is allowed. */
  static Optional<String> refusal(
      ConnectionStatus from, ConnectionStatus to, Side side, String reason) {
    if (to == null) {
      return Optional.of("connection.error.status.required");
    }
    if (from == to && ConnectionStatus.OUTCOMES.contains(to)) {
      return Optional.empty();
    }
    if (!from.next().contains(to)) {
      return Optional.of(
          from.next().isEmpty()
              ? "connection.error.status.finished"
              : "connection.error.status.notNext");
    }
    if ((to == ConnectionStatus.ACCEPTED || to == ConnectionStatus.DECLINED)
        && side != Side.PARTNER) {
      return Optional.of("connection.error.status.partnerOnly");
    }
    if (to == ConnectionStatus.DECLINED) {
      if (reason == null || reason.isBlank()) {
        return Optional.of("connection.error.declineReason.required");
      }
      if (reason.strip().length() > MAX_REASON) {
        return Optional.of("connection.error.declineReason.tooLong");
      }
    }
    return Optional.empty();
  }
}
