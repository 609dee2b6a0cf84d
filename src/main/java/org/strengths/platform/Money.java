package org.strengths.platform;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * An exact amount of money in pounds and pence, held as whole pence so that adding up a budget
 * never drifts. Multiplying by a rate or dividing rounds half up to the penny (see ADR 0006). The
 * one money type of every module: typed amounts are read, and sums written, the same way
 * everywhere.
 */
public record Money(long pence) implements Comparable<Money> {

  public static final Money ZERO = new Money(0);

  /** The largest amount a form accepts: far above any weekly care cost, far below overflow. */
  public static final Money LARGEST_TYPED = new Money(100_000_000L);

  static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

  public static Money ofPence(long pence) {
    return new Money(pence);
  }

  /** An amount in pounds, rounded to the penny. */
  public static Money ofPounds(BigDecimal pounds) {
    return new Money(pounds.setScale(2, ROUNDING).movePointRight(2).longValueExact());
  }

  /** The problem with a typed amount, if any. */
  public enum Problem {
    BLANK,
    NOT_A_NUMBER,
    TOO_MANY_DECIMALS,
    NEGATIVE,
    TOO_LARGE
  }

  /** A typed amount, or the problem with it. */
  public record Typed(Money money, Problem problem) {}

  /**
   * Reads an amount as people type it: "12", "12.5", "12.50", "£1,234.56". More than two decimal
   * places is refused rather than rounded, so nobody's typed figure silently changes.
   */
  public static Typed parse(String text) {
    String cleaned = text == null ? "" : text.strip().replace("£", "").replace(",", "").strip();
    if (cleaned.isEmpty()) {
      return new Typed(null, Problem.BLANK);
    }
    if (!cleaned.matches("-?\\d{1,12}(\\.\\d*)?|-?\\.\\d+")) {
      return new Typed(null, Problem.NOT_A_NUMBER);
    }
    BigDecimal amount = new BigDecimal(cleaned.endsWith(".") ? cleaned + "0" : cleaned);
    if (amount.stripTrailingZeros().scale() > 2) {
      return new Typed(null, Problem.TOO_MANY_DECIMALS);
    }
    if (amount.signum() < 0) {
      return new Typed(null, Problem.NEGATIVE);
    }
    Money money = ofPounds(amount);
    return money.compareTo(LARGEST_TYPED) > 0
        ? new Typed(null, Problem.TOO_LARGE)
        : new Typed(money, null);
  }

  public static Optional<Money> parseOrEmpty(String text) {
    return Optional.ofNullable(parse(text).money());
  }

  public BigDecimal pounds() {
    return BigDecimal.valueOf(pence, 2);
  }

  public Money plus(Money other) {
    return new Money(Math.addExact(pence, other.pence));
  }

  public Money minus(Money other) {
    return new Money(Math.subtractExact(pence, other.pence));
  }

  /** This amount times a quantity (hours, weeks), rounded to the penny. */
  public Money times(BigDecimal quantity) {
    return ofPounds(pounds().multiply(quantity));
  }

  public Money times(long quantity) {
    return new Money(Math.multiplyExact(pence, quantity));
  }

  /** This amount divided by a quantity, rounded to the penny. */
  public Money dividedBy(BigDecimal quantity) {
    return ofPounds(pounds().divide(quantity, 10, ROUNDING));
  }

  public Money atLeastZero() {
    return pence < 0 ? ZERO : this;
  }

  public boolean isLessThan(Money other) {
    return compareTo(other) < 0;
  }

  public boolean isZero() {
    return pence == 0;
  }

  /** As written in a plan: "£1,234.50". */
  public String formatted() {
    NumberFormat format = NumberFormat.getCurrencyInstance(Locale.UK);
    return format.format(pounds());
  }

  /** As typed back into a form: "1234.50". */
  public String typed() {
    return pounds().toPlainString();
  }

  @Override
  public int compareTo(Money other) {
    return Long.compare(pence, other.pence);
  }

  @Override
  public String toString() {
    return formatted();
  }
}
