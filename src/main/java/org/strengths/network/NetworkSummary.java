package org.strengths.network;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Counts that show whether a person's network grows: later dashboards compare these over time.
 *
 * @param strongReciprocal strong relationships where support flows both ways
 * @param givingCare relationships with someone who gives the person care
 * @param byKind every kind, in {@link TieKind} order, zero where there are none
 */
public record NetworkSummary(
    int total, int strongReciprocal, int stressful, int givingCare, Map<TieKind, Integer> byKind) {

  public NetworkSummary {
    Map<TieKind, Integer> copy = new EnumMap<>(TieKind.class);
    copy.putAll(byKind);
    byKind = Collections.unmodifiableMap(copy);
  }

  public static NetworkSummary of(List<Tie> ties) {
    Map<TieKind, Integer> byKind = new EnumMap<>(TieKind.class);
    for (TieKind kind : TieKind.values()) {
      byKind.put(kind, 0);
    }
    int strongReciprocal = 0;
    int stressful = 0;
    int givingCare = 0;
    for (Tie tie : ties) {
      byKind.merge(tie.kind(), 1, Integer::sum);
      if (tie.strength() == TieStrength.STRONG && tie.direction() == SupportDirection.BOTH_WAYS) {
        strongReciprocal++;
      }
      if (tie.stressful()) {
        stressful++;
      }
      if (tie.givesCare()) {
        givingCare++;
      }
    }
    return new NetworkSummary(ties.size(), strongReciprocal, stressful, givingCare, byKind);
  }
}
