package org.strengths.assessment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.strengths.assessment.EligibilityAnswers.Achievement;
import org.strengths.assessment.EligibilityAnswers.OutcomeAnswer;
import org.strengths.assessment.EligibilityAnswers.UnableReason;
import org.strengths.platform.statute.EligibilityOutcome;
import org.strengths.platform.web.FormErrors;

/**
 * The eligibility form as typed: for each outcome {@code outcomeX} (ABLE / UNABLE / NOT_RELEVANT),
 * {@code outcomeXReasons} (checkboxes), {@code outcomeXSometimes} and {@code outcomeXNotes}; then
 * the impairment link and the impact on wellbeing. Values that are not one of the choices are
 * treated as not chosen, so a tampered form cannot cause an error page.
 */
final class EligibilityForm {

  static final int NOTES_LIMIT = 2000;
  static final int RATIONALE_LIMIT = 5000;

  private final Map<String, String> single = new HashMap<>();
  private final Map<String, Set<String>> multiple = new HashMap<>();
  private final List<AssessmentSectionRules.Problem> problems = new ArrayList<>();
  private EligibilityAnswers answers;
  private final Map<EligibilityOutcome, String> notes = new EnumMap<>(EligibilityOutcome.class);

  static EligibilityForm read(Function<String, String[]> parameters) {
    EligibilityForm form = new EligibilityForm();
    form.parse(parameters);
    return form;
  }

  /** The form showing what is stored. */
  static EligibilityForm of(EligibilityView view) {
    EligibilityForm form = new EligibilityForm();
    for (EligibilityOutcome outcome : EligibilityOutcome.values()) {
      OutcomeAnswer answer = view.answers().answer(outcome);
      if (answer != null && answer.achievement() != null) {
        form.single.put(outcome.field(), answer.achievement().name());
      }
      if (answer != null) {
        Set<String> reasons = new java.util.HashSet<>();
        answer.reasons().forEach(reason -> reasons.add(reason.name()));
        form.multiple.put(outcome.field() + "Reasons", reasons);
        if (answer.onlySometimes()) {
          form.single.put(outcome.field() + "Sometimes", "yes");
        }
      }
      form.single.put(outcome.field() + "Notes", view.notes().get(outcome));
    }
    EligibilityAnswers answers = view.answers();
    form.single.put("impairmentLink", yesNo(answers.impairmentLink()));
    form.single.put("impairmentDescription", answers.impairmentDescription());
    form.single.put("significantImpact", yesNo(answers.significantImpact()));
    form.single.put("impactRationale", answers.impactRationale());
    form.answers = answers;
    form.notes.putAll(view.notes());
    return form;
  }

  private void parse(Function<String, String[]> parameters) {
    Map<EligibilityOutcome, OutcomeAnswer> outcomes = new EnumMap<>(EligibilityOutcome.class);
    for (EligibilityOutcome outcome : EligibilityOutcome.values()) {
      String field = outcome.field();
      String achievement = first(parameters, field);
      single.put(field, achievement);
      Set<UnableReason> reasons = EnumSet.noneOf(UnableReason.class);
      Set<String> ticked = new java.util.HashSet<>();
      String[] values = parameters.apply(field + "Reasons");
      for (String value : values == null ? new String[0] : values) {
        Arrays.stream(UnableReason.values())
            .filter(reason -> reason.name().equals(value))
            .forEach(
                reason -> {
                  reasons.add(reason);
                  ticked.add(reason.name());
                });
      }
      multiple.put(field + "Reasons", ticked);
      boolean sometimes = "yes".equals(first(parameters, field + "Sometimes"));
      single.put(field + "Sometimes", sometimes ? "yes" : null);
      Achievement chosen = achievement(achievement);
      if (chosen != null || !reasons.isEmpty()) {
        outcomes.put(outcome, new OutcomeAnswer(chosen, reasons, sometimes));
      }
      String note = text(parameters, field + "Notes", NOTES_LIMIT, "assessment.field.outcomeNotes");
      if (note != null) {
        notes.put(outcome, note);
      }
    }
    String impairment = yesNoOrNull(first(parameters, "impairmentLink"));
    single.put("impairmentLink", impairment);
    String description =
        text(
            parameters,
            "impairmentDescription",
            NOTES_LIMIT,
            "assessment.field.impairmentDescription");
    String impact = yesNoOrNull(first(parameters, "significantImpact"));
    single.put("significantImpact", impact);
    String rationale =
        text(parameters, "impactRationale", RATIONALE_LIMIT, "assessment.field.impactRationale");
    answers =
        new EligibilityAnswers(
            outcomes,
            impairment == null ? null : impairment.equals("yes"),
            description,
            impact == null ? null : impact.equals("yes"),
            rationale,
            null);
  }

  private String text(
      Function<String, String[]> parameters, String field, int limit, String labelKey) {
    String raw = first(parameters, field);
    single.put(field, raw);
    String cleaned = FormErrors.typed(raw);
    if (cleaned != null && cleaned.length() > limit) {
      problems.add(
          new AssessmentSectionRules.Problem(field, "assessment.error.tooLong", labelKey, limit));
    }
    return cleaned;
  }

  /** What was typed, for showing the form again. */
  public String get(String field) {
    return single.get(field);
  }

  public boolean ticked(String field, String value) {
    return multiple.getOrDefault(field, Set.of()).contains(value);
  }

  List<AssessmentSectionRules.Problem> problems() {
    return problems;
  }

  EligibilityAnswers answers() {
    return answers;
  }

  Map<EligibilityOutcome, String> notes() {
    return notes;
  }

  private static String first(Function<String, String[]> parameters, String name) {
    String[] values = parameters.apply(name);
    return values == null || values.length == 0 ? null : values[0];
  }

  private static Achievement achievement(String typed) {
    return Arrays.stream(Achievement.values())
        .filter(value -> value.name().equals(typed))
        .findFirst()
        .orElse(null);
  }

  private static String yesNoOrNull(String typed) {
    return "yes".equals(typed) || "no".equals(typed) ? typed : null;
  }

  private static String yesNo(Boolean value) {
    return value == null ? null : value ? "yes" : "no";
  }
}
