package org.strengths.practice;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.strengths.platform.web.DateInput;

/**
 * What a self-assessment must hold, in plain Java: a date that is not in the future, a rating from
 * one to four for at least one statement, evidence only from the worker's own records and only for
 * a statement they rated, and each development goal complete (what, how, and a date on or after the
 * assessment). Problems are field id to message key with arguments, in the order of the form.
 */
final class SelfAssessmentRules {

  private SelfAssessmentRules() {}

  /** What a form asked for, once checked: ratings and evidence by statement, and the goals. */
  record Checked(
      LocalDate assessedOn,
      Map<UUID, SelfAssessmentRating> ratings,
      Map<UUID, List<String>> evidence,
      List<Goal> goals) {}

  /** A development goal as saved. */
  record Goal(String goal, String actions, LocalDate byWhen) {}

  /**
   * @param statements the statements in the order the form shows them
   * @param choosable the keys of the evidence the worker may link ({@code KIND:refId})
   */
  static Map<String, SupervisionRules.Problem> check(
      SelfAssessmentForm form, LocalDate today, List<UUID> statements, Set<String> choosable) {
    Map<String, SupervisionRules.Problem> problems = new LinkedHashMap<>();
    DateInput.Result assessedOn = form.assessedOn();
    if (assessedOn.blank()) {
      problems.put("assessedOn", problem("development.error.assessedOn.missing"));
    } else if (assessedOn.problem() != null) {
      problems.put(
          "assessedOn", problem(assessedOn.problem().key(), "practice.field.self.assessedOn"));
    } else if (assessedOn.date().isAfter(today)) {
      problems.put("assessedOn", problem("development.error.assessedOn.future"));
    }
    boolean anyRated = false;
    for (UUID statement : statements) {
      String typed = form.getRatings().get(statement.toString());
      if (typed == null || typed.isBlank()) {
        continue;
      }
      if (SelfAssessmentRating.typed(typed).isEmpty()) {
        problems.put("rating-" + statement, problem("development.error.rating"));
      } else {
        anyRated = true;
      }
    }
    if (!anyRated && problems.keySet().stream().noneMatch(key -> key.startsWith("rating-"))) {
      problems.put("ratings", problem("development.error.ratings.none"));
    }
    for (String value : form.getEvidence()) {
      int slash = value == null ? -1 : value.indexOf('/');
      UUID statement = slash < 0 ? null : SupervisionRules.uuid(value.substring(0, slash));
      if (statement == null
          || !statements.contains(statement)
          || !choosable.contains(value.substring(slash + 1))) {
        problems.putIfAbsent("evidence", problem("development.error.evidence.notYours"));
      } else if (SelfAssessmentRating.typed(form.getRatings().get(statement.toString()))
          .isEmpty()) {
        problems.putIfAbsent(
            "evidence-" + statement, problem("development.error.evidence.unrated"));
      }
    }
    List<SelfAssessmentForm.GoalRow> goals = form.getGoals();
    for (int i = 0; i < goals.size(); i++) {
      checkGoal(goals.get(i), "goals-" + i, assessedOn.date(), problems);
    }
    return problems;
  }

  private static void checkGoal(
      SelfAssessmentForm.GoalRow row,
      String prefix,
      LocalDate assessedOn,
      Map<String, SupervisionRules.Problem> out) {
    if (row == null || row.blank()) {
      return;
    }
    String goal = strip(row.getGoal());
    String actions = strip(row.getActions());
    if (goal.isEmpty()) {
      out.put(prefix + "-goal", problem("development.error.goal.missing"));
    } else if (goal.length() > SelfAssessmentForm.MAX_GOAL) {
      out.put(
          prefix + "-goal",
          problem(
              "practice.error.tooLong", "practice.field.self.goal", SelfAssessmentForm.MAX_GOAL));
    }
    if (actions.isEmpty()) {
      out.put(prefix + "-actions", problem("development.error.goalActions.missing"));
    } else if (actions.length() > SelfAssessmentForm.MAX_ACTIONS) {
      out.put(
          prefix + "-actions",
          problem(
              "practice.error.tooLong",
              "practice.field.self.goalActions",
              SelfAssessmentForm.MAX_ACTIONS));
    }
    DateInput.Result byWhen = row.byWhen();
    if (byWhen.blank()) {
      out.put(prefix + "-by", problem("development.error.byWhen.missing"));
    } else if (byWhen.problem() != null) {
      out.put(prefix + "-by", problem(byWhen.problem().key(), "practice.field.self.byWhen"));
    } else if (assessedOn != null && byWhen.date().isBefore(assessedOn)) {
      out.put(prefix + "-by", problem("development.error.byWhen.beforeAssessment"));
    }
  }

  /** The form as saved, once {@link #check} found nothing wrong. */
  static Checked checked(SelfAssessmentForm form, List<UUID> statements) {
    Map<UUID, SelfAssessmentRating> ratings = new LinkedHashMap<>();
    Map<UUID, List<String>> evidence = new LinkedHashMap<>();
    for (UUID statement : statements) {
      SelfAssessmentRating.typed(form.getRatings().get(statement.toString()))
          .ifPresent(
              rating -> {
                ratings.put(statement, rating);
                String prefix = statement + "/";
                evidence.put(
                    statement,
                    form.getEvidence().stream()
                        .filter(value -> value.startsWith(prefix))
                        .map(value -> value.substring(prefix.length()))
                        .distinct()
                        .toList());
              });
    }
    List<Goal> goals =
        form.getGoals().stream()
            .filter(row -> row != null && !row.blank())
            .map(
                row -> new Goal(strip(row.getGoal()), strip(row.getActions()), row.byWhen().date()))
            .toList();
    return new Checked(form.assessedOn().date(), ratings, evidence, goals);
  }

  private static String strip(String typed) {
    return typed == null ? "" : typed.strip();
  }

  private static SupervisionRules.Problem problem(String key, Object... args) {
    return SupervisionRules.Problem.of(key, args);
  }
}
