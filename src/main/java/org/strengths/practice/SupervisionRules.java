package org.strengths.practice;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.strengths.platform.web.DateInput;

/**
 * What a supervision form must hold, in plain Java: the date it was held (not in the future), words
 * under at least one heading, none too long, people only from the supervisee's caseload, each new
 * action complete, and a decision for every action still open. Problems are field id to message key
 * with its arguments, in the order of the form.
 */
final class SupervisionRules {

  /** A problem: its message key and the arguments it names. */
  record Problem(String key, List<Object> args) {
    static Problem of(String key, Object... args) {
      return new Problem(key, List.of(args));
    }
  }

  private SupervisionRules() {}

  /**
   * @param caseload the people the supervisee works with, who may be discussed
   * @param open the actions still open from earlier sessions (empty when changing a session)
   */
  static Map<String, Problem> check(
      SupervisionForm form, LocalDate today, Set<UUID> caseload, List<UUID> open) {
    Map<String, Problem> problems = new LinkedHashMap<>();
    DateInput.Result heldOn = form.heldOn();
    if (heldOn.blank()) {
      problems.put("heldOn", Problem.of("practice.error.heldOn.missing"));
    } else if (heldOn.problem() != null) {
      problems.put("heldOn", Problem.of(heldOn.problem().key(), "practice.field.heldOn"));
    } else if (heldOn.date().isAfter(today)) {
      problems.put("heldOn", Problem.of("practice.error.heldOn.future"));
    }
    for (String id : form.getDiscussed()) {
      UUID chosen = uuid(id);
      if (chosen == null || !caseload.contains(chosen)) {
        problems.putIfAbsent("discussed", Problem.of("practice.error.discussed"));
      }
    }
    boolean anything = false;
    for (String heading : SupervisionForm.HEADINGS) {
      String text = form.heading(heading);
      anything |= !SupervisionForm.isBlank(text);
      if (text != null && text.strip().length() > SupervisionForm.MAX_TEXT) {
        problems.put(
            heading,
            Problem.of(
                "practice.error.tooLong", "practice.field." + heading, SupervisionForm.MAX_TEXT));
      }
    }
    if (!anything) {
      problems.put("knowledge", Problem.of("practice.error.nothing"));
    }
    List<SupervisionForm.ActionRow> rows = form.getActions();
    for (int i = 0; i < rows.size(); i++) {
      checkAction(rows.get(i), "actions-" + i, heldOn.date(), problems);
    }
    CarriedActions.Decision decision = CarriedActions.decide(open, form.getOutcomes());
    for (UUID action : decision.undecided()) {
      problems.put("outcome-" + action, Problem.of("practice.error.outcome"));
    }
    return problems;
  }

  private static void checkAction(
      SupervisionForm.ActionRow row, String prefix, LocalDate heldOn, Map<String, Problem> out) {
    if (row == null || row.blank()) {
      return;
    }
    String description = row.getDescription() == null ? "" : row.getDescription().strip();
    String owner = row.getOwner() == null ? "" : row.getOwner().strip();
    if (description.isEmpty()) {
      out.put(prefix + "-description", Problem.of("practice.error.action.missing"));
    } else if (description.length() > SupervisionForm.MAX_ACTION) {
      out.put(
          prefix + "-description",
          Problem.of(
              "practice.error.tooLong", "practice.field.action", SupervisionForm.MAX_ACTION));
    }
    if (owner.isEmpty()) {
      out.put(prefix + "-owner", Problem.of("practice.error.owner.missing"));
    } else if (owner.length() > SupervisionForm.MAX_OWNER) {
      out.put(
          prefix + "-owner",
          Problem.of("practice.error.tooLong", "practice.field.owner", SupervisionForm.MAX_OWNER));
    }
    DateInput.Result due = row.due();
    if (due.blank()) {
      out.put(prefix + "-due", Problem.of("practice.error.due.missing"));
    } else if (due.problem() != null) {
      out.put(prefix + "-due", Problem.of(due.problem().key(), "practice.field.due"));
    } else if (heldOn != null && due.date().isBefore(heldOn)) {
      out.put(prefix + "-due", Problem.of("practice.error.due.beforeSession"));
    }
  }

  static UUID uuid(String typed) {
    try {
      return typed == null ? null : UUID.fromString(typed.strip());
    } catch (IllegalArgumentException notAnId) {
      return null;
    }
  }
}
