package org.strengths.network;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.strengths.platform.web.DateInput;

/**
 * A date asked for in the address: either from a GOV.UK date input (three boxes, e.g. {@code
 * onDay}, {@code onMonth}, {@code onYear}, read by {@link DateInput}) or as {@code yyyy-mm-dd} in a
 * link. Keeps what was typed so a page can show it back with the problem.
 *
 * @param problem what is wrong with what was typed, else null
 */
record DateTyped(String day, String month, String year, LocalDate date, DateInput.Problem problem) {

  static final DateTyped NONE = new DateTyped("", "", "", null, null);

  /** Networks were not recorded before this year: an earlier date is a typing mistake. */
  private static final int EARLIEST_YEAR = 1900;

  public boolean blank() {
    return date == null && problem == null;
  }

  /** The ISO form for links, or null. */
  public String iso() {
    return date == null ? null : date.toString();
  }

  static DateTyped read(String iso, String day, String month, String year) {
    if (filled(day) || filled(month) || filled(year)) {
      return boxes(strip(day), strip(month), strip(year));
    }
    if (!filled(iso)) {
      return NONE;
    }
    try {
      return of(LocalDate.parse(iso.strip()));
    } catch (DateTimeParseException notADate) {
      return new DateTyped("", "", "", null, DateInput.Problem.NOT_REAL);
    }
  }

  static DateTyped of(LocalDate date) {
    return new DateTyped(
        DateInput.day(date), DateInput.month(date), DateInput.year(date), date, null);
  }

  private static DateTyped boxes(String day, String month, String year) {
    DateInput.Result typed = DateInput.read(day, month, year);
    if (typed.date() != null && typed.date().getYear() < EARLIEST_YEAR) {
      return new DateTyped(day, month, year, null, DateInput.Problem.NOT_REAL);
    }
    return new DateTyped(day, month, year, typed.date(), typed.problem());
  }

  private static boolean filled(String text) {
    return text != null && !text.isBlank();
  }

  private static String strip(String text) {
    return text == null ? "" : text.strip();
  }
}
