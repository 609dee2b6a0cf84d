package org.strengths.conversation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Fills a new needs assessment from its conversation: the person's words go to the wellbeing areas
 * they speak to (by the everyday words in them) and, with "what a good life looks like", to the
 * outcomes they want; who was there becomes who was involved; relationships and community
 * connections from the strengths inventory go to what else could help (s.9(6)). The practitioner
 * reviews all of it; nothing here is a judgement.
 */
final class AssessmentPrefill {

  private AssessmentPrefill() {}

  /**
   * The assessment's starting values by field name.
   *
   * @param attributionLabel turns an attribution code (e.g. {@code person}) into words
   */
  static Map<String, String> from(
      AssessmentSource source, Function<String, String> attributionLabel) {
    Map<String, String> values = new LinkedHashMap<>();
    put(values, "whoWasInvolved", source.whoWasThere());
    Map<AssessmentWellbeingArea, List<String>> byArea =
        new EnumMap<>(AssessmentWellbeingArea.class);
    List<String> outcomes = new ArrayList<>();
    for (AssessmentSource.Words words : source.whatMatters()) {
      String quoted = quoted(words, attributionLabel);
      outcomes.add(quoted);
      for (AssessmentWellbeingArea area : areasFor(words.words())) {
        byArea.computeIfAbsent(area, a -> new ArrayList<>()).add(quoted);
      }
    }
    for (AssessmentSource.Words words : source.goodLife()) {
      outcomes.add(quoted(words, attributionLabel));
    }
    byArea.forEach((area, quotes) -> put(values, area.wordsField(), String.join("\n", quotes)));
    put(values, "outcomesWanted", String.join("\n", outcomes));
    put(values, "otherNetwork", strengths(source, "relationship"));
    List<String> community = new ArrayList<>();
    if (!strengths(source, "community").isEmpty()) {
      community.add(strengths(source, "community"));
    }
    if (source.connections() != null && !source.connections().isBlank()) {
      community.add(source.connections().strip());
    }
    put(values, "otherCommunity", String.join("\n", community));
    return values;
  }

  /** The wellbeing areas a quote speaks to, in s.1(2) order; none if it fits no area clearly. */
  static List<AssessmentWellbeingArea> areasFor(String words) {
    String lower = " " + words.toLowerCase(Locale.UK).replaceAll("[^a-z' ]", " ") + " ";
    List<AssessmentWellbeingArea> areas = new ArrayList<>();
    for (AssessmentWellbeingArea area : AssessmentWellbeingArea.values()) {
      if (area.cues().stream().anyMatch(cue -> lower.contains(" " + cue))) {
        areas.add(area);
      }
    }
    return areas;
  }

  private static String quoted(AssessmentSource.Words words, Function<String, String> label) {
    String who =
        words.attributedName() == null || words.attributedName().isBlank()
            ? label.apply(words.attribution())
            : words.attributedName().strip() + " (" + label.apply(words.attribution()) + ")";
    return "\u201C" + words.words().strip() + "\u201D \u2014 " + who;
  }

  private static String strengths(AssessmentSource source, String kind) {
    return String.join(
        "\n",
        source.strengths().stream()
            .filter(strength -> kind.equals(strength.kind()))
            .map(AssessmentSource.StrengthNoted::description)
            .filter(description -> description != null && !description.isBlank())
            .map(String::strip)
            .toList());
  }

  private static void put(Map<String, String> values, String field, String text) {
    if (text != null && !text.isBlank()) {
      values.put(field, text.strip());
    }
  }
}
