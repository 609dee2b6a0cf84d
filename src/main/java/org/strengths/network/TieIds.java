package org.strengths.network;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;

/**
 * Ids for new relationships that sort in the order they were made (UUID version 7, RFC 9562), so
 * the ecomap gives a new relationship the next free place in its kind and moves no other.
 */
final class TieIds {

  private static final SecureRandom RANDOM = new SecureRandom();

  private TieIds() {}

  static UUID next(Clock clock) {
    long millis = clock.millis();
    long high = (millis << 16) | 0x7000L | (RANDOM.nextInt() & 0x0FFFL);
    long low = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(high, low);
  }
}
