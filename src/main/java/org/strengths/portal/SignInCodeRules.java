package org.strengths.portal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/**
 * The rules of one-time sign-in codes (docs/adr/0111): six digits, kept only as a hash salted with
 * the code's own id, good for 15 minutes and once, refused after five wrong tries; only the newest
 * code sent to an invitation works; at most three codes asked for an address in 15 minutes.
 */
final class SignInCodeRules {

  static final Duration LIFETIME = Duration.ofMinutes(15);
  static final int WRONG_TRIES_ALLOWED = 5;
  static final Duration REQUEST_WINDOW = Duration.ofMinutes(15);
  static final int REQUESTS_ALLOWED = 3;

  private static final SecureRandom RANDOM = new SecureRandom();

  private SignInCodeRules() {}

  /** What happened to a code someone typed. */
  enum Outcome {
    ACCEPTED,
    WRONG,
    EXPIRED,
    ALREADY_USED,
    TOO_MANY_TRIES,
    NO_CODE
  }

  /** The newest code sent for an invitation, as stored. */
  record StoredCode(UUID id, String hash, Instant expiresAt, Instant usedAt, int wrongTries) {}

  static Outcome check(Optional<StoredCode> newest, String typed, Instant now) {
    if (newest.isEmpty()) {
      return Outcome.NO_CODE;
    }
    StoredCode code = newest.get();
    if (code.usedAt() != null) {
      return Outcome.ALREADY_USED;
    }
    if (code.wrongTries() >= WRONG_TRIES_ALLOWED) {
      return Outcome.TOO_MANY_TRIES;
    }
    if (!now.isBefore(code.expiresAt())) {
      return Outcome.EXPIRED;
    }
    boolean same =
        MessageDigest.isEqual(
            code.hash().getBytes(StandardCharsets.US_ASCII),
            hash(code.id(), normalised(typed)).getBytes(StandardCharsets.US_ASCII));
    return same ? Outcome.ACCEPTED : Outcome.WRONG;
  }

  /** Six digits, whatever spaces or hyphens were typed between them. */
  static boolean wellFormed(String typed) {
    return normalised(typed).matches("\\d{6}");
  }

  static String normalised(String typed) {
    return typed == null ? "" : typed.replaceAll("[\\s-]", "");
  }

  static String newCode() {
    return String.format("%06d", RANDOM.nextInt(1_000_000));
  }

  static boolean mayRequest(long requestsInWindow) {
    return requestsInWindow < REQUESTS_ALLOWED;
  }

  static String hash(UUID codeId, String code) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of()
          .formatHex(sha.digest((codeId + ":" + code).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
