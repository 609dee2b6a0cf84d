package org.strengths.portal;

import java.util.Arrays;
import java.util.Optional;

/**
 * Why an item is withheld from the person (domain-reference §8, the subject access exemptions): it
 * is about someone else who has not agreed to it being shared, or seeing it is likely to cause
 * serious harm to the person's or someone else's physical or mental health.
 */
public enum WithholdReason {
  THIRD_PARTY,
  SERIOUS_HARM;

  public String messageKey() {
    return "withheld.reason." + name();
  }

  static Optional<WithholdReason> parse(String text) {
    return Arrays.stream(values()).filter(reason -> reason.name().equals(text)).findFirst();
  }
}
