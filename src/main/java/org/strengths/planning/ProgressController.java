package org.strengths.planning;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.strengths.access.AuditLog;
import org.strengths.access.PersonInScope;

/** Progress over time: each outcome's ratings and GAS level over reviews, and ONS4. */
@Controller
class ProgressController {

  private final Plans plans;
  private final ReviewStore reviews;
  private final AuditLog audit;
  private final PlanText text;

  ProgressController(Plans plans, ReviewStore reviews, AuditLog audit, PlanText text) {
    this.plans = plans;
    this.reviews = reviews;
    this.audit = audit;
    this.text = text;
  }

  @GetMapping("/people/{id}/plan/progress")
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
  String progress(PersonInScope person, Model model) {
    audit.record(person.id(), "plan", "view", null, "progress");
    Optional<Plans.Whole> current = plans.current(person.id());
    List<ReviewStore.Review> held = reviews.reviewsOf(person.id());
    model.addAttribute("person", person);
    model.addAttribute("reviews", held);
    model.addAttribute(
        "outcomeCharts", current.map(whole -> outcomeCharts(whole, held)).orElse(List.of()));
    model.addAttribute("gasChart", gasChart(held));
    model.addAttribute("ons4Charts", ons4Charts(person));
    return "planning/progress";
  }

  /** One chart per outcome: the rating at each review, and the GAS level where there is one. */
  private List<OutcomeCharts> outcomeCharts(Plans.Whole whole, List<ReviewStore.Review> held) {
    List<OutcomeCharts> charts = new ArrayList<>();
    int n = 0;
    for (Outcome outcome : whole.outcomes()) {
      n++;
      List<ProgressChart.Value> ratings = new ArrayList<>();
      List<ProgressChart.Value> gas = new ArrayList<>();
      for (ReviewStore.Review review : held) {
        String when = text.date(review.heldOn());
        Optional<ReviewStore.Rating> rating =
            review.ratings().stream().filter(r -> r.outcomeId().equals(outcome.id())).findFirst();
        ratings.add(
            new ProgressChart.Value(
                when,
                rating.map(r -> (double) r.rating().level()).orElse(null),
                rating
                    .map(r -> text.get(r.rating().labelKey()))
                    .orElse(text.get("planning.progress.notRated"))));
        Integer level = rating.map(ReviewStore.Rating::gasScore).orElse(null);
        gas.add(
            new ProgressChart.Value(
                when,
                level == null ? null : level.doubleValue(),
                level == null
                    ? text.get("planning.progress.notRated")
                    : (level > 0 ? "+" : "") + level));
      }
      List<ProgressChart.Tick> ratingTicks = new ArrayList<>();
      for (OutcomeRating rating : OutcomeRating.values()) {
        ratingTicks.add(
            new ProgressChart.Tick(String.valueOf(rating.level()), text.get(rating.labelKey())));
      }
      ProgressChart ratingChart =
          ProgressChart.of("outcome-" + n, outcome.words(), ratings, 0, 3, ratingTicks);
      ProgressChart gasChart =
          outcome.hasGas()
              ? ProgressChart.of(
                  "outcome-" + n + "-gas",
                  text.get("planning.progress.gasOf", outcome.words()),
                  gas,
                  -2,
                  2,
                  List.of(
                      new ProgressChart.Tick("2", "+2"),
                      new ProgressChart.Tick("0", "0"),
                      new ProgressChart.Tick("-2", "-2")))
              : null;
      charts.add(new OutcomeCharts(outcome, ratingChart, gasChart));
    }
    return charts;
  }

  /** Charts for one outcome. {@code gas} is null when it has no GAS levels. */
  record OutcomeCharts(Outcome outcome, ProgressChart ratings, ProgressChart gas) {}

  private ProgressChart gasChart(List<ReviewStore.Review> held) {
    List<ProgressChart.Value> values =
        held.stream()
            .map(
                review ->
                    new ProgressChart.Value(
                        text.date(review.heldOn()),
                        review.gasTScore() == null ? null : review.gasTScore().doubleValue(),
                        review.gasTScore() == null
                            ? text.get("planning.progress.notRated")
                            : review.gasTScore().toPlainString()))
            .toList();
    return ProgressChart.of(
        "gas-t-score",
        text.get("planning.progress.gasTitle"),
        values,
        20,
        80,
        List.of(
            new ProgressChart.Tick("80", "80"),
            new ProgressChart.Tick("50", text.get("planning.progress.asExpected")),
            new ProgressChart.Tick("20", "20")));
  }

  private List<ProgressChart> ons4Charts(PersonInScope person) {
    Ons4 ons4 = new Ons4();
    List<ReviewStore.Measure> measures = reviews.measuresOf(person.id(), Ons4.ID);
    List<ProgressChart> charts = new ArrayList<>();
    for (WellbeingInstrument.Question question : ons4.questions()) {
      List<ProgressChart.Value> values = new ArrayList<>();
      for (ReviewStore.Measure measure : measures) {
        Integer answer = measure.answers().get(question.id());
        values.add(
            new ProgressChart.Value(
                text.date(measure.takenOn()),
                answer == null ? null : answer.doubleValue(),
                answer == null
                    ? text.get("planning.progress.notAnswered")
                    : answer + " (" + Ons4.band(question, answer) + ")"));
      }
      charts.add(
          ProgressChart.of(
              "ons4-" + question.id(),
              text.get("planning.progress.ons4." + question.id()),
              values,
              0,
              10,
              List.of(
                  new ProgressChart.Tick("10", "10"),
                  new ProgressChart.Tick("5", "5"),
                  new ProgressChart.Tick("0", "0"))));
    }
    return charts;
  }
}
