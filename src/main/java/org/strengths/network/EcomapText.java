package org.strengths.network;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The ecomap in words: every relationship and what its line means, grouped by kind in the same
 * order as the map goes round, so someone who cannot see the drawing gets all of it.
 */
final class EcomapText {

  /** The relationships of one kind under their heading. */
  record Group(TieKind kind, String heading, List<Line> lines) {}

  /** One relationship and its meaning, e.g. "Mary (family): strong, stressful, gives care". */
  record Line(Tie tie, String text) {}

  private EcomapText() {}

  static List<Group> describe(List<Tie> ties, EcomapWords words) {
    Map<TieKind, List<Tie>> byKind = new EnumMap<>(TieKind.class);
    for (Tie tie : ties) {
      byKind.computeIfAbsent(tie.kind(), kind -> new ArrayList<>()).add(tie);
    }
    Comparator<Tie> byLabel =
        Comparator.comparing((Tie tie) -> words.label(tie), String.CASE_INSENSITIVE_ORDER)
            .thenComparing(Tie::id);
    List<Group> groups = new ArrayList<>(byKind.size());
    byKind.forEach(
        (kind, ofKind) -> {
          ofKind.sort(byLabel);
          List<Line> lines = ofKind.stream().map(tie -> new Line(tie, line(tie, words))).toList();
          groups.add(new Group(kind, words.kinds(kind), lines));
        });
    return List.copyOf(groups);
  }

  static String line(Tie tie, EcomapWords words) {
    return words.get(
        "ecomap.text.line",
        words.label(tie),
        words.kind(tie.kind()).toLowerCase(Locale.UK),
        meaning(tie, words));
  }

  /** What the line shows, without the name: "strong, stressful, support goes both ways". */
  static String meaning(Tie tie, EcomapWords words) {
    List<String> parts = new ArrayList<>(4);
    parts.add(words.get("ecomap.strength." + tie.strength().name()));
    if (tie.stressful()) {
      parts.add(words.get("ecomap.stressful"));
    }
    parts.add(words.get("ecomap.direction." + tie.direction().name()));
    if (tie.givesCare()) {
      parts.add(words.get("ecomap.givesCare"));
    }
    return String.join(", ", parts);
  }

  /**
   * One sentence for the map as a whole: how many relationships, strong, stressful, giving care.
   */
  static String summary(List<Tie> ties, EcomapWords words) {
    if (ties.isEmpty()) {
      return words.get("ecomap.svg.descNone");
    }
    NetworkSummary summary = NetworkSummary.of(ties);
    long strong = ties.stream().filter(tie -> tie.strength() == TieStrength.STRONG).count();
    return words.get(
        "ecomap.svg.desc", summary.total(), strong, summary.stressful(), summary.givingCare());
  }
}
