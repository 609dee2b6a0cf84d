package org.strengths.practice;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What loading a statement's wording must hold (docs/adr/0150): the wording and the licence under
 * which the council uses it come together, so a text is never held without saying why it may be;
 * both left empty takes the wording away again and leaves the short title.
 */
final class StatementWording {

  static final int MAX_WORDING = 10_000;
  static final int MAX_LICENCE = 500;

  private StatementWording() {}

  static Map<String, String> check(String wording, String licence) {
    Map<String, String> problems = new LinkedHashMap<>();
    String text = strip(wording);
    String why = strip(licence);
    if (text.length() > MAX_WORDING) {
      problems.put("wording", "development.error.wording.tooLong");
    }
    if (!text.isEmpty() && why.isEmpty()) {
      problems.put("licence", "development.error.licence.missing");
    } else if (text.isEmpty() && !why.isEmpty()) {
      problems.put("wording", "development.error.wording.missing");
    } else if (why.length() > MAX_LICENCE) {
      problems.put("licence", "development.error.licence.tooLong");
    }
    return problems;
  }

  /** The typed text stripped; null for nothing, which clears it. */
  static String stored(String typed) {
    String text = strip(typed);
    return text.isEmpty() ? null : text;
  }

  private static String strip(String typed) {
    return typed == null ? "" : typed.strip();
  }
}
