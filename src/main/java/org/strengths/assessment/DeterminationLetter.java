package org.strengths.assessment;

import java.util.ArrayList;
import java.util.List;
import org.strengths.person.PersonDetails;
import org.strengths.platform.statute.EligibilityOutcome;

/**
 * The written determination for the person, in plain English: what was decided, why, and what
 * happens next. Built only from a signed-off determination.
 *
 * @param reasons the three tests of the regulations, said plainly
 * @param overrideReason why the practitioner decided otherwise than the rule suggested, if they did
 * @param outcomes what the person cannot do, each with why, in plain words
 */
record DeterminationLetter(
    String personName,
    String date,
    boolean eligible,
    List<String> reasons,
    String overrideReason,
    List<Outcome> outcomes,
    String practitionerName,
    String managerName) {

  /** An everyday thing the person cannot do without help or problems, and why. */
  record Outcome(String name, List<String> why) {}

  static DeterminationLetter of(
      PersonDetails person, AssessmentView assessment, EligibilityView view, AssessmentText text) {
    EligibilityRule.Suggestion suggestion =
        EligibilityDeterminations.evaluate(view, assessment).suggestion();
    List<String> reasons = new ArrayList<>();
    for (EligibilityRule.Finding finding : suggestion.reasons()) {
      reasons.add(
          text.resolve(
              finding.key().replace("assessment.rule.", "assessment.plain."), finding.args()));
    }
    List<Outcome> outcomes = new ArrayList<>();
    for (EligibilityOutcome outcome : suggestion.unableToAchieve()) {
      List<String> why =
          view.answers().answer(outcome).reasons().stream()
              .map(reason -> text.get(reason.messageKey() + ".plain"))
              .toList();
      outcomes.add(new Outcome(text.get(outcome.plainKey()), why));
    }
    boolean overridden = view.decision() == EligibilityRule.Decision.OVERRIDE;
    return new DeterminationLetter(
        person.displayName(),
        text.date(
            view.signedOffAt() == null
                ? text.today()
                : view.signedOffAt().atZone(java.time.ZoneId.of("Europe/London")).toLocalDate()),
        Boolean.TRUE.equals(view.decidedEligible()),
        List.copyOf(reasons),
        overridden ? view.overrideReason() : null,
        List.copyOf(outcomes),
        view.submittedByName(),
        view.signedOffByName());
  }
}
