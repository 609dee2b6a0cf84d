package org.strengths.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DuplicateRuleTest {

  private static final LocalDate BORN = LocalDate.of(1948, 3, 12);
  private static final DuplicateRule.Typed JOHN =
      new DuplicateRule.Typed("John", "Smith", BORN, "9434765919");

  @Test
  void matchesTheSameNhsNumberWhateverTheNameAndDateOfBirth() {
    var other = candidate("Mary", "Jones", LocalDate.of(1970, 1, 1), "9434765919", 0.0, false);

    assertThat(DuplicateRule.match(JOHN, other))
        .hasValueSatisfying(
            match -> {
              assertThat(match.sameNhsNumber()).isTrue();
              assertThat(match.similarNameAndDateOfBirth()).isFalse();
            });
  }

  @Test
  void matchesASimilarNameWithTheSameDateOfBirth() {
    var other = candidate("Jon", "Smith", BORN, null, 0.5, true);

    assertThat(DuplicateRule.match(JOHN, other))
        .hasValueSatisfying(match -> assertThat(match.similarNameAndDateOfBirth()).isTrue());
  }

  @Test
  void doesNotMatchASimilarNameWithADifferentDateOfBirth() {
    var other = candidate("John", "Smith", BORN.plusDays(1), null, 1.0, true);

    assertThat(DuplicateRule.match(JOHN, other)).isEmpty();
  }

  @Test
  void doesNotMatchTheSameDateOfBirthWithAnUnlikeName() {
    var other = candidate("Priya", "Shah", BORN, null, 0.1, false);

    assertThat(DuplicateRule.match(JOHN, other)).isEmpty();
  }

  @Test
  void matchesALastNameThatSoundsAlikeWhenTheFirstInitialIsTheSame() {
    var other = candidate("Jonathan", "Smyth", BORN, null, 0.2, true);

    assertThat(DuplicateRule.match(JOHN, other)).isPresent();
  }

  @Test
  void doesNotMatchALastNameThatSoundsAlikeWithADifferentFirstInitial() {
    var other = candidate("Peter", "Smyth", BORN, null, 0.2, true);

    assertThat(DuplicateRule.match(JOHN, other)).isEmpty();
  }

  @Test
  void comparesFirstInitialsWhateverTheirCase() {
    var other = candidate("jonathan", "Smyth", BORN, null, 0.2, true);

    assertThat(DuplicateRule.match(JOHN, other)).isPresent();
  }

  @Test
  void treatsATrigramSimilarityJustBelowTheThresholdAsUnlike() {
    var other = candidate("Joan", "Smithers", BORN, null, 0.49, false);

    assertThat(DuplicateRule.match(JOHN, other)).isEmpty();
  }

  @Test
  void needsADateOfBirthToMatchOnName() {
    var typed = new DuplicateRule.Typed("John", "Smith", null, null);
    var other = candidate("John", "Smith", null, null, 1.0, true);

    assertThat(DuplicateRule.match(typed, other)).isEmpty();
  }

  @Test
  void listsSameNhsNumberMatchesFirstThenTheClosestNames() {
    var close = candidate("John", "Smith", BORN, null, 0.9, true);
    var closer = candidate("John", "Smith", BORN, null, 1.0, true);
    var sameNhs = candidate("Mary", "Jones", BORN.minusYears(5), "9434765919", 0.0, false);
    var unlike = candidate("Priya", "Shah", BORN, null, 0.0, false);

    List<DuplicateMatch> matches =
        DuplicateRule.matches(JOHN, List.of(close, unlike, sameNhs, closer));

    assertThat(matches)
        .extracting(DuplicateMatch::id)
        .containsExactly(sameNhs.id(), closer.id(), close.id());
  }

  @Test
  void usesThePreferredNameWhenShowingAMatch() {
    var other =
        new DuplicateRule.Candidate(
            UUID.randomUUID(), "Jonathan", "Jon", "Smith", BORN, null, "LS1 4AP", 0.6, true);

    assertThat(DuplicateRule.match(JOHN, other))
        .hasValueSatisfying(match -> assertThat(match.name()).isEqualTo("Jon Smith"));
  }

  private static DuplicateRule.Candidate candidate(
      String first, String last, LocalDate born, String nhs, double similarity, boolean sounds) {
    return new DuplicateRule.Candidate(
        UUID.randomUUID(), first, null, last, born, nhs, "LS1 4AP", similarity, sounds);
  }
}
