package org.strengths.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NetworkComparisonTest {

  private final Tie mary =
      Ties.tie(
          "Mary", TieKind.FAMILY, TieStrength.ORDINARY, false, SupportDirection.TO_PERSON, true);
  private final Tie rex =
      Ties.tie("Rex", TieKind.PET, TieStrength.STRONG, false, SupportDirection.BOTH_WAYS, false);
  private final Tie club =
      Ties.tie(
          "Lunch club",
          TieKind.COMMUNITY_GROUP,
          TieStrength.TENUOUS,
          true,
          SupportDirection.NONE,
          false);

  @Test
  void countsEveryRelationshipAsAddedWhenThereWasNothingBefore() {
    var comparison = NetworkComparison.between(List.of(), List.of(mary, rex));
    assertThat(comparison.added()).containsExactly(mary, rex);
    assertThat(comparison.lost()).isEmpty();
    assertThat(comparison.hasChanges()).isTrue();
  }

  @Test
  void countsEveryRelationshipAsLostWhenNothingIsLeft() {
    var comparison = NetworkComparison.between(List.of(mary, rex), List.of());
    assertThat(comparison.lost()).containsExactly(mary, rex);
    assertThat(comparison.added()).isEmpty();
  }

  @Test
  void findsNoChangesBetweenTheSameLists() {
    List<Tie> ties = Ties.random(new Random(4), 30);
    assertThat(NetworkComparison.between(ties, List.copyOf(ties)).hasChanges()).isFalse();
    assertThat(NetworkComparison.between(List.of(), List.of()).hasChanges()).isFalse();
  }

  @Test
  void matchesRelationshipsByIdSoARenameIsNotAChange() {
    Tie renamed = with(mary, "Mary Jones", mary.strength(), mary.stressful(), mary.direction());
    var comparison = NetworkComparison.between(List.of(mary), List.of(renamed));
    assertThat(comparison.hasChanges()).isFalse();
    assertThat(comparison.added()).isEmpty();
    assertThat(comparison.lost()).isEmpty();
  }

  @Test
  void findsWhatWasAddedAndLost() {
    var comparison = NetworkComparison.between(List.of(mary, rex), List.of(rex, club));
    assertThat(comparison.added()).containsExactly(club);
    assertThat(comparison.lost()).containsExactly(mary);
  }

  @Test
  void findsStrengthenedAndWeakenedRelationships() {
    Tie stronger = with(mary, mary.label(), TieStrength.STRONG, false, mary.direction());
    Tie weaker = with(rex, rex.label(), TieStrength.TENUOUS, false, rex.direction());
    Tie clubStronger = with(club, club.label(), TieStrength.ORDINARY, true, club.direction());

    var comparison =
        NetworkComparison.between(
            List.of(mary, rex, club), List.of(stronger, weaker, clubStronger));

    assertThat(comparison.strengthened())
        .containsExactly(
            new NetworkComparison.Change(mary, stronger),
            new NetworkComparison.Change(club, clubStronger));
    assertThat(comparison.weakened()).containsExactly(new NetworkComparison.Change(rex, weaker));
    assertThat(comparison.becameStressful()).isEmpty();
    assertThat(comparison.directionChanged()).isEmpty();
  }

  @Test
  void findsRelationshipsThatBecameOrStoppedBeingStressful() {
    Tie stressful = with(mary, mary.label(), mary.strength(), true, mary.direction());
    Tie calmer = with(club, club.label(), club.strength(), false, club.direction());

    var comparison = NetworkComparison.between(List.of(mary, club), List.of(stressful, calmer));

    assertThat(comparison.becameStressful()).extracting(c -> c.after()).containsExactly(stressful);
    assertThat(comparison.stoppedBeingStressful())
        .extracting(c -> c.after())
        .containsExactly(calmer);
    assertThat(comparison.strengthened()).isEmpty();
    assertThat(comparison.weakened()).isEmpty();
  }

  @Test
  void findsAChangeInTheDirectionOfSupport() {
    Tie reciprocal = with(mary, mary.label(), mary.strength(), false, SupportDirection.BOTH_WAYS);
    var comparison = NetworkComparison.between(List.of(mary, rex), List.of(reciprocal, rex));
    assertThat(comparison.directionChanged())
        .containsExactly(new NetworkComparison.Change(mary, reciprocal));
    assertThat(comparison.hasChanges()).isTrue();
  }

  private static Tie with(
      Tie tie, String label, TieStrength strength, boolean stressful, SupportDirection direction) {
    return new Tie(tie.id(), label, tie.kind(), strength, stressful, direction, tie.givesCare());
  }
}
