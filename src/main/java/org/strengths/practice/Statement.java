package org.strengths.practice;

import java.time.Instant;
import java.util.UUID;

/**
 * A statement practitioners assess themselves against: a heading of the Knowledge and Skills
 * Statement for social workers in adult services or of the strengths-based practice framework
 * (docs/adr/0150). Shipped with its short title and source only; {@code wording} is the full text
 * an administrator or the principal social worker loaded, with the licence they use it under.
 */
record Statement(
    UUID id,
    String framework,
    String code,
    String title,
    int position,
    String source,
    String wording,
    String wordingLicence,
    Instant wordingLoadedAt,
    String wordingLoadedBy,
    int version) {

  static final String KSS = "KSS_ADULTS";
  static final String FRAMEWORK = "STRENGTHS_FRAMEWORK";

  public boolean hasWording() {
    return wording != null;
  }

  /** The short name in a table's row head: "KSS 2" or "KcVETS: Kc". */
  public String shortCode() {
    return KSS.equals(framework) ? "KSS " + code : "KcVETS " + code;
  }
}
