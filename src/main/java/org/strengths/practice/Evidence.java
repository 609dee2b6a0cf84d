package org.strengths.practice;

import java.util.List;
import org.strengths.planning.PlanEvidence;

/**
 * What a person's record shows about practice, computed from the record (never typed): the numbers
 * a case-file audit shows beside its questions and that practice quality over time adds up. Counts,
 * days and flags only, none of the record's text, so it may be aggregated and shown to someone who
 * may not read the record.
 *
 * @param conversations completed conversations
 * @param conversationsWithTheirWords completed conversations with at least one quote in the
 *     person's own words
 * @param quotesInTheirWords quotes attributed to the person themself
 * @param quotesFromFamilyOrCarers quotes attributed to a carer or family member
 * @param strengthsRecorded different strengths named across the conversations (a strength carried
 *     forward to a later conversation is the same strength)
 * @param strengthsUsed of those, how many a plan outcome builds on or whose relationship gives a
 *     line of help in the plan
 * @param networkLines lines of help from the person's network
 * @param communityLines lines of help from community groups and universal services
 * @param paidLines commissioned (paid) services
 * @param otherLines the person's own help and equipment
 * @param coachFlags terms the language coach flags in the practitioner's own words
 * @param practitionerWords words the practitioner wrote in the conversations (for flags per 1,000)
 * @param daysRequestToFirstConversation from the record being opened (the request) to the first
 *     conversation; null before it
 * @param daysAssessmentToPlan from the latest assessment starting to the plan being agreed; null
 *     until both happened
 * @param s94 the s.9(4) matters in the latest assessment; null without an assessment
 * @param s25Parts each part of s.25 in the current plan; empty without a plan
 * @param peopleGivingCare members of the network recorded as giving the person care
 * @param peopleGivingCareChecked of those, how many have all four para 6.64 answers
 * @param networkLinesChecked network lines of the plan with all four para 6.64 answers
 */
public record Evidence(
    int conversations,
    int conversationsWithTheirWords,
    int quotesInTheirWords,
    int quotesFromFamilyOrCarers,
    int strengthsRecorded,
    int strengthsUsed,
    int networkLines,
    int communityLines,
    int paidLines,
    int otherLines,
    int coachFlags,
    int practitionerWords,
    Integer daysRequestToFirstConversation,
    Integer daysAssessmentToPlan,
    S94 s94,
    List<PlanEvidence.S25Part> s25Parts,
    int peopleGivingCare,
    int peopleGivingCareChecked,
    int networkLinesChecked) {

  public Evidence {
    s25Parts = List.copyOf(s25Parts);
  }

  /** The three s.9(4) matters: (a) wellbeing impact, (b) outcomes wanted, (c) what could help. */
  public record S94(boolean wellbeingImpact, boolean outcomesWanted, boolean careCouldContribute) {

    public int present() {
      return (wellbeingImpact ? 1 : 0) + (outcomesWanted ? 1 : 0) + (careCouldContribute ? 1 : 0);
    }
  }

  public boolean hasPlan() {
    return !s25Parts.isEmpty();
  }

  public long s25PartsPresent() {
    return s25Parts.stream().filter(PlanEvidence.S25Part::present).count();
  }

  /**
   * Coach flags per 1,000 of the practitioner's words, to one decimal place; null without words.
   */
  public Double coachFlagsPerThousandWords() {
    return practitionerWords == 0
        ? null
        : Math.round(coachFlags * 10_000.0 / practitionerWords) / 10.0;
  }
}
