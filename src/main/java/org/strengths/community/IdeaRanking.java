package org.strengths.community;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * How the ideas for one thing that matters are ordered: what fits and is near first. An asset's fit
 * is how many of the person's words it matches (a synonym counts, so "allotment" matches a garden);
 * that fit is then weighed down by distance, so that an asset {@value #HALF_WEIGHT_KM} km away
 * counts half as much as one on the doorstep, and one twice as far a third as much. An equal match
 * nearer by always comes first; a much better match can still come first from further away. Ties go
 * to the nearer, then to the stronger text match (the asset's name counts more than its
 * description).
 */
final class IdeaRanking {

  /** The distance at which a match counts half. */
  static final double HALF_WEIGHT_KM = 5;

  /** How far the ideas look, from the person's home. */
  static final double SEARCH_METRES = 8_000;

  /**
   * One asset that matched some of the words.
   *
   * @param wordsMatched how many of the words (or their synonyms) it matches
   * @param textRank the search's own text rank, higher for a match in the name
   * @param metres from the person's home, or {@code null} if either place is unknown
   */
  record Candidate(UUID id, int wordsMatched, double textRank, Double metres) {}

  private static final Comparator<Candidate> ORDER =
      Comparator.comparingDouble(IdeaRanking::score)
          .reversed()
          .thenComparing(Candidate::metres, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(Comparator.comparingDouble(Candidate::textRank).reversed())
          .thenComparing(Candidate::id);

  private IdeaRanking() {}

  /** How much a match counts at this distance: 1 on the doorstep, ½ at 5 km, ⅓ at 10 km. */
  static double nearness(Double metres) {
    double km = (metres == null ? SEARCH_METRES : metres) / 1000;
    return 1 / (1 + km / HALF_WEIGHT_KM);
  }

  static double score(Candidate candidate) {
    return candidate.wordsMatched() * nearness(candidate.metres());
  }

  /** Best first. */
  static List<Candidate> rank(List<Candidate> candidates) {
    return candidates.stream().sorted(ORDER).toList();
  }
}
