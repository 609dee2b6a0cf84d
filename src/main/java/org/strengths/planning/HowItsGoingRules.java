package org.strengths.planning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.strengths.platform.web.FormErrors;
import org.strengths.platform.web.WebCode;

/**
 * The rules for what the person sends from their own pages before a review ("How it's going") and
 * for asking for a review (s.27(1)(b)), and for the practitioner's reply. Plain Java, so each rule
 * is tested without Spring. Problems are codes with one argument; the page that shows them words
 * them (the person's pages in plain English, docs/adr/0114).
 */
final class HowItsGoingRules {

  /** The most a person may write in one box. */
  static final int MAX_WORDS = 1000;

  /** An opening or closing tag, a comment or a doctype; a lone "<" ("less than 1 mile") is fine. */
  private HowItsGoingRules() {}

  /** An outcome of the person's plan as they can rate it. */
  record Rateable(UUID id, String words) {}

  /** What the person said, checked: each outcome's rating and the ONS4 answers they gave. */
  record CheckIn(
      Map<UUID, OutcomeRating> ratings,
      String working,
      String notWorking,
      Map<String, Integer> ons4) {}

  record Checked(CheckIn checkIn, List<HowItsGoing.Problem> problems) {
    boolean ok() {
      return problems.isEmpty();
    }
  }

  /**
   * Checks a check-in against the plan as it is now.
   *
   * @param outcomes the plan's outcomes, in the order the page shows them
   * @param version the plan's version now; the page sent the version it was drawn from
   */
  static Checked checkIn(
      List<Rateable> outcomes,
      int version,
      List<WellbeingInstrument.Question> questions,
      HowItsGoing.Typed typed) {
    List<HowItsGoing.Problem> problems = new ArrayList<>();
    Map<String, String> ratingsTyped = typed.ratings() == null ? Map.of() : typed.ratings();
    boolean stale = !String.valueOf(version).equals(typed.version());
    for (String key : ratingsTyped.keySet()) {
      if (outcomes.stream().noneMatch(outcome -> outcome.id().toString().equals(key))) {
        // Not an outcome of this person's plan as it is now: the plan changed, or the id was made
        // up.
        stale = true;
      }
    }
    if (stale) {
      problems.add(new HowItsGoing.Problem("stale", "stale", null));
    }
    Map<UUID, OutcomeRating> ratings = new LinkedHashMap<>();
    for (int i = 0; i < outcomes.size(); i++) {
      Rateable outcome = outcomes.get(i);
      String field = "rating-" + (i + 1);
      String chosen = FormErrors.typed(ratingsTyped.get(outcome.id().toString()));
      Optional<OutcomeRating> rating = chosen == null ? Optional.empty() : OutcomeRating.of(chosen);
      if (chosen == null) {
        problems.add(new HowItsGoing.Problem(field, "rating", outcome.words()));
      } else if (rating.isEmpty()) {
        problems.add(new HowItsGoing.Problem(field, "ratingUnknown", outcome.words()));
      } else {
        ratings.put(outcome.id(), rating.get());
      }
    }
    String working = FormErrors.typed(typed.working());
    String notWorking = FormErrors.typed(typed.notWorking());
    if (working == null && notWorking == null) {
      problems.add(new HowItsGoing.Problem("working", "said", null));
    }
    words("working", working, problems);
    words("notWorking", notWorking, problems);
    Map<String, Integer> ons4 = new LinkedHashMap<>();
    Map<String, String> ons4Typed = typed.ons4() == null ? Map.of() : typed.ons4();
    for (int i = 0; i < questions.size(); i++) {
      WellbeingInstrument.Question question = questions.get(i);
      String answer = FormErrors.typed(ons4Typed.get(question.id()));
      if (answer == null) {
        continue;
      }
      Integer value = wholeNumber(answer);
      if (value == null || !question.accepts(value)) {
        problems.add(
            new HowItsGoing.Problem(
                "ons4-" + question.id(), "ons4", String.valueOf(question.highest())));
      } else {
        ons4.put(question.id(), value);
      }
    }
    return new Checked(new CheckIn(ratings, working, notWorking, ons4), List.copyOf(problems));
  }

  /** Checks the reason a person gives for asking for a review. */
  static List<HowItsGoing.Problem> reason(String typed) {
    List<HowItsGoing.Problem> problems = new ArrayList<>();
    String reason = FormErrors.typed(typed);
    if (reason == null) {
      problems.add(new HowItsGoing.Problem("reason", "reason", null));
    }
    words("reason", reason, problems);
    return List.copyOf(problems);
  }

  /**
   * The practitioner's decision on a request: agreed or declined, with a reply the person reads.
   */
  enum Decision {
    AGREED,
    DECLINED
  }

  record Decided(Decision decision, String reply, List<HowItsGoing.Problem> problems) {}

  /** Checks a practitioner's decision on a review the person asked for. */
  static Decided decision(String decisionTyped, String replyTyped) {
    List<HowItsGoing.Problem> problems = new ArrayList<>();
    Decision decision = null;
    for (Decision each : Decision.values()) {
      if (each.name().equals(decisionTyped)) {
        decision = each;
      }
    }
    if (decision == null) {
      problems.add(new HowItsGoing.Problem("decision", "decision", null));
    }
    String reply = FormErrors.typed(replyTyped);
    if (reply == null) {
      problems.add(
          new HowItsGoing.Problem(
              "reply", decision == Decision.DECLINED ? "replyDeclined" : "reply", null));
    }
    words("reply", reply, problems);
    return new Decided(decision, reply, List.copyOf(problems));
  }

  private static void words(String field, String text, List<HowItsGoing.Problem> problems) {
    if (text == null) {
      return;
    }
    if (text.length() > MAX_WORDS) {
      problems.add(new HowItsGoing.Problem(field, "tooLong", String.valueOf(MAX_WORDS)));
    } else if (WebCode.in(text)) {
      problems.add(new HowItsGoing.Problem(field, "webCode", null));
    }
  }

  private static Integer wholeNumber(String answer) {
    if (!answer.matches("\\d{1,2}")) {
      return null;
    }
    return Integer.valueOf(answer);
  }
}
