package org.strengths.person;

import java.util.Optional;

/**
 * A ten-digit NHS number whose last digit is the Modulus 11 check digit of the first nine. Spaces
 * and hyphens are accepted in input ("943 476 5919") and dropped.
 */
public record NhsNumber(String digits) {

  public NhsNumber {
    if (!isValid(digits)) {
      throw new IllegalArgumentException("Not a valid NHS number");
    }
  }

  /** The NHS number in {@code text}, if it is one; blank or malformed input gives empty. */
  public static Optional<NhsNumber> parse(String text) {
    String digits = normalise(text);
    return isValid(digits) ? Optional.of(new NhsNumber(digits)) : Optional.empty();
  }

  /** Removes the spaces and hyphens people type between groups of digits. */
  public static String normalise(String text) {
    return text == null ? "" : text.replaceAll("[\\s-]", "");
  }

  /** Whether the text looks like an attempt at an NHS number (ten digits once spaces are gone). */
  public static boolean looksLikeOne(String text) {
    return normalise(text).matches("\\d{10}");
  }

  static boolean isValid(String digits) {
    if (digits == null || !digits.matches("\\d{10}")) {
      return false;
    }
    Integer check = checkDigit(digits.substring(0, 9));
    return check != null && check == digits.charAt(9) - '0';
  }

  /**
   * The Modulus 11 check digit for nine digits, or {@code null} when none exists (remainder 10).
   */
  static Integer checkDigit(String nineDigits) {
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += (nineDigits.charAt(i) - '0') * (10 - i);
    }
    int check = 11 - (sum % 11);
    if (check == 11) {
      return 0;
    }
    return check == 10 ? null : check;
  }

  /** Shown as 3-3-4 with spaces, the way it is printed on NHS letters. */
  public String formatted() {
    return digits.substring(0, 3) + " " + digits.substring(3, 6) + " " + digits.substring(6);
  }

  @Override
  public String toString() {
    return formatted();
  }
}
