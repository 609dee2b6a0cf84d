package org.strengths.planning;

import java.time.DateTimeException;
import java.time.LocalDate;

/** Reads a GOV.UK date input (day, month and year in three boxes). */
final class TypedDate {

  enum Problem {
    INCOMPLETE,
    NOT_REAL
  }

  /** A date, or the problem with it; both null when nothing was typed. */
  record Result(LocalDate date, Problem problem) {
    boolean blank() {
      return date == null && problem == null;
    }
  }

  private TypedDate() {}

  static Result read(String day, String month, String year) {
    String d = strip(day);
    String m = strip(month);
    String y = strip(year);
    if (d.isEmpty() && m.isEmpty() && y.isEmpty()) {
      return new Result(null, null);
    }
    if (d.isEmpty() || m.isEmpty() || y.isEmpty()) {
      return new Result(null, Problem.INCOMPLETE);
    }
    if (!d.matches("\\d{1,2}") || !m.matches("\\d{1,2}") || !y.matches("\\d{4}")) {
      return new Result(null, Problem.NOT_REAL);
    }
    try {
      return new Result(
          LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d)), null);
    } catch (DateTimeException notADate) {
      return new Result(null, Problem.NOT_REAL);
    }
  }

  static String day(LocalDate date) {
    return date == null ? "" : String.valueOf(date.getDayOfMonth());
  }

  static String month(LocalDate date) {
    return date == null ? "" : String.valueOf(date.getMonthValue());
  }

  static String year(LocalDate date) {
    return date == null ? "" : String.valueOf(date.getYear());
  }

  private static String strip(String text) {
    return text == null ? "" : text.strip();
  }
}
