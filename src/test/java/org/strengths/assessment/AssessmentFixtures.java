package org.strengths.assessment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.strengths.access.StaffMember;
import org.strengths.person.People;

/** Assessments and eligibility decisions at a given stage, for other modules' tests. */
public final class AssessmentFixtures {

  /**
   * Eligibility answers as typed in the form: unable to achieve three outcomes, caused by an
   * impairment, with a significant impact on wellbeing (so the rule suggests eligible needs).
   */
  private static final Map<String, String[]> ELIGIBLE_ANSWERS = eligibleAnswers();

  private AssessmentFixtures() {}

  private static Map<String, String[]> eligibleAnswers() {
    Map<String, String[]> typed = new HashMap<>();
    for (String outcome :
        List.of(
            "outcomeToiletNeeds",
            "outcomeHomeSafely",
            "outcomeHabitableHome",
            "outcomeRelationships",
            "outcomeWorkTrainingEducation",
            "outcomeCommunityFacilities")) {
      typed.put(outcome, new String[] {"ABLE"});
    }
    typed.put("outcomeCaringForAChild", new String[] {"NOT_RELEVANT"});
    typed.put("outcomeNutrition", new String[] {"UNABLE"});
    typed.put("outcomeNutritionReasons", new String[] {"NEEDS_ASSISTANCE"});
    typed.put("outcomePersonalHygiene", new String[] {"UNABLE"});
    typed.put("outcomePersonalHygieneReasons", new String[] {"PAIN_DISTRESS_ANXIETY"});
    typed.put("outcomeAppropriatelyClothed", new String[] {"UNABLE"});
    typed.put("outcomeAppropriatelyClothedReasons", new String[] {"TAKES_SIGNIFICANTLY_LONGER"});
    typed.put("impairmentLink", new String[] {"yes"});
    typed.put("impairmentDescription", new String[] {"Arthritis in both hands and knees."});
    typed.put("significantImpact", new String[] {"yes"});
    typed.put("impactRationale", new String[] {"Not eating or washing properly has left him low."});
    return typed;
  }

  /**
   * Starts an assessment from the person's conversation and submits an eligibility decision for
   * sign-off; returns the assessment's id.
   */
  public static UUID submittedForSignOff(
      ApplicationContext context, UUID personId, UUID conversationId, StaffMember by) {
    var person = context.getBean(People.class).find(personId).orElseThrow();
    Assessments assessments = context.getBean(Assessments.class);
    UUID assessmentId = ((Assessments.Created) assessments.start(person, conversationId, by)).id();
    EligibilityDeterminations determinations = context.getBean(EligibilityDeterminations.class);
    AssessmentView assessment = assessments.find(assessmentId).orElseThrow();
    EligibilityView opened = determinations.open(assessment, by);
    EligibilityForm form = EligibilityForm.read(name -> ELIGIBLE_ANSWERS.get(name));
    if (!determinations.saveAnswers(opened, opened.version(), form, by)) {
      throw new IllegalStateException("Answers not saved");
    }
    EligibilityView view = determinations.forAssessment(assessmentId).orElseThrow();
    EligibilityRule.Evaluation evaluation = EligibilityDeterminations.evaluate(view, assessment);
    if (!evaluation.valid()) {
      throw new IllegalStateException("Answers incomplete: " + evaluation.problems());
    }
    boolean submitted =
        determinations.submit(
            view,
            evaluation.suggestion(),
            view.version(),
            EligibilityRule.Decision.CONFIRM,
            null,
            by);
    if (!submitted) {
      throw new IllegalStateException("Not submitted");
    }
    return assessmentId;
  }

  /** The manager returns the submitted decision to the practitioner with a comment. */
  public static void returnToPractitioner(
      ApplicationContext context, UUID assessmentId, StaffMember manager) {
    EligibilityDeterminations determinations = context.getBean(EligibilityDeterminations.class);
    AssessmentView assessment = context.getBean(Assessments.class).find(assessmentId).orElseThrow();
    EligibilityView view = determinations.forAssessment(assessmentId).orElseThrow();
    if (!determinations.review(
        view, assessment, view.version(), false, "Say more about the stairs", manager)) {
      throw new IllegalStateException("Not returned");
    }
  }
}
