package org.strengths.planning;

import java.util.Objects;
import org.strengths.platform.web.WebCode;

/**
 * The rules for the person's own words (ADR 0113), in plain Java: what they may write, when a
 * change is a proposal to the agreed plan rather than only kept, when the page they typed on is out
 * of date, and what a practitioner's reply needs. The words are kept exactly as written (only line
 * endings and surrounding space are tidied): no language coach, no rewording.
 */
final class OwnWordsRules {

  /** The longest the person's words may be, in characters. */
  static final int MAX_WORDS = 2000;

  /** The longest reason for declining may be, in characters. */
  static final int MAX_REASON = 1000;

  // An opening or closing tag, a comment or a doctype: "<script", "</b", "<!--". A lone "<" (as in
  // "I walk < 1 mile") is fine.

  private OwnWordsRules() {}

  /** What the person typed, as kept, or the message key of the problem with it. */
  record Checked(String words, String problem) {
    boolean ok() {
      return problem == null;
    }
  }

  /**
   * Checks the person's words.
   *
   * @param before what the part says now, to catch a change that changes nothing
   */
  static Checked words(String typed, String before) {
    String words = clean(typed);
    if (words == null) {
      return new Checked(null, "cowrite.error.words.required");
    }
    if (words.length() > MAX_WORDS) {
      return new Checked(words, "cowrite.error.words.tooLong");
    }
    if (WebCode.in(words)) {
      return new Checked(words, "cowrite.error.words.webCode");
    }
    if (Objects.equals(words, clean(before))) {
      return new Checked(words, "cowrite.error.words.unchanged");
    }
    return new Checked(words, null);
  }

  /** Checks a practitioner's reason for declining. */
  static Checked reason(String typed) {
    String reason = clean(typed);
    if (reason == null) {
      return new Checked(null, "cowrite.error.reason.required");
    }
    if (reason.length() > MAX_REASON) {
      return new Checked(reason, "cowrite.error.reason.tooLong");
    }
    if (WebCode.in(reason)) {
      return new Checked(reason, "cowrite.error.reason.webCode");
    }
    return new Checked(reason, null);
  }

  /**
   * What becomes of a change: an outcome is always part of the agreed plan, so changing one is a
   * proposal; "about me", what matters and a good life are proposals when there is an agreed plan
   * to take them into, and are otherwise kept as the person's own words for the practitioner to
   * read.
   */
  static OwnWords.Status statusOf(OwnWords.Part part, boolean planAgreed) {
    if (part == OwnWords.Part.OUTCOME || planAgreed) {
      return OwnWords.Status.PROPOSED;
    }
    return OwnWords.Status.KEPT;
  }

  /**
   * Whether the page the person typed on is out of date: the plan changed since they opened it.
   *
   * @param seen the plan's version when the page was opened, as the page sent it back; blank when
   *     there was no plan
   * @param current the plan's version now, or null when there is no plan
   */
  static boolean stale(String seen, Integer current) {
    String typed = seen == null ? "" : seen.strip();
    if (current == null) {
      return !typed.isEmpty();
    }
    try {
      return Integer.parseInt(typed) != current;
    } catch (NumberFormatException e) {
      return true;
    }
  }

  /** Only a proposal waiting for a reply can be accepted or declined. */
  static boolean canReply(OwnWords.Status status) {
    return status == OwnWords.Status.PROPOSED;
  }

  /** Free text as kept: line breaks one way, no surrounding space, null when blank. */
  static String clean(String value) {
    if (value == null) {
      return null;
    }
    String text = value.replace("\r\n", "\n").replace('\r', '\n').strip();
    return text.isEmpty() ? null : text;
  }
}
