package org.strengths.planning;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.strengths.platform.statute.EligibilityOutcome;
import org.strengths.platform.statute.WellbeingArea;
import org.strengths.platform.web.FormErrors;
import org.strengths.platform.web.Ids;

/** An outcome as typed: the person's words, wellbeing areas and optional GAS descriptors. */
record OutcomeForm(
    String words,
    List<String> areas,
    List<String> eligibleOutcomes,
    String gasMinus2,
    String gasMinus1,
    String gas0,
    String gasPlus1,
    String gasPlus2,
    String weight,
    String sourceConversationId,
    String strengthId,
    String version) {

  static final int WORDS = 500;
  static final int DESCRIPTOR = 300;

  OutcomeForm {
    areas = areas == null ? List.of() : List.copyOf(areas);
    eligibleOutcomes = eligibleOutcomes == null ? List.of() : List.copyOf(eligibleOutcomes);
  }

  static OutcomeForm of(Outcome outcome) {
    return new OutcomeForm(
        outcome.words(),
        outcome.wellbeingAreas().stream().map(Enum::name).toList(),
        outcome.eligibleOutcomes().stream().map(Enum::name).toList(),
        outcome.descriptor(-2),
        outcome.descriptor(-1),
        outcome.descriptor(0),
        outcome.descriptor(1),
        outcome.descriptor(2),
        outcome.gasWeight() == null ? "" : String.valueOf(outcome.gasWeight()),
        outcome.sourceConversationId() == null ? null : outcome.sourceConversationId().toString(),
        outcome.strengthId() == null ? null : outcome.strengthId().toString(),
        String.valueOf(outcome.version()));
  }

  static OutcomeForm blank() {
    return new OutcomeForm(
        null, List.of(), List.of(), null, null, null, null, null, "", null, null, "0");
  }

  OutcomeForm withVersion(int newVersion) {
    return new OutcomeForm(
        words,
        areas,
        eligibleOutcomes,
        gasMinus2,
        gasMinus1,
        gas0,
        gasPlus1,
        gasPlus2,
        weight,
        sourceConversationId,
        strengthId,
        String.valueOf(newVersion));
  }

  /** Checks what was typed; the outcome it describes, with the problems found. */
  Outcome check(FormErrors errors, PlanText text) {
    String cleanWords = FormErrors.typed(words);
    if (cleanWords == null) {
      errors.add("words", text.get("planning.error.words.required"));
    } else if (cleanWords.length() > WORDS) {
      errors.add("words", text.get("planning.error.tooLong", WORDS));
    }
    List<WellbeingArea> chosen =
        areas.stream().map(WellbeingArea::of).flatMap(java.util.Optional::stream).toList();
    if (chosen.isEmpty() || chosen.size() != areas.size()) {
      errors.add(
          "areas",
          "area-" + WellbeingArea.DIGNITY.name(),
          text.get("planning.error.areas.required"));
    }
    List<EligibilityOutcome> eligible =
        eligibleOutcomes.stream()
            .map(EligibilityOutcome::of)
            .flatMap(java.util.Optional::stream)
            .toList();
    if (eligible.size() != eligibleOutcomes.size()) {
      errors.add(
          "eligibleOutcomes",
          "eligible-" + EligibilityOutcome.NUTRITION.name(),
          text.get("planning.error.eligible.invalid"));
    }
    List<String> descriptors = new ArrayList<>();
    List<String> fields = List.of("gasMinus2", "gasMinus1", "gas0", "gasPlus1", "gasPlus2");
    List<String> typed = java.util.Arrays.asList(gasMinus2, gasMinus1, gas0, gasPlus1, gasPlus2);
    for (int i = 0; i < 5; i++) {
      String value = FormErrors.typed(typed.get(i));
      descriptors.add(value);
      if (value != null && value.length() > DESCRIPTOR) {
        errors.add(fields.get(i), text.get("planning.error.tooLong", DESCRIPTOR));
      }
    }
    boolean anyGas = descriptors.stream().anyMatch(d -> d != null);
    Integer gasWeight = null;
    if (anyGas) {
      for (int i = 0; i < 5; i++) {
        if (descriptors.get(i) == null) {
          errors.add(fields.get(i), text.get("planning.error.gas.allLevels"));
        }
      }
      gasWeight = weight(errors, text);
    }
    return new Outcome(
        null,
        null,
        null,
        cleanWords,
        chosen,
        eligible,
        Ids.orNull(sourceConversationId),
        Ids.orNull(strengthId),
        anyGas && descriptors.stream().allMatch(d -> d != null) ? descriptors : List.of(),
        gasWeight,
        0,
        0);
  }

  private Integer weight(FormErrors errors, PlanText text) {
    String typed = weight == null ? "" : weight.strip();
    if (typed.isEmpty()) {
      return 1;
    }
    if (!typed.matches("[1-4]")) {
      errors.add("weight", text.get("planning.error.weight"));
      return null;
    }
    return Integer.valueOf(typed);
  }

  UUID conversationId() {
    return Ids.orNull(sourceConversationId);
  }
}
