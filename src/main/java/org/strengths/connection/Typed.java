package org.strengths.connection;

/** Cleans what was typed into a form: trimmed, blank as null, no control characters. */
final class Typed {

  private Typed() {}

  static String text(String typed) {
    if (typed == null) {
      return null;
    }
    // Keep line breaks and tabs; drop other control characters, which no one types on purpose.
    String cleaned = typed.replace("\r\n", "\n").replaceAll("[\\p{Cntrl}&&[^\n\t]]", "").strip();
    return cleaned.isEmpty() ? null : cleaned;
  }

  /** A version number carried in a hidden field; -1 (never current) if it is not one. */
  static int version(String typed) {
    try {
      return typed == null ? -1 : Integer.parseInt(typed.strip());
    } catch (NumberFormatException notANumber) {
      return -1;
    }
  }
}
