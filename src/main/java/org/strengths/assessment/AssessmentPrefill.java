package org.strengths.assessment;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.strengths.platform.statute.WellbeingArea;

/**
 * Fills a new needs assessment from its conversation: the person's words go to the wellbeing areas
 * they speak to (by the everyday words in them) and, with "what a good life looks like", to the
 * outcomes they want; who was there becomes who was involved; relationships and community
 * connections from the strengths inventory go to what else could help (s.9(6)). The practitioner
 * reviews all of it; nothing here is a judgement.
 */
final class AssessmentPrefill {

  /** Everyday words people say, by the wellbeing area a quote containing them speaks to. */
  private static final Map<WellbeingArea, List<String>> CUES = cues();

  private static Map<WellbeingArea, List<String>> cues() {
    Map<WellbeingArea, List<String>> cues = new EnumMap<>(WellbeingArea.class);
    cues.put(
        WellbeingArea.DIGNITY,
        List.of("respect", "dignity", "treated", "listen", "my say", "embarrass", "privacy"));
    cues.put(
        WellbeingArea.HEALTH,
        List.of(
            "health",
            "pain",
            "sleep",
            "feel",
            "mood",
            "anxious",
            "anxiety",
            "worry",
            "worried",
            "depress",
            "tired",
            "well",
            "fit",
            "medication",
            "doctor"));
    cues.put(
        WellbeingArea.PROTECTION,
        List.of("safe", "scared", "afraid", "abuse", "hurt", "bully", "frighten", "threat"));
    cues.put(
        WellbeingArea.CONTROL,
        List.of(
            "choose", "choice", "decide", "independen", "my own", "control", "myself", "my way"));
    cues.put(
        WellbeingArea.PARTICIPATION,
        List.of(
            "work",
            "job",
            "volunteer",
            "college",
            "course",
            "learn",
            "hobby",
            "club",
            "allotment",
            "football",
            "swim",
            "choir",
            "church",
            "mosque",
            "temple",
            "class"));
    cues.put(
        WellbeingArea.SOCIAL_AND_ECONOMIC,
        List.of("money", "bills", "benefit", "afford", "lonely", "loneliness", "go out", "pub"));
    cues.put(
        WellbeingArea.RELATIONSHIPS,
        List.of(
            "family",
            "friend",
            "daughter",
            "son",
            "wife",
            "husband",
            "partner",
            "grandchild",
            "grandson",
            "granddaughter",
            "neighbour",
            "mum",
            "dad",
            "brother",
            "sister"));
    cues.put(
        WellbeingArea.ACCOMMODATION,
        List.of(
            "home", "house", "flat", "stairs", "bathroom", "kitchen", "garden", "move", "live"));
    cues.put(
        WellbeingArea.CONTRIBUTION,
        List.of("help others", "helping", "give back", "giving", "community", "useful"));
    return cues;
  }

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
    Map<WellbeingArea, List<String>> byArea = new EnumMap<>(WellbeingArea.class);
    List<String> outcomes = new ArrayList<>();
    for (AssessmentSource.Words words : source.whatMatters()) {
      String quoted = quoted(words, attributionLabel);
      outcomes.add(quoted);
      for (WellbeingArea area : areasFor(words.words())) {
        byArea.computeIfAbsent(area, a -> new ArrayList<>()).add(quoted);
      }
    }
    for (AssessmentSource.Words words : source.goodLife()) {
      outcomes.add(quoted(words, attributionLabel));
    }
    byArea.forEach(
        (area, quotes) -> put(values, AssessmentField.wordsField(area), String.join("\n", quotes)));
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
  static List<WellbeingArea> areasFor(String words) {
    String lower = " " + words.toLowerCase(Locale.UK).replaceAll("[^a-z' ]", " ") + " ";
    List<WellbeingArea> areas = new ArrayList<>();
    for (WellbeingArea area : WellbeingArea.values()) {
      if (CUES.get(area).stream().anyMatch(cue -> lower.contains(" " + cue))) {
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
