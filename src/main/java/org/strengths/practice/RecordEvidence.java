package org.strengths.practice;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.strengths.assessment.NeedsAssessments;
import org.strengths.conversation.Conversations;
import org.strengths.languagecoach.LanguageCoach;
import org.strengths.network.Networks;
import org.strengths.person.People;
import org.strengths.person.PersonDetails;
import org.strengths.planning.SupportPlans;

/**
 * Computes a person's {@link Evidence} through the owning modules' public APIs (no other module's
 * tables are named here). It does not check who may see the person: the numbers hold none of the
 * record's text, but callers showing them beside a record check access and audit the view first.
 */
@Service
public class RecordEvidence {

  private final People people;
  private final Conversations conversations;
  private final NeedsAssessments assessments;
  private final SupportPlans plans;
  private final Networks networks;
  private final LanguageCoach coach;
  private final Clock clock;

  RecordEvidence(
      People people,
      Conversations conversations,
      NeedsAssessments assessments,
      SupportPlans plans,
      Networks networks,
      LanguageCoach coach,
      Clock clock) {
    this.people = people;
    this.conversations = conversations;
    this.assessments = assessments;
    this.plans = plans;
    this.networks = networks;
    this.coach = coach;
    this.clock = clock;
  }

  /** The evidence of the person's record as it stands now. */
  public Evidence of(UUID personId) {
    PersonDetails person =
        people
            .find(personId)
            .orElseThrow(() -> new IllegalArgumentException("No person: " + personId));
    LocalDate requestedOn = LocalDate.ofInstant(person.createdAt(), clock.getZone());
    return EvidenceRules.of(
        new EvidenceRules.Record(
            requestedOn,
            conversations.completedForPerson(personId),
            assessments.latestEvidence(personId).orElse(null),
            plans.evidence(personId).orElse(null),
            networks.members(personId),
            text -> coach.check(text).size()));
  }
}
