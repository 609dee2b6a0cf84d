package org.strengths.portal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts what an address or a browser session does in "Ask for support", in the database so that
 * every instance counts together. Keys are hashed: the table holds no address.
 */
@Service
class SupportRequestLimits {

  private final JdbcClient jdbc;
  private final Clock clock;

  SupportRequestLimits(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * Counts one hit for {@code what} by {@code who} and says whether it is within {@code limit} hits
   * per {@code window}. A hit refused still counts, so hammering does not help.
   */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  boolean allow(String what, String who, int limit, Duration window) {
    Instant start = SupportRequestSpamRule.windowStart(clock.instant(), window);
    int hits =
        jdbc.sql(
                """
                INSERT INTO portal_rate_limit (key, window_start, hits) VALUES (:key, :start, 1)
                ON CONFLICT (key, window_start) DO UPDATE SET hits = portal_rate_limit.hits + 1
                RETURNING hits
                """)
            .param("key", what + ":" + hash(who))
            .param("start", OffsetDateTime.ofInstant(start, ZoneOffset.UTC))
            .query(Integer.class)
            .single();
    return SupportRequestSpamRule.withinLimit(hits, limit);
  }

  /** Forgets windows that ended more than a day ago. */
  @Transactional
  void forgetOld() {
    jdbc.sql("DELETE FROM portal_rate_limit WHERE window_start < :before")
        .param(
            "before",
            OffsetDateTime.ofInstant(clock.instant().minus(Duration.ofDays(1)), ZoneOffset.UTC))
        .update();
  }

  static String hash(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of()
          .formatHex(digest.digest((text == null ? "" : text).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
