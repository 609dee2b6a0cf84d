package org.strengths.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.strengths.platform.statute.WellbeingArea;
import org.strengths.platform.web.DateInput;
import org.strengths.platform.web.FormErrors;

/**
 * Checks one section of the needs assessment as typed. Anything can be saved as "in progress" as
 * long as it is well formed (lengths, real dates, yes or no); marking a section completed also
 * needs what the Care Act and the Assessment Regulations ask for in it.
 */
final class AssessmentSectionRules {

  static final Set<String> YES_NO = Set.of("yes", "no");

  private AssessmentSectionRules() {}

  /** A problem with one field: a message key and its arguments. */
  record Problem(String field, String key, List<Object> args) {
    Problem(String field, String key, Object... args) {
      this(field, key, List.of(args));
    }
  }

  /** The values read from the form (text stripped, dates parsed) and any problems. */
  record Checked(Map<String, Object> values, List<Problem> problems) {
    boolean ok() {
      return problems.isEmpty();
    }
  }

  /**
   * @param typed the request parameters (dates as {@code <name>Day}, {@code <name>Month}, {@code
   *     <name>Year})
   * @param completed whether the practitioner says the section is complete ({@code yes}/{@code no})
   */
  static Checked check(
      AssessmentSection section,
      Function<String, String> typed,
      String completed,
      LocalDate today) {
    Map<String, Object> values = new LinkedHashMap<>();
    List<Problem> problems = new ArrayList<>();
    for (AssessmentField field : section.fields()) {
      read(field, typed, today, values, problems);
    }
    if (completed == null || !YES_NO.contains(completed)) {
      problems.add(new Problem("completed", "assessment.error.completed.missing"));
    } else if (completed.equals("yes") && problems.isEmpty()) {
      completionProblems(section, values, problems);
    }
    return new Checked(values, List.copyOf(problems));
  }

  private static void read(
      AssessmentField field,
      Function<String, String> typed,
      LocalDate today,
      Map<String, Object> values,
      List<Problem> problems) {
    switch (field.kind()) {
      case SHORT_TEXT, LONG_TEXT -> {
        String text = FormErrors.typed(typed.apply(field.name()));
        if (text != null && text.length() > field.limit()) {
          problems.add(
              new Problem(
                  field.name(), "assessment.error.tooLong", field.labelKey(), field.limit()));
        }
        values.put(field.name(), text);
      }
      case YES_NO -> {
        String answer = FormErrors.typed(typed.apply(field.name()));
        if (answer != null && !YES_NO.contains(answer)) {
          problems.add(new Problem(field.name(), "assessment.error.yesNo", field.labelKey()));
          answer = null;
        }
        values.put(field.name(), answer);
      }
      case DATE -> readDate(field, typed, today, values, problems);
    }
  }

  private static void readDate(
      AssessmentField field,
      Function<String, String> typed,
      LocalDate today,
      Map<String, Object> values,
      List<Problem> problems) {
    DateInput.Result read =
        DateInput.read(
            typed.apply(field.name() + "Day"),
            typed.apply(field.name() + "Month"),
            typed.apply(field.name() + "Year"));
    LocalDate date = read.date();
    if (read.problem() != null) {
      problems.add(new Problem(field.name(), read.problem().key(), field.labelKey()));
    } else if (date != null && date.isAfter(today)) {
      problems.add(new Problem(field.name(), "assessment.error.date.future", field.labelKey()));
    }
    values.put(field.name(), date);
  }

  private static void completionProblems(
      AssessmentSection section, Map<String, Object> values, List<Problem> problems) {
    switch (section) {
      case PREPARATION -> {
        requiredAnswer(values, "informationGiven", problems);
        if ("yes".equals(values.get("informationGiven"))) {
          required(values, "informationGivenOn", problems);
          required(values, "informationFormat", problems);
        }
        requiredAnswer(values, "selfAssessmentOffered", problems);
        if ("yes".equals(values.get("selfAssessmentOffered"))) {
          requiredAnswer(values, "selfAssessmentWanted", problems);
        }
        if ("yes".equals(values.get("selfAssessmentWanted"))) {
          requiredAnswer(values, "selfAssessmentDone", problems);
        }
        requiredAnswer(values, "advocacyConsidered", problems);
        if ("yes".equals(values.get("advocacyConsidered"))) {
          required(values, "advocacyOutcome", problems);
        }
      }
      case INVOLVED -> required(values, "whoWasInvolved", problems);
      case WELLBEING -> {
        for (WellbeingArea area : WellbeingArea.values()) {
          String summary = AssessmentField.summaryField(area);
          if (values.get(summary) == null) {
            problems.add(
                new Problem(summary, "assessment.error.wellbeing.required", area.messageKey()));
          }
        }
      }
      case OUTCOMES -> required(values, "outcomesWanted", problems);
      case SUPPORT -> {
        required(values, "careCouldContribute", problems);
        if (values.get("otherNetwork") == null
            && values.get("otherCommunity") == null
            && values.get("otherInformation") == null
            && values.get("otherPrevention") == null) {
          problems.add(new Problem("otherNetwork", "assessment.error.otherHelp.required"));
        }
      }
      case FLUCTUATING -> {
        requiredAnswer(values, "needsFluctuate", problems);
        if ("yes".equals(values.get("needsFluctuate"))) {
          required(values, "fluctuatingFrom", problems);
          required(values, "fluctuatingTo", problems);
          LocalDate from = (LocalDate) values.get("fluctuatingFrom");
          LocalDate to = (LocalDate) values.get("fluctuatingTo");
          if (from != null && to != null && to.isBefore(from)) {
            problems.add(new Problem("fluctuatingTo", "assessment.error.fluctuatingPeriod.order"));
          }
        }
        required(values, "proportionalityNote", problems);
      }
      case RECORD -> {
        required(values, "recordGivenOn", problems);
        required(values, "recordFormat", problems);
      }
    }
  }

  private static void required(Map<String, Object> values, String field, List<Problem> problems) {
    if (values.get(field) == null) {
      problems.add(new Problem(field, "assessment.error.required", "assessment.field." + field));
    }
  }

  private static void requiredAnswer(
      Map<String, Object> values, String field, List<Problem> problems) {
    if (values.get(field) == null) {
      problems.add(new Problem(field, "assessment.error.answer", "assessment.field." + field));
    }
  }
}
