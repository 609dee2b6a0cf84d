package org.strengths.assessment;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.strengths.access.StaffMember;
import org.strengths.conversation.ConversationRecorded;
import org.strengths.person.People;
import org.strengths.person.PersonDetails;
import org.strengths.platform.statute.WellbeingArea;

/**
 * The needs assessment's API for recording from another module (the demo council): each step runs
 * the same checks as its page (the section rules, the eligibility form and rule, the decision rule)
 * and the same saving, so audit, chronology and the CLD event on sign-off apply. A step that the
 * page would refuse throws {@link IllegalArgumentException}. Callers have checked that the staff
 * member may change the person's record, and that a manager may sign off.
 */
@Service
public class NeedsAssessments {

  /** Where a person's latest eligibility determination is on its way to sign-off. */
  public enum Stage {
    IN_PROGRESS,
    SUBMITTED,
    RETURNED,
    SIGNED_OFF
  }

  /** One of the person's assessments, with its eligibility stage (null if not started). */
  public record Summary(UUID id, Stage eligibility, Boolean decidedEligible) {}

  private final Assessments assessments;
  private final EligibilityDeterminations determinations;
  private final People people;
  private final AssessmentText text;
  private final GeneratedAssessments generated;

  NeedsAssessments(
      Assessments assessments,
      EligibilityDeterminations determinations,
      People people,
      AssessmentText text,
      GeneratedAssessments generated) {
    this.assessments = assessments;
    this.determinations = determinations;
    this.people = people;
    this.text = text;
    this.generated = generated;
  }

  /**
   * A needs assessment of a generated council's person whose eligibility determination was signed
   * off: from {@code startedOn} (the conversation it was started from) to {@code signedOffOn}.
   */
  public record GeneratedDetermination(
      UUID personId,
      UUID conversationId,
      java.time.LocalDate startedOn,
      java.time.LocalDate signedOffOn,
      boolean eligible,
      UUID practitionerId,
      String practitionerUsername,
      String practitionerName,
      UUID managerId,
      String managerUsername,
      String managerName) {}

  /**
   * For a generated council: derives in bulk the CLD event of each conversation recorded in bulk
   * (what {@code ConversationRecords.addGenerated} returned), by the same rule as for a
   * conversation recorded on the pages; how many events were derived (ADR 0168).
   */
  @Transactional
  public long deriveGenerated(List<ConversationRecorded> recorded) {
    return generated.derive(recorded);
  }

  /**
   * For a generated council: adds needs assessments with signed-off eligibility determinations in
   * bulk, each with its CLD event (a Long Term Assessment) derived as at a sign-off on the pages,
   * without audit or chronology; how many were added. The people must have no assessment yet.
   */
  @Transactional
  public long addGenerated(List<GeneratedDetermination> determinations) {
    return generated.add(determinations);
  }

  /** Starts an assessment from one of the person's completed conversations; its id. */
  @Transactional
  public UUID start(UUID personId, UUID conversationId, StaffMember staff) {
    PersonDetails person = people.find(personId).orElseThrow(IllegalArgumentException::new);
    Assessments.Started started = assessments.start(person, conversationId, staff);
    if (started instanceof Assessments.Created created) {
      return created.id();
    }
    throw new IllegalArgumentException(((Assessments.Refused) started).problemKey());
  }

  /**
   * Saves a section of the assessment as typed in its form, marked complete.
   *
   * @param slug the section's address, e.g. {@code who-was-involved}
   * @param typed the form's fields by name (dates as {@code fieldDay}, {@code fieldMonth}, {@code
   *     fieldYear})
   */
  @Transactional
  public void completeSection(
      UUID assessmentId, String slug, Map<String, String> typed, StaffMember staff) {
    AssessmentView assessment = assessment(assessmentId);
    AssessmentSection section =
        AssessmentSection.bySlug(slug).orElseThrow(IllegalArgumentException::new);
    AssessmentSectionRules.Checked checked =
        AssessmentSectionRules.check(section, typed::get, "yes", text.today());
    if (!checked.problems().isEmpty()) {
      throw new IllegalArgumentException(slug + ": " + checked.problems());
    }
    if (!(assessments.save(assessment, assessment.version(), section, checked.values(), true, staff)
        instanceof Assessments.SavedSection)) {
      throw new IllegalStateException("Changed by someone else: " + assessmentId);
    }
  }

  /** The fields of the wellbeing section, by area: the person's words and the summary. */
  public static List<String> wellbeingFields() {
    return Arrays.stream(WellbeingArea.values())
        .flatMap(
            area -> Stream.of(AssessmentField.wordsField(area), AssessmentField.summaryField(area)))
        .toList();
  }

  /**
   * Saves the eligibility answers as typed in the eligibility form, once the narrative is complete.
   * The answers must be complete enough for the rule to suggest a result.
   */
  @Transactional
  public void answerEligibility(
      UUID assessmentId, Map<String, List<String>> typed, StaffMember staff) {
    AssessmentView assessment = assessment(assessmentId);
    if (!assessment.narrativeComplete()) {
      throw new IllegalArgumentException("The narrative is not complete: " + assessmentId);
    }
    EligibilityView view = determinations.open(assessment, staff);
    EligibilityForm form =
        EligibilityForm.read(
            name -> typed.containsKey(name) ? typed.get(name).toArray(String[]::new) : null);
    if (!form.problems().isEmpty()) {
      throw new IllegalArgumentException(form.problems().toString());
    }
    if (!determinations.saveAnswers(view, view.version(), form, staff)) {
      throw new IllegalStateException("Changed by someone else: " + assessmentId);
    }
    EligibilityView saved = determinations.forAssessment(assessmentId).orElseThrow();
    EligibilityRule.Evaluation evaluation = EligibilityDeterminations.evaluate(saved, assessment);
    if (!evaluation.valid()) {
      throw new IllegalArgumentException(evaluation.problems().toString());
    }
  }

  /**
   * Records the practitioner's decision on the suggested result and sends it for sign-off.
   *
   * @param overrideReason null to confirm the suggestion; the reason for differing otherwise
   */
  @Transactional
  public void submitEligibility(UUID assessmentId, String overrideReason, StaffMember staff) {
    AssessmentView assessment = assessment(assessmentId);
    EligibilityView view =
        determinations.forAssessment(assessmentId).orElseThrow(IllegalArgumentException::new);
    EligibilityRule.Evaluation evaluation = EligibilityDeterminations.evaluate(view, assessment);
    EligibilityRule.Decision decision =
        overrideReason == null
            ? EligibilityRule.Decision.CONFIRM
            : EligibilityRule.Decision.OVERRIDE;
    if (!evaluation.valid()
        || !view.status().editable()
        || !EligibilityRule.decisionProblems(decision, overrideReason).isEmpty()) {
      throw new IllegalArgumentException("Cannot submit: " + assessmentId);
    }
    if (!determinations.submit(
        view, evaluation.suggestion(), view.version(), decision, overrideReason, staff)) {
      throw new IllegalStateException("Changed by someone else: " + assessmentId);
    }
  }

  /** A manager signs the submitted determination off, or returns it with comments. */
  @Transactional
  public void reviewEligibility(
      UUID assessmentId, boolean signOff, String comments, StaffMember manager) {
    AssessmentView assessment = assessment(assessmentId);
    EligibilityView view =
        determinations.forAssessment(assessmentId).orElseThrow(IllegalArgumentException::new);
    if (view.status() != EligibilityStatus.SUBMITTED || (!signOff && comments == null)) {
      throw new IllegalArgumentException("Nothing to sign off: " + assessmentId);
    }
    if (!determinations.review(view, assessment, view.version(), signOff, comments, manager)) {
      throw new IllegalStateException("Changed by someone else: " + assessmentId);
    }
  }

  /** The person's assessments, newest first, with where their eligibility has got to. */
  public List<Summary> forPerson(UUID personId) {
    return assessments.forPerson(personId).stream()
        .map(
            assessment -> {
              Optional<EligibilityView> view = determinations.forAssessment(assessment.id());
              return new Summary(
                  assessment.id(),
                  view.map(v -> stage(v.status())).orElse(null),
                  view.map(EligibilityView::decidedEligible).orElse(null));
            })
        .toList();
  }

  /** One of the person's written records: when it was done and whether it has been decided. */
  public record WrittenRecord(UUID id, java.time.LocalDate assessedOn, boolean decided) {}

  /**
   * The person's needs assessments whose written record is complete (every narrative part done),
   * newest first. For the person's own pages; the caller has checked who is signed in.
   */
  public List<WrittenRecord> writtenRecords(UUID personId) {
    return assessments.forPerson(personId).stream()
        .filter(AssessmentView::narrativeComplete)
        .map(
            assessment ->
                new WrittenRecord(
                    assessment.id(),
                    assessment.startedOn(),
                    determinations
                        .forAssessment(assessment.id())
                        .filter(view -> view.status() == EligibilityStatus.SIGNED_OFF)
                        .isPresent()))
        .toList();
  }

  /**
   * The written record of one of the person's assessments in plain words, with the signed-off
   * determination; empty if the assessment is not this person's or its record is not complete, so a
   * changed id never reaches another person's assessment.
   */
  public Optional<MyAssessment> writtenRecord(UUID personId, UUID assessmentId) {
    return assessments
        .find(assessmentId)
        .filter(assessment -> assessment.personId().equals(personId))
        .filter(AssessmentView::narrativeComplete)
        .map(
            assessment -> {
              MyAssessment.Determination determination =
                  determinations
                      .forAssessment(assessment.id())
                      .filter(view -> view.status() == EligibilityStatus.SIGNED_OFF)
                      .flatMap(
                          view ->
                              people
                                  .find(personId)
                                  .map(
                                      person ->
                                          MyAssessment.determination(
                                              DeterminationLetter.of(
                                                  person, assessment, view, text))))
                      .orElse(null);
              return new MyAssessment(
                  assessment.id(),
                  assessment.startedOn(),
                  MyAssessment.parts(assessment),
                  determination);
            });
  }

  /** The s.9(4) matters in the person's latest assessment; empty if none was started. */
  public Optional<AssessmentEvidence> latestEvidence(UUID personId) {
    return assessments.forPerson(personId).stream()
        .findFirst()
        .map(
            assessment ->
                new AssessmentEvidence(
                    assessment.id(),
                    assessment.startedOn(),
                    AssessmentSection.WELLBEING.fields().stream()
                        .anyMatch(field -> filled(assessment.text(field.name()))),
                    filled(assessment.text("outcomesWanted")),
                    filled(assessment.text("careCouldContribute"))));
  }

  private static boolean filled(String text) {
    return text != null && !text.isBlank();
  }

  private static Stage stage(EligibilityStatus status) {
    return switch (status) {
      case DRAFT -> Stage.IN_PROGRESS;
      case SUBMITTED -> Stage.SUBMITTED;
      case RETURNED -> Stage.RETURNED;
      case SIGNED_OFF -> Stage.SIGNED_OFF;
    };
  }

  private AssessmentView assessment(UUID assessmentId) {
    return assessments.find(assessmentId).orElseThrow(IllegalArgumentException::new);
  }
}
