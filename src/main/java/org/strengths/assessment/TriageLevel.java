package org.strengths.assessment;

/**
 * How soon a waiting person needs to be seen, set by the team from what it knows of their risk.
 * What each level means to the council is written in plain English in {@code
 * messages/waiting.properties} ({@code waiting.level.*.meaning}); how often to keep in touch at
 * each level is set in {@link WaitingSettings}.
 */
enum TriageLevel {
  URGENT,
  SOON,
  ROUTINE;

  /** The level with this name, or null for anything else (as typed into a form). */
  static TriageLevel parse(String typed) {
    if (typed == null) {
      return null;
    }
    for (TriageLevel level : values()) {
      if (level.name().equals(typed.strip())) {
        return level;
      }
    }
    return null;
  }
}
