package org.strengths.practice;

import java.util.ArrayList;
import java.util.List;

/**
 * Which computed evidence a template question is shown beside. Each kind turns a record's {@link
 * Evidence} into a few lines (message key and arguments) for the audit page.
 */
enum AuditEvidence {
  OWN_WORDS,
  STRENGTHS,
  NETWORK,
  COMMUNITY,
  HELP_MIX,
  VOICES,
  LANGUAGE,
  S94,
  S25,
  TIMELINESS,
  NONE;

  /** One line of evidence: a message key in the audit bundle and its arguments. */
  record Line(String key, List<Object> args) {
    Line(String key, Object... args) {
      this(key, List.of(args));
    }
  }

  List<Line> lines(Evidence evidence) {
    List<Line> lines = new ArrayList<>();
    switch (this) {
      case OWN_WORDS -> {
        lines.add(new Line("audit.evidence.quotes", evidence.quotesInTheirWords()));
        lines.add(
            new Line(
                "audit.evidence.conversationsWithWords",
                evidence.conversationsWithTheirWords(),
                evidence.conversations()));
      }
      case STRENGTHS ->
          lines.add(
              new Line(
                  "audit.evidence.strengths",
                  evidence.strengthsRecorded(),
                  evidence.strengthsUsed()));
      case NETWORK -> {
        lines.add(
            new Line(
                "audit.evidence.networkLines",
                evidence.networkLines(),
                evidence.networkLinesChecked()));
        lines.add(
            new Line(
                "audit.evidence.givingCare",
                evidence.peopleGivingCare(),
                evidence.peopleGivingCareChecked()));
      }
      case COMMUNITY ->
          lines.add(
              new Line(
                  "audit.evidence.communityLines",
                  evidence.communityLines(),
                  evidence.paidLines()));
      case HELP_MIX ->
          lines.add(
              new Line(
                  "audit.evidence.helpMix",
                  evidence.networkLines(),
                  evidence.communityLines(),
                  evidence.otherLines(),
                  evidence.paidLines()));
      case VOICES ->
          lines.add(
              new Line(
                  "audit.evidence.voices",
                  evidence.quotesInTheirWords(),
                  evidence.quotesFromFamilyOrCarers()));
      case LANGUAGE ->
          lines.add(
              evidence.coachFlagsPerThousandWords() == null
                  ? new Line("audit.evidence.noWords")
                  : new Line(
                      "audit.evidence.flags",
                      evidence.coachFlags(),
                      evidence.practitionerWords(),
                      evidence.coachFlagsPerThousandWords()));
      case S94 -> {
        if (evidence.s94() == null) {
          lines.add(new Line("audit.evidence.noAssessment"));
        } else {
          lines.add(present("audit.evidence.s94.a", evidence.s94().wellbeingImpact()));
          lines.add(present("audit.evidence.s94.b", evidence.s94().outcomesWanted()));
          lines.add(present("audit.evidence.s94.c", evidence.s94().careCouldContribute()));
        }
      }
      case S25 -> {
        if (!evidence.hasPlan()) {
          lines.add(new Line("audit.evidence.noPlan"));
        } else {
          evidence
              .s25Parts()
              .forEach(
                  part ->
                      lines.add(
                          new Line(
                              part.present()
                                  ? "audit.evidence.s25.present"
                                  : "audit.evidence.s25.missing",
                              part.code())));
        }
      }
      case TIMELINESS -> {
        lines.add(
            evidence.daysRequestToFirstConversation() == null
                ? new Line("audit.evidence.noConversation")
                : new Line(
                    "audit.evidence.daysToConversation",
                    evidence.daysRequestToFirstConversation()));
        lines.add(
            evidence.daysAssessmentToPlan() == null
                ? new Line("audit.evidence.noAssessmentToPlan")
                : new Line("audit.evidence.daysToPlan", evidence.daysAssessmentToPlan()));
      }
      case NONE -> lines.add(new Line("audit.evidence.none"));
    }
    return lines;
  }

  private static Line present(String key, boolean present) {
    return new Line(key + (present ? ".present" : ".missing"));
  }
}
