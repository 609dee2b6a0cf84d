package org.strengths.practice;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Draws an audit's sample, in a way anyone can repeat and so explain (docs/adr/0140): the sampling
 * frame is sorted by record id, shuffled by {@link Collections#shuffle(List, Random)} with a {@link
 * Random} seeded with the number recorded on the audit (its algorithm is fixed by the Java
 * specification), and the first {@code size} are taken. The same frame and seed always give the
 * same sample.
 */
final class AuditSampling {

  private AuditSampling() {}

  /** The sample: at most {@code size} records of the frame, in the order drawn. */
  static List<UUID> draw(List<UUID> frame, long seed, int size) {
    List<UUID> sorted = new ArrayList<>(frame);
    sorted.sort(Comparator.naturalOrder());
    Collections.shuffle(sorted, new Random(seed));
    return List.copyOf(sorted.subList(0, Math.min(size, sorted.size())));
  }

  /** A targeted sample: the first {@code size} of the worker's records, sorted by record id. */
  static List<UUID> first(List<UUID> frame, int size) {
    return frame.stream().sorted().limit(size).toList();
  }
}
