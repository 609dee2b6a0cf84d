package org.strengths.conversation;

import java.util.List;

/**
 * The nine wellbeing areas of the Care Act 2014 s.1(2); none ranks above another. The words used to
 * spot where a quote from a conversation fits are deliberately everyday words people say.
 */
enum AssessmentWellbeingArea {
  DIGNITY(
      'a', List.of("respect", "dignity", "treated", "listen", "my say", "embarrass", "privacy")),
  HEALTH(
      'b',
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
          "doctor")),
  PROTECTION(
      'c', List.of("safe", "scared", "afraid", "abuse", "hurt", "bully", "frighten", "threat")),
  CONTROL(
      'd',
      List.of("choose", "choice", "decide", "independen", "my own", "control", "myself", "my way")),
  PARTICIPATION(
      'e',
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
          "class")),
  SOCIAL_AND_ECONOMIC(
      'f', List.of("money", "bills", "benefit", "afford", "lonely", "loneliness", "go out", "pub")),
  RELATIONSHIPS(
      'g',
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
          "sister")),
  ACCOMMODATION(
      'h',
      List.of("home", "house", "flat", "stairs", "bathroom", "kitchen", "garden", "move", "live")),
  CONTRIBUTION(
      'i', List.of("help others", "helping", "give back", "giving", "community", "useful"));

  private final char letter;
  private final List<String> cues;

  AssessmentWellbeingArea(char letter, List<String> cues) {
    this.letter = letter;
    this.cues = cues;
  }

  public char letter() {
    return letter;
  }

  List<String> cues() {
    return cues;
  }

  public String messageKey() {
    return "assessment.wellbeing." + name();
  }

  /** Stem of this area's form fields, e.g. {@code wellbeingSocialAndEconomic}. */
  public String field() {
    StringBuilder out = new StringBuilder("wellbeing");
    for (String part : name().split("_")) {
      out.append(part.charAt(0)).append(part.substring(1).toLowerCase(java.util.Locale.ROOT));
    }
    return out.toString();
  }

  public String wordsField() {
    return field() + "Words";
  }

  public String summaryField() {
    return field() + "Summary";
  }
}
