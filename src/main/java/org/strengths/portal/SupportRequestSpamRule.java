package org.strengths.portal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How "Ask for support" tells people from programs that post forms, without a puzzle that shuts out
 * screen-reader users (docs/adr/0115): a box that people are told to leave empty and never see (a
 * program fills every box), a least time between starting and sending (a person takes minutes), and
 * how often one address or browser may send (counted in the database, {@link
 * SupportRequestLimits}). Each refusal says plainly what to do instead.
 */
final class SupportRequestSpamRule {

  /** The name of the box people leave empty. */
  static final String HONEYPOT = "website";

  /** Why a request was refused: the message key of the plain words shown. */
  enum Refusal {
    HONEYPOT("ask.refused.honeypot"),
    TOO_QUICK("ask.refused.tooQuick"),
    TOO_MANY("ask.refused.tooMany");

    private final String key;

    Refusal(String key) {
      this.key = key;
    }

    String key() {
      return key;
    }
  }

  private SupportRequestSpamRule() {}

  /**
   * Whether a form post looks like a program's: the hidden box has something in it.
   *
   * @param honeypot what came in the box people never see
   */
  static Optional<Refusal> checkPost(String honeypot) {
    return honeypot != null && !honeypot.isBlank()
        ? Optional.of(Refusal.HONEYPOT)
        : Optional.empty();
  }

  /** Whether a request is sent sooner after it was started than a person could have written it. */
  static Optional<Refusal> checkTime(Instant started, Instant sent, Duration minimum) {
    return Duration.between(started, sent).compareTo(minimum) < 0
        ? Optional.of(Refusal.TOO_QUICK)
        : Optional.empty();
  }

  /**
   * The start of the fixed window an instant falls in (windows are counted from the epoch), so
   * every instance counts the same hits in the same window.
   */
  static Instant windowStart(Instant at, Duration window) {
    long size = window.toMillis();
    long millis = at.toEpochMilli();
    return Instant.ofEpochMilli(Math.floorDiv(millis, size) * size);
  }

  /**
   * Whether one more hit is allowed when {@code hitsWithThisOne} have been counted in the window.
   */
  static boolean withinLimit(int hitsWithThisOne, int limit) {
    return hitsWithThisOne <= limit;
  }
}
