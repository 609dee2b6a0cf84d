package org.strengths.person;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a GOV.UK date input (day, month and year typed in three boxes). Months may be typed as
 * numbers or names ("3", "Mar", "March"), as the design system recommends.
 */
final class DateInput {

  /** What is wrong with a typed date; each has its own message. */
  enum Problem {
    MISSING_DAY,
    MISSING_MONTH,
    MISSING_YEAR,
    YEAR_DIGITS,
    NOT_REAL
  }

  /** A date, or the problem with it; both empty when nothing was typed. */
  record Result(LocalDate date, Problem problem) {
    boolean blank() {
      return date == null && problem == null;
    }

    Optional<String> problemKey(String field) {
      return Optional.ofNullable(problem).map(p -> "person.error." + field + "." + camel(p.name()));
    }
  }

  private DateInput() {}

  static Result read(String day, String month, String year) {
    String d = trimmed(day);
    String m = trimmed(month);
    String y = trimmed(year);
    if (d.isEmpty() && m.isEmpty() && y.isEmpty()) {
      return new Result(null, null);
    }
    if (d.isEmpty()) {
      return new Result(null, Problem.MISSING_DAY);
    }
    if (m.isEmpty()) {
      return new Result(null, Problem.MISSING_MONTH);
    }
    if (y.isEmpty()) {
      return new Result(null, Problem.MISSING_YEAR);
    }
    if (!y.matches("\\d+")) {
      return new Result(null, Problem.NOT_REAL);
    }
    if (y.length() != 4) {
      return new Result(null, Problem.YEAR_DIGITS);
    }
    Optional<Integer> monthNumber = month(m);
    if (!d.matches("\\d{1,2}") || monthNumber.isEmpty()) {
      return new Result(null, Problem.NOT_REAL);
    }
    try {
      return new Result(
          LocalDate.of(Integer.parseInt(y), monthNumber.get(), Integer.parseInt(d)), null);
    } catch (DateTimeException notADate) {
      return new Result(null, Problem.NOT_REAL);
    }
  }

  private static Optional<Integer> month(String typed) {
    if (typed.matches("\\d{1,2}")) {
      int number = Integer.parseInt(typed);
      return number >= 1 && number <= 12 ? Optional.of(number) : Optional.empty();
    }
    String lower = typed.toLowerCase(Locale.UK);
    if (lower.length() < 3) {
      return Optional.empty();
    }
    return Arrays.stream(Month.values())
        .filter(candidate -> candidate.name().toLowerCase(Locale.UK).startsWith(lower))
        .map(Month::getValue)
        .findFirst();
  }

  private static String trimmed(String text) {
    return text == null ? "" : text.strip();
  }

  private static String camel(String constant) {
    StringBuilder out = new StringBuilder();
    boolean upper = false;
    for (char c : constant.toLowerCase(Locale.ROOT).toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        out.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return out.toString();
  }
}
