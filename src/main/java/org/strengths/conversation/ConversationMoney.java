package org.strengths.conversation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.OptionalLong;

/**
 * Reads sums of money typed in pounds ("12", "12.5", "£12.50", "1,200.00") as exact pence; never
 * through a floating-point number, so nothing is lost to rounding.
 */
final class ConversationMoney {

  /** Small sums only: anything larger is a typing mistake or not a "small sum". */
  static final long MAX_PENCE = 1_000_000_00L;

  private ConversationMoney() {}

  /** The pence, or empty if the text is not a positive amount with at most two decimal places. */
  static OptionalLong parsePence(String typed) {
    if (typed == null) {
      return OptionalLong.empty();
    }
    String text = typed.strip().replace("£", "").replace(",", "").strip();
    if (!text.matches("\\d{1,9}(\\.\\d{1,2})?") && !text.matches("\\.\\d{1,2}")) {
      return OptionalLong.empty();
    }
    long pence =
        new BigDecimal(text)
            .setScale(2, RoundingMode.UNNECESSARY)
            .movePointRight(2)
            .longValueExact();
    return pence <= 0 || pence > MAX_PENCE ? OptionalLong.empty() : OptionalLong.of(pence);
  }

  /** "£1,234.50". */
  static String format(long pence) {
    return String.format(java.util.Locale.UK, "£%,.2f", BigDecimal.valueOf(pence, 2));
  }

  /** As typed back into a form: "1234.50". */
  static String plain(long pence) {
    return BigDecimal.valueOf(pence, 2).toPlainString();
  }
}
