package org.strengths.conversation;

/**
 * Words someone said, kept as they said them.
 *
 * @param attribution who said it: {@code person}, {@code carer}, {@code family} or {@code
 *     practitioner}
 * @param attributedName the carer's or family member's name, if given
 */
public record Quote(String words, String attribution, String attributedName) {

  public static final java.util.List<String> ATTRIBUTIONS =
      java.util.List.of("person", "carer", "family", "practitioner");

  /** Someone other than the practitioner said it, so the language coach leaves it alone. */
  public boolean theirOwnWords() {
    return !"practitioner".equals(attribution);
  }
}
