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

  /** An entry as stored: its fields, the hash it claims to follow and its own hash. */
  record Stored(Entry entry, String previousHash, String hash) {}

  /**
   * Checks entries one at a time in sequence order, so that a log of any length can be verified
   * while it streams past. Once broken, it stays broken at the first bad entry.
   */
  static final class Verifier {
    private String expectedPrevious = GENESIS;
    private long expectedSeq = 1;
    private long checked;
    private Long brokenAt;

    /** Returns whether the chain is still intact after this entry. */
    boolean accept(Stored stored) {
      if (brokenAt != null) {
        return false;
      }
      checked++;
      Entry entry = stored.entry();
      boolean follows =
          entry.seq() == expectedSeq && expectedPrevious.equals(stored.previousHash());
      if (!follows || !hash(expectedPrevious, entry).equals(stored.hash())) {
        brokenAt = entry.seq();
        return false;
      }
      expectedPrevious = stored.hash();
      expectedSeq = entry.seq() + 1;
      return true;
    }

    Verification result() {
      return new Verification(checked, brokenAt);
    }
  }

  /**
   * The outcome of checking the chain.
   *
   * @param checked how many entries were read
   * @param brokenAt the sequence number of the first entry that does not follow, or null
   */
  record Verification(long checked, Long brokenAt) {
    boolean intact() {
      return brokenAt == null;
    }
  }

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
