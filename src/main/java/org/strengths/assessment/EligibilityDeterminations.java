package org.strengths.assessment;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.strengths.access.AuditLog;
import org.strengths.access.StaffMember;
import org.strengths.assessment.EligibilityRule.Decision;
import org.strengths.person.Chronology;

/**
 * Eligibility determinations: answers, the practitioner's decision on the suggested result, and a
 * manager's sign-off or return. Sign-off yields the Long Term Assessment CLD event. Callers have
 * checked access to the person and who may sign off.
 */
@Service
class EligibilityDeterminations {

  private final EligibilityStore store;
  private final AssessmentCldEvents cldEvents;
  private final AuditLog audit;
  private final Chronology chronology;
  private final AssessmentText text;
  private final Clock clock;

  EligibilityDeterminations(
      EligibilityStore store,
      AssessmentCldEvents cldEvents,
      AuditLog audit,
      Chronology chronology,
      AssessmentText text,
      Clock clock) {
    this.store = store;
    this.cldEvents = cldEvents;
    this.audit = audit;
    this.chronology = chronology;
    this.text = text;
    this.clock = clock;
  }

  Optional<EligibilityView> forAssessment(UUID assessmentId) {
    return store.findByAssessment(assessmentId);
  }

  List<EligibilityView> forPerson(UUID personId) {
    return store.forPerson(personId);
  }

  /** The determination for an assessment whose narrative is complete, started if need be. */
  @Transactional
  EligibilityView open(AssessmentView assessment, StaffMember staff) {
    return store.forAssessment(assessment, staff.getUsername(), clock.instant());
  }

  /** The rule applied to the stored answers and the assessment's fluctuating-needs period. */
  static EligibilityRule.Evaluation evaluate(EligibilityView view, AssessmentView assessment) {
    return EligibilityRule.evaluate(withPeriod(view.answers(), assessment));
  }

  static EligibilityAnswers withPeriod(EligibilityAnswers answers, AssessmentView assessment) {
    EligibilityAnswers.Period period =
        "yes".equals(assessment.text("needsFluctuate"))
            ? new EligibilityAnswers.Period(
                assessment.date("fluctuatingFrom"), assessment.date("fluctuatingTo"))
            : null;
    return new EligibilityAnswers(
        answers.outcomes(),
        answers.impairmentLink(),
        answers.impairmentDescription(),
        answers.significantImpact(),
        answers.impactRationale(),
        period);
  }

  @Transactional
  boolean saveAnswers(
      EligibilityView view, int versionSeen, EligibilityForm form, StaffMember staff) {
    boolean saved =
        store.saveAnswers(
            view.id(),
            versionSeen,
            form.answers(),
            form.notes(),
            staff.getUsername(),
            clock.instant());
    if (saved) {
      audit.record(view.personId(), "eligibility", "change", null, view.id().toString());
    }
    return saved;
  }

  /** Records the practitioner's decision and sends it for sign-off. */
  @Transactional
  boolean submit(
      EligibilityView view,
      EligibilityRule.Suggestion suggestion,
      int versionSeen,
      Decision decision,
      String overrideReason,
      StaffMember staff) {
    boolean decided = EligibilityRule.decided(suggestion, decision);
    boolean saved =
        store.submit(
            view.id(),
            versionSeen,
            suggestion.eligible(),
            decision,
            decided,
            overrideReason,
            staff,
            clock.instant());
    if (saved) {
      audit.record(view.personId(), "eligibility", "submit", null, view.id().toString());
      chronology.add(
          view.personId(),
          "eligibility-submitted",
          text.get(
              decided
                  ? "assessment.chronology.submitted.eligible"
                  : "assessment.chronology.submitted.notEligible"));
    }
    return saved;
  }

  /** A manager signs the determination off, or returns it with comments. */
  @Transactional
  boolean review(
      EligibilityView view,
      AssessmentView assessment,
      int versionSeen,
      boolean signOff,
      String comments,
      StaffMember staff) {
    boolean saved = store.review(view.id(), versionSeen, signOff, comments, staff, clock.instant());
    if (!saved) {
      return false;
    }
    audit.record(
        view.personId(),
        "eligibility",
        signOff ? "sign-off" : "return",
        null,
        view.id().toString());
    chronology.add(
        view.personId(),
        signOff ? "eligibility-signed-off" : "eligibility-returned",
        text.get(
            signOff ? "assessment.chronology.signedOff" : "assessment.chronology.returned",
            staff.displayName()));
    if (signOff) {
      cldEvents.derive(
          view.personId(),
          CldEventRule.forDetermination(
              view.id(),
              assessment.startedOn(),
              text.today(),
              Boolean.TRUE.equals(view.decidedEligible())),
          staff.getUsername());
    }
    return true;
  }
}
