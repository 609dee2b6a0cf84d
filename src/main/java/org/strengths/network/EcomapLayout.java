package org.strengths.network;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Where each relationship sits on the ecomap: the person at the centre (0, 0), ties on one or two
 * rings around them, grouped by kind into sectors in {@link TieKind} order, clockwise from the top.
 *
 * <p>Positions are a function of slots, not of the raw counts, so a map does not reshuffle when one
 * relationship changes: each kind reserves a number of slots rounded up to a tier (2, 4, 6, 8, 12,
 * 16, ...) plus one empty slot that separates it from the next kind, and ties take their kind's
 * slots in id order. Changing a tie's name, strength, stress, direction or care moves nothing.
 * Adding or removing a tie moves no tie of another kind, and no tie of its own kind that comes
 * before it in id order: with time-ordered ids ({@link TieIds}) a new tie takes the next free slot
 * and nothing else moves. Only when a kind's slots change tier, or a kind appears or disappears, is
 * the whole circle shared out again.
 *
 * <p>When slots are crowded, ties alternate between an inner and an outer ring. The inner ring is
 * then far enough out that a line to an outer node passes clear of its inner neighbours.
 */
final class EcomapLayout {

  static final double NODE_RADIUS = 46;
  static final double CENTRE_RADIUS = 60;
  static final double GAP = 14;
  static final double PITCH = 2 * NODE_RADIUS + GAP;

  /** Keeps lines long enough to show their dashes, zig-zags and arrowheads. */
  private static final double MIN_RING_RADIUS = 190;

  /** How far a line to an outer node stays from the centre of the inner nodes beside it. */
  private static final double LINE_CLEARANCE = NODE_RADIUS + 6;

  /** From two, so a kind's second tie does not share the circle out again. */
  private static final int[] TIERS = {2, 4, 6, 8, 12, 16, 24, 32, 48, 64, 96, 128};

  record Node(Tie tie, double x, double y, int ring) {}

  record Layout(List<Node> nodes, double extent) {}

  private EcomapLayout() {}

  static Layout place(List<Tie> ties) {
    Map<TieKind, List<Tie>> byKind = new EnumMap<>(TieKind.class);
    for (Tie tie : ties) {
      byKind.computeIfAbsent(tie.kind(), kind -> new ArrayList<>()).add(tie);
    }
    int slots = 0;
    Map<TieKind, Integer> firstSlot = new EnumMap<>(TieKind.class);
    for (var entry : byKind.entrySet()) {
      entry.getValue().sort(Comparator.comparing(Tie::id));
      firstSlot.put(entry.getKey(), slots);
      slots += tier(entry.getValue().size()) + 1;
    }
    if (slots == 0) {
      return new Layout(List.of(), CENTRE_RADIUS);
    }
    Rings rings = Rings.bestFor(slots);
    List<Node> nodes = new ArrayList<>(ties.size());
    for (var entry : byKind.entrySet()) {
      int slot = firstSlot.get(entry.getKey());
      for (Tie tie : entry.getValue()) {
        nodes.add(rings.node(tie, slot++));
      }
    }
    return new Layout(List.copyOf(nodes), rings.outerRadius() + NODE_RADIUS);
  }

  static int tier(int count) {
    for (int tier : TIERS) {
      if (count <= tier) {
        return tier;
      }
    }
    return count;
  }

  /** One ring, or two with ties alternating between them, over a given number of slots. */
  private record Rings(int slots, int count, double innerRadius) {

    static Rings bestFor(int slots) {
      Rings one = new Rings(slots, 1, oneRingRadius(slots));
      int even = slots + slots % 2;
      if (even < 6) {
        return one;
      }
      Rings two = new Rings(even, 2, twoRingRadius(even));
      return two.outerRadius() < one.outerRadius() ? two : one;
    }

    private static double oneRingRadius(int slots) {
      if (slots < 2) {
        return MIN_RING_RADIUS;
      }
      double step = 2 * Math.PI / slots;
      return Math.max(MIN_RING_RADIUS, PITCH / (2 * Math.sin(step / 2)));
    }

    /** Neighbours on a ring are two steps apart; a line to the outer ring passes one step away. */
    private static double twoRingRadius(int slots) {
      double step = 2 * Math.PI / slots;
      double nodesApart = PITCH / (2 * Math.sin(step));
      double lineClear = LINE_CLEARANCE / Math.sin(step);
      return Math.max(MIN_RING_RADIUS, Math.max(nodesApart, lineClear));
    }

    double outerRadius() {
      return innerRadius + (count - 1) * PITCH;
    }

    Node node(Tie tie, int slot) {
      int ring = slot % count;
      double radius = innerRadius + ring * PITCH;
      double angle = -Math.PI / 2 + 2 * Math.PI * (slot + 0.5) / slots;
      return new Node(tie, radius * Math.cos(angle), radius * Math.sin(angle), ring);
    }
  }
}
