package org.strengths.network;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What changed in a person's network between two snapshots, matching relationships by id.
 *
 * @param added relationships in the later snapshot only
 * @param lost relationships in the earlier snapshot only
 * @param strengthened tenuous to ordinary or strong, or ordinary to strong
 * @param weakened the other way
 */
public record NetworkComparison(
    List<Tie> added,
    List<Tie> lost,
    List<Change> strengthened,
    List<Change> weakened,
    List<Change> becameStressful,
    List<Change> stoppedBeingStressful,
    List<Change> directionChanged) {

  /** One relationship as it was and as it is. */
  public record Change(Tie before, Tie after) {}

  public NetworkComparison {
    added = List.copyOf(added);
    lost = List.copyOf(lost);
    strengthened = List.copyOf(strengthened);
    weakened = List.copyOf(weakened);
    becameStressful = List.copyOf(becameStressful);
    stoppedBeingStressful = List.copyOf(stoppedBeingStressful);
    directionChanged = List.copyOf(directionChanged);
  }

  public static NetworkComparison between(List<Tie> before, List<Tie> after) {
    Map<UUID, Tie> earlier = byId(before);
    Map<UUID, Tie> later = byId(after);
    List<Tie> added = new ArrayList<>();
    List<Tie> lost = new ArrayList<>();
    List<Change> strengthened = new ArrayList<>();
    List<Change> weakened = new ArrayList<>();
    List<Change> becameStressful = new ArrayList<>();
    List<Change> stoppedBeingStressful = new ArrayList<>();
    List<Change> directionChanged = new ArrayList<>();
    for (Tie was : earlier.values()) {
      if (!later.containsKey(was.id())) {
        lost.add(was);
      }
    }
    for (Tie now : later.values()) {
      Tie was = earlier.get(now.id());
      if (was == null) {
        added.add(now);
        continue;
      }
      Change change = new Change(was, now);
      // The enum lists STRONG first, so a lower ordinal is a stronger relationship.
      int stronger = was.strength().ordinal() - now.strength().ordinal();
      if (stronger > 0) {
        strengthened.add(change);
      } else if (stronger < 0) {
        weakened.add(change);
      }
      if (now.stressful() && !was.stressful()) {
        becameStressful.add(change);
      } else if (was.stressful() && !now.stressful()) {
        stoppedBeingStressful.add(change);
      }
      if (now.direction() != was.direction()) {
        directionChanged.add(change);
      }
    }
    return new NetworkComparison(
        added,
        lost,
        strengthened,
        weakened,
        becameStressful,
        stoppedBeingStressful,
        directionChanged);
  }

  public boolean hasChanges() {
    return !(added.isEmpty()
        && lost.isEmpty()
        && strengthened.isEmpty()
        && weakened.isEmpty()
        && becameStressful.isEmpty()
        && stoppedBeingStressful.isEmpty()
        && directionChanged.isEmpty());
  }

  private static Map<UUID, Tie> byId(List<Tie> ties) {
    Map<UUID, Tie> byId = new LinkedHashMap<>();
    ties.forEach(tie -> byId.put(tie.id(), tie));
    return byId;
  }
}
