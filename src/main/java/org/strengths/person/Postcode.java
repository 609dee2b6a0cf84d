package org.strengths.person;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A UK postcode in its standard form: outward code, one space, inward code ("LS1 4AP"). Input may
 * be any case, with or without the space.
 */
public record Postcode(String value) {

  // Outward: A9, A99, AA9, AA99, A9A, AA9A; inward: 9AA. GIR 0AA is the one historic exception.
  private static final Pattern UK_POSTCODE =
      Pattern.compile("^(GIR0AA|[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][ABD-HJLNP-UW-Z]{2})$");

  public Postcode {
    if (!UK_POSTCODE.matcher(compact(value)).matches()) {
      throw new IllegalArgumentException("Not a UK postcode");
    }
    value = format(compact(value));
  }

  public static Optional<Postcode> parse(String text) {
    String compact = compact(text);
    return UK_POSTCODE.matcher(compact).matches()
        ? Optional.of(new Postcode(compact))
        : Optional.empty();
  }

  /** Whether the text is a full postcode or its outward part (for searches like "LS6"). */
  public static boolean looksLikeOutwardCode(String text) {
    return compact(text).matches("[A-Z]{1,2}[0-9][A-Z0-9]?");
  }

  static String compact(String text) {
    return text == null ? "" : text.replaceAll("\\s", "").toUpperCase(Locale.UK);
  }

  private static String format(String compact) {
    return compact.substring(0, compact.length() - 3)
        + " "
        + compact.substring(compact.length() - 3);
  }

  @Override
  public String toString() {
    return value;
  }
}
