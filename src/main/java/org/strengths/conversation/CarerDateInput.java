package org.strengths.conversation;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Reads a GOV.UK date input typed in three boxes. Only numbers are accepted; the problem, if any,
 * is a message key suffix.
 */
final class CarerDateInput {

  private CarerDateInput() {}

  /** A date, or the problem with it; both null when nothing was typed. */
  record Result(LocalDate date, String problem) {
    boolean blank() {
      return date == null && problem == null;
    }
  }

  static Result read(String day, String month, String year) {
    String d = trimmed(day);
    String m = trimmed(month);
    String y = trimmed(year);
    if (d.isEmpty() && m.isEmpty() && y.isEmpty()) {
      return new Result(null, null);
    }
    if (d.isEmpty() || m.isEmpty() || y.isEmpty()) {
      return new Result(null, "incomplete");
    }
    if (!d.matches("\\d{1,2}") || !m.matches("\\d{1,2}") || !y.matches("\\d{4}")) {
      return new Result(null, "notReal");
    }
    try {
      return new Result(
          LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d)), null);
    } catch (DateTimeException notADate) {
      return new Result(null, "notReal");
    }
  }

  private static String trimmed(String text) {
    return text == null ? "" : text.strip();
  }
}
