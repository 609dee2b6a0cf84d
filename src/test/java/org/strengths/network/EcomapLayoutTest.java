package org.strengths.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.strengths.network.EcomapLayout.CENTRE_RADIUS;
import static org.strengths.network.EcomapLayout.NODE_RADIUS;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EcomapLayoutTest {

  @Test
  void keepsEveryNodeApartAndClearOfTheCentreForRandomNetworksOfUpTo60Ties() {
    Random random = new Random(5);
    for (int round = 0; round < 600; round++) {
      List<Tie> ties = Ties.random(random, 1 + random.nextInt(60));
      List<EcomapLayout.Node> nodes = EcomapLayout.place(ties).nodes();
      assertThat(nodes).hasSize(ties.size());
      for (int i = 0; i < nodes.size(); i++) {
        var a = nodes.get(i);
        assertThat(Math.hypot(a.x(), a.y())).isGreaterThanOrEqualTo(CENTRE_RADIUS + NODE_RADIUS);
        for (int j = i + 1; j < nodes.size(); j++) {
          var b = nodes.get(j);
          assertThat(Math.hypot(a.x() - b.x(), a.y() - b.y()))
              .as("%d ties: nodes %d and %d", ties.size(), i, j)
              .isGreaterThanOrEqualTo(2 * NODE_RADIUS);
        }
      }
    }
  }

  @Test
  void keepsSixtyTiesOfOneKindApartToo() {
    List<Tie> ties = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      ties.add(Ties.tie(TieKind.FAMILY, TieStrength.ORDINARY));
    }
    var nodes = EcomapLayout.place(ties).nodes();
    for (int i = 0; i < nodes.size(); i++) {
      for (int j = i + 1; j < nodes.size(); j++) {
        assertThat(distance(nodes.get(i), nodes.get(j))).isGreaterThanOrEqualTo(2 * NODE_RADIUS);
      }
    }
  }

  @Test
  void usesASecondRingWhenACircleWouldGetLarge() {
    var layout = EcomapLayout.place(Ties.random(new Random(1), 40));
    assertThat(layout.nodes()).extracting(EcomapLayout.Node::ring).contains(0, 1);
    assertThat(layout.extent()).isLessThan(1000);
  }

  @Test
  void movesNothingWhenOneTieChangesStrengthStressOrDirection() {
    List<Tie> before = Ties.random(new Random(9), 25);
    List<Tie> after = new ArrayList<>(before);
    Tie changed = before.get(7);
    after.set(
        7,
        new Tie(
            changed.id(),
            changed.label() + " (changed)",
            changed.kind(),
            changed.strength() == TieStrength.STRONG ? TieStrength.TENUOUS : TieStrength.STRONG,
            !changed.stressful(),
            SupportDirection.BOTH_WAYS,
            !changed.givesCare()));
    assertThat(positions(EcomapLayout.place(after)))
        .isEqualTo(positions(EcomapLayout.place(before)));
  }

  @Test
  void doesNotMoveTiesOfOtherKindsWhenATieIsAddedOrRemoved() {
    List<Tie> before = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      before.add(Ties.tie(TieKind.FAMILY, TieStrength.STRONG));
    }
    for (int i = 0; i < 3; i++) {
      before.add(Ties.tie(TieKind.FRIEND, TieStrength.ORDINARY));
      before.add(Ties.tie(TieKind.PROFESSIONAL, TieStrength.TENUOUS));
    }
    // Five family ties reserve six slots: a sixth fits without sharing the circle out again.
    List<Tie> after = new ArrayList<>(before);
    after.add(Ties.tie(TieKind.FAMILY, TieStrength.ORDINARY));

    var was = positions(EcomapLayout.place(before));
    var now = positions(EcomapLayout.place(after));
    before.stream()
        .filter(tie -> tie.kind() != TieKind.FAMILY)
        .forEach(tie -> assertThat(now.get(tie.id())).isEqualTo(was.get(tie.id())));
    assertThat(positions(EcomapLayout.place(before))).isEqualTo(was);
  }

  @Test
  void movesNoOtherTieWhenANewTieIsAddedWithATimeOrderedId() {
    MutableClock clock = new MutableClock();
    List<Tie> before = new ArrayList<>();
    TieKind[] kinds = {TieKind.FAMILY, TieKind.FRIEND, TieKind.PET, TieKind.PROFESSIONAL};
    for (int i = 0; i < 13; i++) {
      before.add(timeOrdered(clock, kinds[i % kinds.length]));
    }
    // Three friends reserve four slots: the fourth friend takes the next one.
    var was = positions(EcomapLayout.place(before));
    List<Tie> after = new ArrayList<>(before);
    after.add(timeOrdered(clock, TieKind.FRIEND));

    var now = positions(EcomapLayout.place(after));
    before.forEach(
        tie -> assertThat(now.get(tie.id())).as(tie.kind().name()).isEqualTo(was.get(tie.id())));
  }

  @Test
  void movesNoTieOfAnotherKindNorAnEarlierOneOfItsKindWhenATieIsRemoved() {
    MutableClock clock = new MutableClock();
    List<Tie> before = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      before.add(timeOrdered(clock, TieKind.FAMILY));
      before.add(timeOrdered(clock, TieKind.COMMUNITY_GROUP));
    }
    var was = positions(EcomapLayout.place(before));
    Tie removed = before.get(8);
    List<Tie> after = new ArrayList<>(before);
    after.remove(removed);

    var now = positions(EcomapLayout.place(after));
    after.stream()
        .filter(tie -> tie.kind() != removed.kind() || tie.id().compareTo(removed.id()) < 0)
        .forEach(tie -> assertThat(now.get(tie.id())).isEqualTo(was.get(tie.id())));
  }

  @Test
  void placesTheSameTiesInTheSamePlacesEveryTime() {
    List<Tie> ties = Ties.random(new Random(11), 60);
    assertThat(positions(EcomapLayout.place(ties)))
        .isEqualTo(positions(EcomapLayout.place(List.copyOf(ties))));
  }

  @Test
  void placesNothingButThePersonWhenThereAreNoTies() {
    var layout = EcomapLayout.place(List.of());
    assertThat(layout.nodes()).isEmpty();
    assertThat(layout.extent()).isEqualTo(CENTRE_RADIUS);
  }

  @Test
  void keepsPositionsWhateverOrderTheTiesArriveIn() {
    List<Tie> ties = Ties.random(new Random(3), 30);
    List<Tie> shuffled = new ArrayList<>(ties);
    java.util.Collections.shuffle(shuffled, new Random(4));
    assertThat(positions(EcomapLayout.place(shuffled)))
        .isEqualTo(positions(EcomapLayout.place(ties)));
  }

  @Test
  void groupsTiesOfAKindTogetherInKindOrderClockwiseFromTheTop() {
    Tie family = Ties.tie(TieKind.FAMILY, TieStrength.STRONG);
    Tie pet = Ties.tie(TieKind.PET, TieStrength.STRONG);
    var nodes = EcomapLayout.place(List.of(pet, family)).nodes();
    assertThat(nodes.get(0).tie()).isEqualTo(family);
    assertThat(nodes.get(0).x()).isPositive();
    assertThat(nodes.get(0).y()).isNegative();
  }

  @Test
  void roundsSlotsUpToATier() {
    assertThat(EcomapLayout.tier(1)).isEqualTo(2);
    assertThat(EcomapLayout.tier(2)).isEqualTo(2);
    assertThat(EcomapLayout.tier(5)).isEqualTo(6);
    assertThat(EcomapLayout.tier(13)).isEqualTo(16);
  }

  private static Map<UUID, List<Long>> positions(EcomapLayout.Layout layout) {
    return layout.nodes().stream()
        .collect(
            Collectors.toMap(
                node -> node.tie().id(),
                node -> List.of(Math.round(node.x() * 1000), Math.round(node.y() * 1000))));
  }

  private static Tie timeOrdered(MutableClock clock, TieKind kind) {
    clock.tick();
    return new Tie(
        TieIds.next(clock),
        kind.name(),
        kind,
        TieStrength.ORDINARY,
        false,
        SupportDirection.NONE,
        false);
  }

  /** Each tie made a millisecond after the last, as a person might add them one by one. */
  private static final class MutableClock extends java.time.Clock {
    private java.time.Instant now = java.time.Instant.parse("2026-01-05T10:00:00Z");

    void tick() {
      now = now.plusMillis(1);
    }

    @Override
    public java.time.ZoneId getZone() {
      return java.time.ZoneOffset.UTC;
    }

    @Override
    public java.time.Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public java.time.Instant instant() {
      return now;
    }
  }

  private static double distance(EcomapLayout.Node a, EcomapLayout.Node b) {
    return Math.hypot(a.x() - b.x(), a.y() - b.y());
  }
}
