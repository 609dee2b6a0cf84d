package org.strengths.platform.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a date as people type it, the same way on every page: a GOV.UK date input (day, month and
 * year in three boxes, named {@code fieldDay}, {@code fieldMonth}, {@code fieldYear}) or one box
 * ("27/3/2026", "27 3 2026", "27 March 2026", "2026-03-27"). Months may be numbers or names and
 * their abbreviations ("3", "Mar", "March"), as the design system recommends; years have four
 * digits.
 *
 * <p>Each problem has one message for every date ({@link Problem#key()}, in the platform bundle),
 * with the date's name as its argument: "Date of birth must include a month".
 */
public final class DateInput {

  /** What is wrong with a typed date. */
  public enum Problem {
    MISSING_DAY("missingDay"),
    MISSING_MONTH("missingMonth"),
    MISSING_YEAR("missingYear"),
    YEAR_DIGITS("yearDigits"),
    NOT_REAL("notReal");

    private final String suffix;

    Problem(String suffix) {
      this.suffix = suffix;
    }

    /** The message key, whose one argument is the date's name ("Date of birth"). */
    public String key() {
      return "date.error." + suffix;
    }
  }

  /** A date, or the problem with it; both empty when nothing was typed. */
  public record Result(LocalDate date, Problem problem) {

    public boolean blank() {
      return date == null && problem == null;
    }

    public Optional<LocalDate> value() {
      return Optional.ofNullable(date);
    }

    /** The message key of the problem, if there is one. */
    public Optional<String> problemKey() {
      return Optional.ofNullable(problem).map(Problem::key);
    }
  }

  private static final Result NOTHING = new Result(null, null);

  private DateInput() {}

  /** The three boxes of a GOV.UK date input. */
  public static Result read(String day, String month, String year) {
    String d = trimmed(day);
    String m = trimmed(month);
    String y = trimmed(year);
    if (d.isEmpty() && m.isEmpty() && y.isEmpty()) {
      return NOTHING;
    }
    if (d.isEmpty()) {
      return problem(Problem.MISSING_DAY);
    }
    if (m.isEmpty()) {
      return problem(Problem.MISSING_MONTH);
    }
    if (y.isEmpty()) {
      return problem(Problem.MISSING_YEAR);
    }
    if (!y.matches("\\d+")) {
      return problem(Problem.NOT_REAL);
    }
    if (y.length() != 4) {
      return problem(Problem.YEAR_DIGITS);
    }
    Optional<Integer> monthNumber = month(m);
    if (!d.matches("\\d{1,2}") || monthNumber.isEmpty()) {
      return problem(Problem.NOT_REAL);
    }
    try {
      return new Result(
          LocalDate.of(Integer.parseInt(y), monthNumber.get(), Integer.parseInt(d)), null);
    } catch (DateTimeException notADate) {
      return problem(Problem.NOT_REAL);
    }
  }

  /** A date typed in one box: "27/3/2026", "27 3 2026", "27 March 2026" or "2026-03-27". */
  public static Result read(String typed) {
    String text = trimmed(typed);
    if (text.isEmpty()) {
      return NOTHING;
    }
    if (text.matches("\\d{4}-\\d{1,2}-\\d{1,2}")) {
      String[] parts = text.split("-");
      return read(parts[2], parts[1], parts[0]);
    }
    String[] parts = text.split("[\\s/.\\-]+");
    if (parts.length != 3) {
      return problem(Problem.NOT_REAL);
    }
    return read(parts[0], parts[1], parts[2]);
  }

  /** How a date is typed back into a one-box field: "27/3/2026"; blank for none. */
  public static String typed(LocalDate date) {
    return date == null
        ? ""
        : date.getDayOfMonth() + "/" + date.getMonthValue() + "/" + date.getYear();
  }

  /** The day box of a date shown back in a date input; blank for none. */
  public static String day(LocalDate date) {
    return date == null ? "" : String.valueOf(date.getDayOfMonth());
  }

  /** The month box of a date shown back in a date input; blank for none. */
  public static String month(LocalDate date) {
    return date == null ? "" : String.valueOf(date.getMonthValue());
  }

  /** The year box of a date shown back in a date input; blank for none. */
  public static String year(LocalDate date) {
    return date == null ? "" : String.valueOf(date.getYear());
  }

  /** The id of a date input's first box, which an error summary links to. */
  public static String dayBox(String field) {
    return field + "Day";
  }

  private static Result problem(Problem problem) {
    return new Result(null, problem);
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
}
