package org.strengths.person;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * When an existing record is likely to be the same person as one about to be added: the same NHS
 * number; or the same date of birth with a similar name — the full names share at least half their
 * trigrams, or the last names sound alike (Double Metaphone) and the first names start with the
 * same letter. The database works out the trigram similarity and the sounds; this class decides.
 */
final class DuplicateRule {

  static final double NAME_SIMILARITY = 0.5;
  static final int MAX_MATCHES = 10;

  /** What was typed for the new person (normalised). */
  record Typed(String firstName, String lastName, LocalDate dateOfBirth, String nhsNumber) {}

  /**
   * An existing record, with what the database worked out about it.
   *
   * @param nameSimilarity pg_trgm similarity of the full names, 0 to 1
   * @param lastNameSoundsAlike whether the last names have the same Double Metaphone code
   */
  record Candidate(
      UUID id,
      String firstName,
      String preferredName,
      String lastName,
      LocalDate dateOfBirth,
      String nhsNumber,
      String postcode,
      double nameSimilarity,
      boolean lastNameSoundsAlike) {}

  private DuplicateRule() {}

  static Optional<DuplicateMatch> match(Typed typed, Candidate candidate) {
    boolean sameNhs =
        typed.nhsNumber() != null && typed.nhsNumber().equals(trim(candidate.nhsNumber()));
    boolean similarName =
        typed.dateOfBirth() != null
            && typed.dateOfBirth().equals(candidate.dateOfBirth())
            && (candidate.nameSimilarity() >= NAME_SIMILARITY
                || (candidate.lastNameSoundsAlike()
                    && sameInitial(typed.firstName(), candidate.firstName())));
    if (!sameNhs && !similarName) {
      return Optional.empty();
    }
    return Optional.of(
        new DuplicateMatch(
            candidate.id(),
            PersonDetails.displayName(
                candidate.firstName(), candidate.preferredName(), candidate.lastName()),
            candidate.dateOfBirth(),
            trim(candidate.nhsNumber()),
            candidate.postcode(),
            sameNhs,
            similarName));
  }

  /** The likely duplicates among the candidates: same NHS number first, then the closest names. */
  static List<DuplicateMatch> matches(Typed typed, List<Candidate> candidates) {
    Comparator<Candidate> closestFirst =
        Comparator.comparingDouble(Candidate::nameSimilarity).reversed();
    return candidates.stream()
        .sorted(closestFirst)
        .map(candidate -> match(typed, candidate))
        .flatMap(Optional::stream)
        .sorted(Comparator.comparing(DuplicateMatch::sameNhsNumber).reversed())
        .limit(MAX_MATCHES)
        .toList();
  }

  private static boolean sameInitial(String a, String b) {
    return a != null
        && b != null
        && !a.isEmpty()
        && !b.isEmpty()
        && a.substring(0, 1)
            .toUpperCase(Locale.UK)
            .equals(b.substring(0, 1).toUpperCase(Locale.UK));
  }

  private static String trim(String value) {
    return value == null ? null : value.strip();
  }
}
