package org.strengths.portal;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An email address or a UK mobile number, written one way so that "07700 900123" and
 * "+447700900123" are the same person's number and an address matches whatever its capitals.
 */
record ContactAddress(OutboxMessage.Channel channel, String value) {

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern UK_MOBILE = Pattern.compile("07\\d{9}");

  /** The address as typed, or empty when it is neither an email address nor a UK mobile. */
  static Optional<ContactAddress> read(String typed) {
    if (typed == null) {
      return Optional.empty();
    }
    String trimmed = typed.strip();
    if (trimmed.contains("@")) {
      return EMAIL.matcher(trimmed).matches() && trimmed.length() <= 320
          ? Optional.of(
              new ContactAddress(OutboxMessage.Channel.EMAIL, trimmed.toLowerCase(Locale.ROOT)))
          : Optional.empty();
    }
    String digits = trimmed.replace("(0)", "").replaceAll("[\\s()-]", "");
    if (digits.startsWith("+44")) {
      digits = "0" + digits.substring(3);
    } else if (digits.startsWith("0044")) {
      digits = "0" + digits.substring(4);
    }
    return UK_MOBILE.matcher(digits).matches()
        ? Optional.of(new ContactAddress(OutboxMessage.Channel.SMS, digits))
        : Optional.empty();
  }

  static ContactAddress parse(String typed) {
    return read(typed)
        .orElseThrow(
            () -> new IllegalArgumentException("Not an email address or a UK mobile number"));
  }
}
