package org.strengths.connection;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.UUID;

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

  static UUID uuid(String typed) {
    if (typed == null || typed.isBlank()) {
      return null;
    }
    try {
      return UUID.fromString(typed.strip());
    } catch (IllegalArgumentException notAnId) {
      return null;
    }
  }

  /** A version number carried in a hidden field; -1 (never current) if it is not one. */
  static int version(String typed) {
    try {
      return typed == null ? -1 : Integer.parseInt(typed.strip());
    } catch (NumberFormatException notANumber) {
      return -1;
    }
  }

  /** The result of reading a GOV.UK date input: a date, nothing typed, or a problem key. */
  record DateTyped(LocalDate date, String problem) {}

  static DateTyped date(String day, String month, String year) {
    String d = text(day);
    String m = text(month);
    String y = text(year);
    if (d == null && m == null && y == null) {
      return new DateTyped(null, null);
    }
    if (d == null || m == null || y == null) {
      return new DateTyped(null, "connection.error.consentDate.incomplete");
    }
    try {
      int yearNumber = Integer.parseInt(y);
      if (y.length() != 4) {
        return new DateTyped(null, "connection.error.consentDate.invalid");
      }
      return new DateTyped(
          LocalDate.of(yearNumber, Integer.parseInt(m), Integer.parseInt(d)), null);
    } catch (NumberFormatException | DateTimeException notADate) {
      return new DateTyped(null, "connection.error.consentDate.invalid");
    }
  }
}
