package org.strengths.portal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Who may act for a person on their own pages, and until when (docs/adr/0118). A representative
 * acts only with one of three kinds of authority, each with its evidence written down, and only
 * until the end date the practitioner records or until the authority is withdrawn, whichever comes
 * first.
 */
final class RepresentativeRules {

  static final int NAME_MAX = 200;
  static final int REFERENCE_MAX = 200;

  private RepresentativeRules() {}

  /** The kinds of authority a representative can hold. */
  enum Authority {
    /**
     * A registered lasting power of attorney for health and welfare. A property and financial
     * affairs LPA gives no say over care and support, so it is not one of these.
     */
    LPA_HEALTH_WELFARE,
    /** A deputy for personal welfare appointed by the Court of Protection. */
    DEPUTY,
    /** Someone the person, able to make this decision, chose to act for them. */
    CHOSEN
  }

  /** Whether a representative's authority is withdrawn. */
  enum Status {
    ACTIVE,
    WITHDRAWN
  }

  /** What the practitioner typed when recording a representative. */
  record Typed(
      String name,
      String authority,
      String reference,
      LocalDate endsOn,
      boolean endsOnTypedWrongly,
      boolean personChose) {}

  /**
   * What is wrong with what was typed, as message keys by field, in the order of the form; empty
   * when the representative can be recorded.
   */
  static Map<String, String> problems(Typed typed, LocalDate today) {
    Map<String, String> problems = new LinkedHashMap<>();
    if (blank(typed.name())) {
      problems.put("name", "reps.name.missing");
    } else if (typed.name().strip().length() > NAME_MAX) {
      problems.put("name", "reps.name.tooLong");
    }
    Authority authority = authorityOf(typed.authority());
    if (authority == null) {
      problems.put("authority", "reps.authority.missing");
    }
    if (blank(typed.reference())) {
      problems.put(
          "reference",
          authority == null ? "reps.reference.missing" : "reps.reference.missing." + authority);
    } else if (typed.reference().strip().length() > REFERENCE_MAX) {
      problems.put("reference", "reps.reference.tooLong");
    }
    if (typed.endsOnTypedWrongly()) {
      problems.put("endsOn", "reps.endsOn.invalid");
    } else if (typed.endsOn() == null) {
      problems.put("endsOn", "reps.endsOn.missing");
    } else if (!typed.endsOn().isAfter(today)) {
      problems.put("endsOn", "reps.endsOn.notFuture");
    } else if (typed.endsOn().isAfter(today.plusYears(MAX_YEARS))) {
      problems.put("endsOn", "reps.endsOn.tooFar");
    }
    if (authority == Authority.CHOSEN && !typed.personChose()) {
      problems.put("personChose", "reps.personChose.missing");
    }
    return problems;
  }

  /**
   * The longest a recorded authority lasts before it must be looked at again: even an LPA, which
   * has no end date of its own, is checked at least this often.
   */
  static final int MAX_YEARS = 5;

  /** The authority named by a form's value, or {@code null} when there is none such. */
  static Authority authorityOf(String typed) {
    if (typed == null) {
      return null;
    }
    for (Authority authority : Authority.values()) {
      if (authority.name().equals(typed)) {
        return authority;
      }
    }
    return null;
  }

  /**
   * Whether the representative may act for the person on {@code today}: not withdrawn, and the end
   * date not yet passed (they may still act on the end date itself).
   */
  static boolean inForce(Status status, LocalDate endsOn, LocalDate today) {
    return status == Status.ACTIVE && endsOn != null && !today.isAfter(endsOn);
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
