package org.strengths.conversation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads dates typed into a GOV.UK date input (day, month, year boxes; months as numbers or names)
 * or into one box ("27/3/2026", "27 3 2026", "27 March 2026", "2026-03-27").
 */
final class ConversationDates {

  /** A date, or the message key of what is wrong with it; both empty when nothing was typed. */
  record Typed(LocalDate date, String problem) {
    boolean blank() {
      return date == null && problem == null;
    }
  }

  private ConversationDates() {}

  static Typed read(String day, String month, String year) {
    String d = trimmed(day);
    String m = trimmed(month);
    String y = trimmed(year);
    if (d.isEmpty() && m.isEmpty() && y.isEmpty()) {
      return new Typed(null, null);
    }
    if (d.isEmpty()) {
      return new Typed(null, "missingDay");
    }
    if (m.isEmpty()) {
      return new Typed(null, "missingMonth");
    }
    if (y.isEmpty()) {
      return new Typed(null, "missingYear");
    }
    if (!y.matches("\\d+")) {
      return new Typed(null, "notReal");
    }
    if (y.length() != 4) {
      return new Typed(null, "yearDigits");
    }
    Optional<Integer> monthNumber = month(m);
    if (!d.matches("\\d{1,2}") || monthNumber.isEmpty()) {
      return new Typed(null, "notReal");
    }
    try {
      return new Typed(
          LocalDate.of(Integer.parseInt(y), monthNumber.get(), Integer.parseInt(d)), null);
    } catch (DateTimeException notADate) {
      return new Typed(null, "notReal");
    }
  }

  /** A date typed in one box. */
  static Typed read(String typed) {
    String text = trimmed(typed);
    if (text.isEmpty()) {
      return new Typed(null, null);
    }
    if (text.matches("\\d{4}-\\d{1,2}-\\d{1,2}")) {
      String[] parts = text.split("-");
      return read(parts[2], parts[1], parts[0]);
    }
    String[] parts = text.split("[\\s/.\\-]+");
    if (parts.length != 3) {
      return new Typed(null, "notReal");
    }
    return read(parts[0], parts[1], parts[2]);
  }

  /** How a date is typed back into a one-box field: "27/3/2026". */
  static String typed(LocalDate date) {
    return date.getDayOfMonth() + "/" + date.getMonthValue() + "/" + date.getYear();
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
