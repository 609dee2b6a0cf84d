package org.strengths.carer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.strengths.platform.web.FormErrors;
import org.strengths.platform.web.FormVersions;

/**
 * The eligibility form as typed. Outcome answers bind as {@code status[work]} and {@code
 * notes[work]}; the reasons are checkboxes named {@code reasons} with values like {@code
 * work:NEEDS_ASSISTANCE}, so that one list holds the ticks of every outcome.
 */
class CarerEligibilityForm {

  static final String YES = "yes";
  static final String NO = "no";
  static final String ELIGIBLE = "eligible";
  static final String NOT_ELIGIBLE = "not-eligible";

  private String version = "0";
  private String necessaryCare;
  private String healthDeteriorating;
  private String healthNotes;
  private Map<String, String> status = new LinkedHashMap<>();
  private List<String> reasons = new ArrayList<>();
  private Map<String, String> notes = new LinkedHashMap<>();
  private String significantImpact;
  private String impactRationale;
  private String decision;
  private String decisionReason;

  static CarerEligibilityForm of(CarerAssessment saved) {
    CarerEligibility e = saved.eligibility();
    CarerEligibilityForm form = new CarerEligibilityForm();
    form.version = String.valueOf(saved.version());
    form.necessaryCare = yesNo(e.necessaryCare());
    form.healthDeteriorating = yesNo(e.healthDeteriorating());
    form.healthNotes = e.healthNotes();
    e.outcomes()
        .forEach(
            (outcome, answer) -> {
              form.status.put(outcome.field(), answer.status().name());
              answer.reasons().forEach(r -> form.reasons.add(outcome.field() + ":" + r.name()));
            });
    e.outcomeNotes().forEach((outcome, note) -> form.notes.put(outcome.field(), note));
    form.significantImpact = yesNo(e.significantImpact());
    form.impactRationale = e.impactRationale();
    if (e.decision() != null) {
      form.decision = e.decision().eligible() ? ELIGIBLE : NOT_ELIGIBLE;
      form.decisionReason = e.decision().reason();
    }
    return form;
  }

  /** Problems with the choices themselves (values no page offers), as field → message key. */
  Map<String, String> choiceProblems() {
    Map<String, String> problems = new LinkedHashMap<>();
    choice(problems, "necessaryCare", necessaryCare, YES, NO);
    choice(problems, "healthDeteriorating", healthDeteriorating, YES, NO);
    for (CarerOutcome outcome : CarerOutcome.values()) {
      String typed = blankToNull(status.get(outcome.field()));
      if (typed != null && CarerOutcomeStatus.of(typed) == null) {
        problems.put("outcome-" + outcome.field(), "carer.error.choice");
      }
    }
    choice(problems, "significantImpact", significantImpact, YES, NO);
    choice(problems, "decision", decision, ELIGIBLE, NOT_ELIGIBLE);
    return problems;
  }

  /** The answers as typed; reasons are kept only for outcomes marked "unable". */
  CarerEligibility toAnswers() {
    Map<CarerOutcome, CarerEligibilityRule.OutcomeAnswer> outcomes =
        new EnumMap<>(CarerOutcome.class);
    Map<CarerOutcome, String> outcomeNotes = new EnumMap<>(CarerOutcome.class);
    for (CarerOutcome outcome : CarerOutcome.values()) {
      CarerOutcomeStatus chosen = CarerOutcomeStatus.of(blankToNull(status.get(outcome.field())));
      if (chosen != null) {
        Set<CarerUnableReason> ticked =
            chosen == CarerOutcomeStatus.UNABLE ? reasonsFor(outcome) : Set.of();
        outcomes.put(outcome, new CarerEligibilityRule.OutcomeAnswer(chosen, ticked));
      }
      String note = FormErrors.typed(notes.get(outcome.field()));
      if (note != null) {
        outcomeNotes.put(outcome, note);
      }
    }
    return new CarerEligibility(
        bool(necessaryCare),
        bool(healthDeteriorating),
        FormErrors.typed(healthNotes),
        outcomes,
        outcomeNotes,
        bool(significantImpact),
        FormErrors.typed(impactRationale),
        null);
  }

  /** The practitioner's decision: true eligible, false not, null not decided yet. */
  Boolean decided() {
    String typed = blankToNull(decision);
    return typed == null
        ? null
        : ELIGIBLE.equals(typed) ? Boolean.TRUE : NOT_ELIGIBLE.equals(typed) ? Boolean.FALSE : null;
  }

  public boolean ticked(String outcomeField, String reason) {
    return reasons.contains(outcomeField + ":" + reason);
  }

  private Set<CarerUnableReason> reasonsFor(CarerOutcome outcome) {
    Set<CarerUnableReason> found = EnumSet.noneOf(CarerUnableReason.class);
    for (String typed : reasons) {
      if (typed != null && typed.startsWith(outcome.field() + ":")) {
        CarerUnableReason reason =
            CarerUnableReason.of(typed.substring(outcome.field().length() + 1));
        if (reason != null) {
          found.add(reason);
        }
      }
    }
    return found;
  }

  int versionSeen() {
    return FormVersions.seen(version);
  }

  private static void choice(
      Map<String, String> problems, String field, String typed, String... allowed) {
    String value = blankToNull(typed);
    if (value != null && !List.of(allowed).contains(value)) {
      problems.put(field, "carer.error.choice");
    }
  }

  private static Boolean bool(String typed) {
    return YES.equals(typed) ? Boolean.TRUE : NO.equals(typed) ? Boolean.FALSE : null;
  }

  private static String yesNo(Boolean value) {
    return value == null ? null : value ? YES : NO;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public String getVersion() {
    return version;
  }

  public void setVersion(String version) {
    this.version = version;
  }

  public String getNecessaryCare() {
    return necessaryCare;
  }

  public void setNecessaryCare(String necessaryCare) {
    this.necessaryCare = necessaryCare;
  }

  public String getHealthDeteriorating() {
    return healthDeteriorating;
  }

  public void setHealthDeteriorating(String healthDeteriorating) {
    this.healthDeteriorating = healthDeteriorating;
  }

  public String getHealthNotes() {
    return healthNotes;
  }

  public void setHealthNotes(String healthNotes) {
    this.healthNotes = healthNotes;
  }

  public Map<String, String> getStatus() {
    return status;
  }

  public void setStatus(Map<String, String> status) {
    this.status = status == null ? new LinkedHashMap<>() : status;
  }

  public List<String> getReasons() {
    return reasons;
  }

  public void setReasons(List<String> reasons) {
    this.reasons = reasons == null ? new ArrayList<>() : reasons;
  }

  public Map<String, String> getNotes() {
    return notes;
  }

  public void setNotes(Map<String, String> notes) {
    this.notes = notes == null ? new LinkedHashMap<>() : notes;
  }

  public String getSignificantImpact() {
    return significantImpact;
  }

  public void setSignificantImpact(String significantImpact) {
    this.significantImpact = significantImpact;
  }

  public String getImpactRationale() {
    return impactRationale;
  }

  public void setImpactRationale(String impactRationale) {
    this.impactRationale = impactRationale;
  }

  public String getDecision() {
    return decision;
  }

  public void setDecision(String decision) {
    this.decision = decision;
  }

  public String getDecisionReason() {
    return decisionReason;
  }

  public void setDecisionReason(String decisionReason) {
    this.decisionReason = decisionReason;
  }
}
