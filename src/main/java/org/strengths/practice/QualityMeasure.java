package org.strengths.practice;

/**
 * The practice-quality measures (docs/adr/0160): the case-file audit's computed evidence, counted
 * per month for a team or the whole council. Each keeps a numerator, a denominator and how many
 * conversations, plans or people it is worked from ({@code base}); {@link QualityRules#figure}
 * turns them into the published figure.
 */
enum QualityMeasure {
  /** Conversations held in the month with at least one quote in the person's own words. */
  OWN_WORDS(Kind.SHARE, true),
  /** Different strengths named per conversation held in the month. */
  STRENGTHS_PER_CONVERSATION(Kind.RATE, false),
  /**
   * Of the strengths recorded up to the day a plan was agreed (plans agreed in the month), the
   * share its outcomes build on or whose network member gives support in it.
   */
  STRENGTHS_USED(Kind.SHARE, false),
  /** Plans agreed in the month with support from the person's network or community. */
  NETWORK_COMMUNITY(Kind.SHARE, true),
  /** Language-coach flags per 1,000 of the practitioner's words, in conversations of the month. */
  COACH_FLAGS(Kind.PER_THOUSAND, false),
  /** Median days from the request (record opened) to the first conversation, held in the month. */
  DAYS_TO_CONVERSATION(Kind.MEDIAN, false),
  /** Median days from the needs assessment starting to the plan being agreed, in the month. */
  DAYS_TO_PLAN(Kind.MEDIAN, false);

  /** How the figure is worked out from the numerator and denominator. */
  enum Kind {
    SHARE,
    RATE,
    PER_THOUSAND,
    MEDIAN
  }

  private final Kind kind;
  private final boolean countsTheBase;

  /**
   * @param countsTheBase whether the numerator counts the same conversations or plans as the base
   *     (so a numerator, or its remainder, of 1 to 4 would reveal a small number)
   */
  QualityMeasure(Kind kind, boolean countsTheBase) {
    this.kind = kind;
    this.countsTheBase = countsTheBase;
  }

  public Kind kind() {
    return kind;
  }

  public boolean countsTheBase() {
    return countsTheBase;
  }

  /** A short name for URLs, element ids and the CSV. */
  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  public String titleKey() {
    return "quality.measure." + key();
  }

  public String howKey() {
    return "quality.how." + key();
  }

  public String unitKey() {
    return "quality.unit." + key();
  }
}
