package org.strengths.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/** Ties for tests: random networks and single relationships. */
final class Ties {

  private static final String[] NAMES = {
    "Margaret",
    "Dev",
    "Mrs Okafor next door",
    "Leeds Irish Centre",
    "St Anne's",
    "Rex",
    "Dr Patel",
    "Home care (Bluebird)",
    "Tuesday lunch club",
    "Aisha",
    "The allotment",
    "Jobcentre"
  };

  private Ties() {}

  static Tie tie(TieKind kind, TieStrength strength) {
    return new Tie(
        UUID.randomUUID(), kind.name(), kind, strength, false, SupportDirection.NONE, false);
  }

  static Tie tie(
      String label,
      TieKind kind,
      TieStrength strength,
      boolean stressful,
      SupportDirection direction,
      boolean givesCare) {
    return new Tie(UUID.randomUUID(), label, kind, strength, stressful, direction, givesCare);
  }

  static List<Tie> random(Random random, int count) {
    List<Tie> ties = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      ties.add(
          new Tie(
              new UUID(random.nextLong(), random.nextLong()),
              NAMES[random.nextInt(NAMES.length)],
              pick(random, TieKind.values()),
              pick(random, TieStrength.values()),
              random.nextInt(4) == 0,
              pick(random, SupportDirection.values()),
              random.nextInt(5) == 0));
    }
    return ties;
  }

  private static <T> T pick(Random random, T[] values) {
    return values[random.nextInt(values.length)];
  }
}
