package org.strengths.platform.statute;

import java.util.Locale;
import java.util.Optional;

/**
 * The nine areas of wellbeing in the Care Act 2014 s.1(2), in the order of the Act; none ranks
 * above another. Stored and exchanged by {@link #name()}; shown in the Act's own words from the
 * message bundle under {@code statute.wellbeing.<name>}.
 */
public enum WellbeingArea {
  DIGNITY('a'),
  HEALTH('b'),
  PROTECTION('c'),
  CONTROL('d'),
  PARTICIPATION('e'),
  SOCIAL_AND_ECONOMIC('f'),
  RELATIONSHIPS('g'),
  ACCOMMODATION('h'),
  CONTRIBUTION('i');

  private final char letter;

  WellbeingArea(char letter) {
    this.letter = letter;
  }

  /** The area for a stored or typed name; empty for anything else. */
  public static Optional<WellbeingArea> of(String name) {
    for (WellbeingArea area : values()) {
      if (area.name().equals(name)) {
        return Optional.of(area);
      }
    }
    return Optional.empty();
  }

  /** The paragraph letter in s.1(2), e.g. {@code f}. */
  public char letter() {
    return letter;
  }

  /** The key of the Act's words for this area, e.g. {@code statute.wellbeing.DIGNITY}. */
  public String messageKey() {
    return "statute.wellbeing." + name();
  }

  /**
   * The name in lower camel case for form fields and element ids, e.g. {@code socialAndEconomic}.
   */
  public String camelName() {
    StringBuilder out = new StringBuilder();
    for (String part : name().split("_")) {
      String lower = part.toLowerCase(Locale.ROOT);
      out.append(
          out.isEmpty() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1));
    }
    return out.toString();
  }
}
