package org.strengths.network;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * A date asked for in the address: either from a GOV.UK date input (three boxes, e.g. {@code
 * onDay}, {@code onMonth}, {@code onYear}) or as {@code yyyy-mm-dd} in a link. Keeps what was typed
 * so a page can show it back with the problem.
 *
 * @param problem the message key when what was typed is not a real date, else null
 */
record DateTyped(String day, String month, String year, LocalDate date, String problem) {

  static final DateTyped NONE = new DateTyped("", "", "", null, null);

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
      return new DateTyped("", "", "", null, "network.error.date.invalid");
    }
  }

  static DateTyped of(LocalDate date) {
    return new DateTyped(
        String.valueOf(date.getDayOfMonth()),
        String.valueOf(date.getMonthValue()),
        String.valueOf(date.getYear()),
        date,
        null);
  }

  private static DateTyped boxes(String day, String month, String year) {
    if (day.isEmpty() || month.isEmpty() || year.isEmpty()) {
      return new DateTyped(day, month, year, null, "network.error.date.incomplete");
    }
    if (!day.matches("\\d{1,2}") || !month.matches("\\d{1,2}") || !year.matches("\\d{4}")) {
      return new DateTyped(day, month, year, null, "network.error.date.invalid");
    }
    try {
      LocalDate date =
          LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
      if (date.getYear() < 1900) {
        return new DateTyped(day, month, year, null, "network.error.date.invalid");
      }
      return new DateTyped(day, month, year, date, null);
    } catch (DateTimeException notReal) {
      return new DateTyped(day, month, year, null, "network.error.date.invalid");
    }
  }

  private static boolean filled(String text) {
    return text != null && !text.isBlank();
  }

  private static String strip(String text) {
    return text == null ? "" : text.strip();
  }
}
