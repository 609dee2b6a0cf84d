package org.strengths.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.UUID;

/**
 * The tamper evidence of the audit log: each entry's hash covers its own fields and the previous
 * entry's hash, so changing or removing any entry breaks every hash after it.
 */
final class AuditChain {

  static final String GENESIS = "0".repeat(64);

  private AuditChain() {}

  record Entry(
      long seq,
      Instant occurredAt,
      UUID staffId,
      String username,
      String role,
      UUID personId,
      String section,
      String action,
      String reason,
      String detail,
      String ipAddress) {}

  static String hash(String previousHash, Entry entry) {
    String canonical =
        String.join(
            "\u001f",
            previousHash,
            Long.toString(entry.seq()),
            entry.occurredAt().toString(),
            Objects.toString(entry.staffId(), ""),
            entry.username(),
            entry.role(),
            Objects.toString(entry.personId(), ""),
            entry.section(),
            entry.action(),
            Objects.toString(entry.reason(), ""),
            Objects.toString(entry.detail(), ""),
            Objects.toString(entry.ipAddress(), ""));
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha256.digest(canonical.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
