package org.strengths.conversation;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.strengths.access.StaffMember;
import org.strengths.person.People;

/**
 * Conversations, drafts and eligibility sign-offs made through this module's own services, for
 * tests of pages elsewhere (the home pages) that list them.
 */
public final class WorkFixtures {

  /** An action to agree in a conversation; {@code who} is person, network or practitioner. */
  public record Action(String what, String who, LocalDate byWhen) {}

  /**
   * Eligibility answers as typed in the form: unable to achieve three outcomes, caused by an
   * impairment, with a significant impact on wellbeing (so the rule suggests eligible needs).
   */
  private static final Map<String, String[]> ELIGIBLE_ANSWERS = eligibleAnswers();

  private WorkFixtures() {}

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

  /** Records a completed conversation held on {@code heldOn} with these actions. */
  public static UUID conversation(
      ApplicationContext context,
      UUID personId,
      StaffMember by,
      LocalDate heldOn,
      LocalDate followUp,
      List<Action> actions) {
    ConversationRecording.Outcome outcome =
        context
            .getBean(ConversationRecording.class)
            .complete(personId, null, 0, content(heldOn, followUp, actions), by);
    return ((ConversationRecording.Saved) outcome).id();
  }

  /** Saves a draft conversation. */
  public static UUID draft(
      ApplicationContext context, UUID personId, StaffMember by, LocalDate heldOn) {
    ConversationRecording.Outcome outcome =
        context
            .getBean(ConversationRecording.class)
            .saveDraft(personId, null, 0, content(heldOn, null, List.of()), by);
    return ((ConversationRecording.Saved) outcome).id();
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

  private static ConversationContent content(
      LocalDate heldOn, LocalDate followUp, List<Action> actions) {
    return new ConversationContent(
        heldOn,
        "listen-and-connect",
        "home",
        null,
        "Just us",
        List.of(new Quote("Getting back to the allotment", "person", null)),
        List.of(),
        "Wants to be outdoors more.",
        null,
        null,
        null,
        null,
        List.of(new Strength("interests", "Grows vegetables", "person", false, null)),
        null,
        actions.stream()
            .map(action -> new AgreedAction(action.what(), action.who(), null, action.byWhen()))
            .toList(),
        null,
        null,
        List.of(),
        followUp,
        null);
  }
}
