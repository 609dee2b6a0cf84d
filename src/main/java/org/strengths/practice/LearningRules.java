package org.strengths.practice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.strengths.platform.web.DateInput;

/**
 * What a learning record must hold, in plain Java: its kind, a title, the date (not in the future),
 * the hours (more than nothing, at most 999.5, in half hours at finest), what was learned, and the
 * statements it supports chosen from the list.
 */
final class LearningRules {

  static final BigDecimal MAX_HOURS = new BigDecimal("999.5");

  private LearningRules() {}

  /** A learning record as saved. */
  record Checked(
      LearningKind kind,
      String title,
      LocalDate heldOn,
      BigDecimal hours,
      String learned,
      Set<UUID> statements) {}

  static Map<String, SupervisionRules.Problem> check(
      LearningForm form, LocalDate today, List<UUID> statements) {
    Map<String, SupervisionRules.Problem> problems = new LinkedHashMap<>();
    if (kind(form.getKind()).isEmpty()) {
      problems.put("kind", SupervisionRules.Problem.of("development.error.kind"));
    }
    String title = strip(form.getTitle());
    if (title.isEmpty()) {
      problems.put("title", SupervisionRules.Problem.of("development.error.title.missing"));
    } else if (title.length() > LearningForm.MAX_TITLE) {
      problems.put(
          "title",
          SupervisionRules.Problem.of(
              "practice.error.tooLong", "practice.field.self.title", LearningForm.MAX_TITLE));
    }
    DateInput.Result heldOn = form.heldOn();
    if (heldOn.blank()) {
      problems.put("heldOn", SupervisionRules.Problem.of("development.error.learnedOn.missing"));
    } else if (heldOn.problem() != null) {
      problems.put(
          "heldOn",
          SupervisionRules.Problem.of(heldOn.problem().key(), "practice.field.self.learnedOn"));
    } else if (heldOn.date().isAfter(today)) {
      problems.put("heldOn", SupervisionRules.Problem.of("development.error.learnedOn.future"));
    }
    String typedHours = strip(form.getHours());
    if (typedHours.isEmpty()) {
      problems.put("hours", SupervisionRules.Problem.of("development.error.hours.missing"));
    } else if (hours(typedHours).isEmpty()) {
      problems.put("hours", SupervisionRules.Problem.of("development.error.hours.invalid"));
    }
    String learned = strip(form.getLearned());
    if (learned.isEmpty()) {
      problems.put("learned", SupervisionRules.Problem.of("development.error.learned.missing"));
    } else if (learned.length() > LearningForm.MAX_LEARNED) {
      problems.put(
          "learned",
          SupervisionRules.Problem.of(
              "practice.error.tooLong", "practice.field.self.learned", LearningForm.MAX_LEARNED));
    }
    for (String typed : form.getStatements()) {
      UUID statement = SupervisionRules.uuid(typed);
      if (statement == null || !statements.contains(statement)) {
        problems.putIfAbsent(
            "statements", SupervisionRules.Problem.of("development.error.statements"));
      }
    }
    return problems;
  }

  /** The form as saved, once {@link #check} found nothing wrong. */
  static Checked checked(LearningForm form) {
    Set<UUID> statements = new LinkedHashSet<>();
    form.getStatements().stream().map(SupervisionRules::uuid).forEach(statements::add);
    return new Checked(
        kind(form.getKind()).orElseThrow(),
        strip(form.getTitle()),
        form.heldOn().date(),
        hours(strip(form.getHours())).orElseThrow(),
        strip(form.getLearned()),
        statements);
  }

  static Optional<LearningKind> kind(String typed) {
    try {
      return Optional.of(LearningKind.valueOf(strip(typed)));
    } catch (IllegalArgumentException notAKind) {
      return Optional.empty();
    }
  }

  /** Hours as typed ("6", "1.5"): more than none, at most {@link #MAX_HOURS}, in half hours. */
  static Optional<BigDecimal> hours(String typed) {
    BigDecimal hours;
    try {
      hours = new BigDecimal(typed.replace(" hours", "").replace("hrs", "").strip());
    } catch (NumberFormatException notANumber) {
      return Optional.empty();
    }
    boolean halves = hours.multiply(BigDecimal.valueOf(2)).stripTrailingZeros().scale() <= 0;
    if (hours.signum() <= 0 || hours.compareTo(MAX_HOURS) > 0 || !halves) {
      return Optional.empty();
    }
    return Optional.of(hours.setScale(1));
  }

  private static String strip(String typed) {
    return typed == null ? "" : typed.strip();
  }
}
