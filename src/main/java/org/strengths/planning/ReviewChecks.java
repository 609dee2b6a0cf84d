package org.strengths.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.strengths.platform.web.DateInput;
import org.strengths.platform.web.FormErrors;

/** Checks a typed review and turns it into a review with its GAS T-score and ONS4 answers. */
@Component
class ReviewChecks {

  static final int WORDS = 1000;

  private final PlanText text;
  private final Ons4 ons4 = new Ons4();

  ReviewChecks(PlanText text) {
    this.text = text;
  }

  Ons4 ons4() {
    return ons4;
  }

  /** The checked review, its ONS4 answers, and the problems found. */
  record Checked(ReviewStore.Review review, Map<String, Integer> ons4, FormErrors errors) {}

  Checked check(ReviewForm form, Plans.Whole whole, LocalDate today) {
    FormErrors errors = new FormErrors();
    LocalDate heldOn = heldOn(form, whole.plan(), today, errors);
    PlanningCldEvents.ReviewReason reason =
        "PLANNED".equals(form.getReason())
            ? PlanningCldEvents.ReviewReason.PLANNED
            : "UNPLANNED".equals(form.getReason())
                ? PlanningCldEvents.ReviewReason.UNPLANNED
                : null;
    if (reason == null) {
      errors.add("reason", "reason-PLANNED", text.get("planning.error.review.reason"));
    }
    String unplannedReason = FormErrors.typed(form.getUnplannedReason());
    if (reason == PlanningCldEvents.ReviewReason.UNPLANNED && unplannedReason == null) {
      errors.add("unplannedReason", text.get("planning.error.review.unplannedReason"));
    } else if (unplannedReason != null && unplannedReason.length() > 500) {
      errors.add("unplannedReason", text.get("planning.error.tooLong", 500));
    }
    PlanningCldEvents.ReviewMethod method = method(form.getMethod());
    if (method == null) {
      errors.add("method", "method-PERSON_ONLY", text.get("planning.error.review.method"));
    }
    String working = required(errors, "working", form.getWorking());
    String notWorking = required(errors, "notWorking", form.getNotWorking());
    List<ReviewStore.Rating> ratings = ratings(form, whole, errors);
    Map<String, Integer> answers = ons4Answers(form, errors);
    Boolean changed = PlanSections.yesNo(form.getPackageChanged());
    if (changed == null) {
      errors.add("packageChanged", text.get("planning.error.review.packageChanged"));
    }
    List<GasScore.Goal> goals = new ArrayList<>();
    for (ReviewStore.Rating rating : ratings) {
      Optional<Outcome> outcome = whole.outcome(rating.outcomeId());
      if (rating.gasScore() != null && outcome.isPresent() && outcome.get().hasGas()) {
        goals.add(new GasScore.Goal(outcome.get().gasWeight(), rating.gasScore()));
      }
    }
    boolean packageChanged = Boolean.TRUE.equals(changed);
    ReviewStore.Review review =
        new ReviewStore.Review(
            null,
            whole.plan().id(),
            heldOn,
            reason,
            reason == PlanningCldEvents.ReviewReason.UNPLANNED ? unplannedReason : null,
            method,
            working,
            notWorking,
            packageChanged,
            packageChanged ? PlanningCldEvents.PROGRESS_TO_PLANNING : PlanningCldEvents.NO_CHANGE,
            GasScore.tScore(goals).orElse(null),
            ratings);
    return new Checked(review, answers, errors);
  }

  private LocalDate heldOn(ReviewForm form, Plan plan, LocalDate today, FormErrors errors) {
    DateInput.Result typed =
        DateInput.read(form.getHeldDay(), form.getHeldMonth(), form.getHeldYear());
    if (typed.blank()) {
      errors.add("held", "heldDay", text.get("planning.error.review.held"));
    } else if (typed.problem() != null) {
      errors.add("held", "heldDay", text.dateProblem(typed, "planning.date.held").orElseThrow());
    } else if (typed.date().isAfter(today)) {
      errors.add("held", "heldDay", text.get("planning.error.review.heldFuture"));
    } else if (typed.date().isBefore(plan.startedOn())) {
      errors.add(
          "held",
          "heldDay",
          text.get("planning.error.review.heldBeforePlan", text.date(plan.startedOn())));
    }
    return typed.date();
  }

  private String required(FormErrors errors, String field, String typed) {
    String value = FormErrors.typed(typed);
    if (value == null) {
      errors.add(field, text.get("planning.error.review." + field));
    } else if (value.length() > PlanSections.LONG_TEXT) {
      errors.add(field, text.get("planning.error.tooLong", PlanSections.LONG_TEXT));
    }
    return value;
  }

  private List<ReviewStore.Rating> ratings(ReviewForm form, Plans.Whole whole, FormErrors errors) {
    List<ReviewStore.Rating> ratings = new ArrayList<>();
    int position = 0;
    for (Outcome outcome : whole.outcomes()) {
      position++;
      String key = outcome.id().toString();
      Optional<OutcomeRating> rating = OutcomeRating.of(form.getRating().get(key));
      if (rating.isEmpty()) {
        errors.add(
            "rating-" + position,
            "rating-" + position + "-ACHIEVED",
            text.get("planning.error.review.rating", outcome.words()));
      }
      String words = FormErrors.typed(form.getWords().get(key));
      if (words != null && words.length() > WORDS) {
        errors.add("words-" + position, text.get("planning.error.tooLong", WORDS));
      }
      Integer gas = null;
      String typedGas = form.getGas().get(key);
      if (outcome.hasGas() && typedGas != null && !typedGas.isBlank()) {
        if (typedGas.strip().matches("-?[0-2]|\\+[12]")) {
          gas = Integer.valueOf(typedGas.strip().replace("+", ""));
        } else {
          errors.add(
              "gas-" + position, "gas-" + position + "-0", text.get("planning.error.review.gas"));
        }
      }
      if (rating.isPresent()) {
        ratings.add(new ReviewStore.Rating(outcome.id(), rating.get(), words, gas));
      }
    }
    return ratings;
  }

  private Map<String, Integer> ons4Answers(ReviewForm form, FormErrors errors) {
    Map<String, Integer> answers = new LinkedHashMap<>();
    for (WellbeingInstrument.Question question : ons4.questions()) {
      String typed = form.getOns4().get(question.id());
      if (typed == null || typed.isBlank()) {
        continue;
      }
      if (!typed.strip().matches("\\d{1,2}")
          || !question.accepts(Integer.parseInt(typed.strip()))) {
        errors.add("ons4-" + question.id(), text.get("planning.error.ons4"));
        continue;
      }
      answers.put(question.id(), Integer.parseInt(typed.strip()));
    }
    return answers;
  }

  private static PlanningCldEvents.ReviewMethod method(String name) {
    for (PlanningCldEvents.ReviewMethod method : PlanningCldEvents.ReviewMethod.values()) {
      if (method.name().equals(name)) {
        return method;
      }
    }
    return null;
  }
}
