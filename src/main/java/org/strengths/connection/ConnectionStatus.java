package org.strengths.connection;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where a connection has got to. An introduction or referral is sent, then accepted or declined by
 * the organisation; then what happened is recorded (attended, did not attend, ongoing) until it
 * ends. When only information was given, nothing is sent and the practitioner records the outcome.
 */
enum ConnectionStatus {
  INFORMATION_GIVEN,
  SENT,
  ACCEPTED,
  DECLINED,
  ATTENDED,
  NOT_ATTENDED,
  ONGOING,
  ENDED;

  /** Statuses that say what happened; the person's feedback can be recorded with any of them. */
  static final Set<ConnectionStatus> OUTCOMES = EnumSet.of(ATTENDED, NOT_ATTENDED, ONGOING, ENDED);

  static ConnectionStatus initial(ConnectionMethod method) {
    return method.sharesData() ? SENT : INFORMATION_GIVEN;
  }

  /** The statuses that may follow this one, whoever records them. */
  Set<ConnectionStatus> next() {
    return switch (this) {
      case INFORMATION_GIVEN, ACCEPTED -> EnumSet.of(ATTENDED, NOT_ATTENDED, ONGOING, ENDED);
      case SENT -> EnumSet.of(ACCEPTED, DECLINED);
      case ATTENDED -> EnumSet.of(ONGOING, ENDED);
      case NOT_ATTENDED -> EnumSet.of(ATTENDED, ENDED);
      case ONGOING -> EnumSet.of(ENDED);
      case DECLINED, ENDED -> EnumSet.noneOf(ConnectionStatus.class);
    };
  }

  /** The outcomes that may be recorded now: the next ones, or this one again to add feedback. */
  List<ConnectionStatus> outcomeChoices() {
    return OUTCOMES.stream().filter(s -> s == this || next().contains(s)).toList();
  }

  boolean acceptsResponse() {
    return this == SENT;
  }

  static Optional<ConnectionStatus> parse(String text) {
    return Enums.parse(ConnectionStatus.class, text);
  }
}
