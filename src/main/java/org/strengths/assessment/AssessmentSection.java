package org.strengths.assessment;

import static org.strengths.assessment.AssessmentField.Kind.DATE;
import static org.strengths.assessment.AssessmentField.Kind.LONG_TEXT;
import static org.strengths.assessment.AssessmentField.Kind.SHORT_TEXT;
import static org.strengths.assessment.AssessmentField.Kind.YES_NO;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.strengths.platform.statute.WellbeingArea;

/**
 * The needs assessment split into the tasks of a GOV.UK task list, each its own page. The narrative
 * sections come first; eligibility is a separate step shown only once they are all completed; the
 * written record is given to the person afterwards.
 */
enum AssessmentSection {
  PREPARATION(
      "before-the-assessment",
      true,
      List.of(
          AssessmentField.of("informationGiven", "information_given", YES_NO),
          AssessmentField.of("informationGivenOn", "information_given_on", DATE),
          AssessmentField.of("informationFormat", "information_format", SHORT_TEXT),
          AssessmentField.of("selfAssessmentOffered", "self_assessment_offered", YES_NO),
          AssessmentField.of("selfAssessmentWanted", "self_assessment_wanted", YES_NO),
          AssessmentField.of("selfAssessmentDone", "self_assessment_done", YES_NO),
          AssessmentField.of("advocacyConsidered", "advocacy_considered", YES_NO),
          AssessmentField.of("advocacyOutcome", "advocacy_outcome", LONG_TEXT))),
  INVOLVED(
      "who-was-involved",
      true,
      List.of(AssessmentField.of("whoWasInvolved", "who_was_involved", LONG_TEXT))),
  WELLBEING("wellbeing", true, wellbeingFields()),
  OUTCOMES(
      "outcomes",
      true,
      List.of(AssessmentField.of("outcomesWanted", "outcomes_wanted", LONG_TEXT))),
  SUPPORT(
      "what-could-help",
      true,
      List.of(
          AssessmentField.of("careCouldContribute", "care_could_contribute", LONG_TEXT),
          AssessmentField.of("otherNetwork", "other_network", LONG_TEXT),
          AssessmentField.of("otherCommunity", "other_community", LONG_TEXT),
          AssessmentField.of("otherInformation", "other_information", LONG_TEXT),
          AssessmentField.of("otherPrevention", "other_prevention", LONG_TEXT))),
  FLUCTUATING(
      "fluctuating-needs",
      true,
      List.of(
          AssessmentField.of("needsFluctuate", "needs_fluctuate", YES_NO),
          AssessmentField.of("fluctuatingFrom", "fluctuating_from", DATE),
          AssessmentField.of("fluctuatingTo", "fluctuating_to", DATE),
          AssessmentField.of("fluctuatingNotes", "fluctuating_notes", LONG_TEXT),
          AssessmentField.of("proportionalityNote", "proportionality_note", LONG_TEXT))),
  RECORD(
      "written-record",
      false,
      List.of(
          AssessmentField.of("recordGivenOn", "record_given_on", DATE),
          AssessmentField.of("recordFormat", "record_format", SHORT_TEXT)));

  private final String slug;
  private final boolean narrative;
  private final List<AssessmentField> fields;

  AssessmentSection(String slug, boolean narrative, List<AssessmentField> fields) {
    this.slug = slug;
    this.narrative = narrative;
    this.fields = fields;
  }

  public String slug() {
    return slug;
  }

  /** Part of the assessment narrative that must be complete before eligibility is looked at. */
  public boolean narrative() {
    return narrative;
  }

  public List<AssessmentField> fields() {
    return fields;
  }

  Optional<AssessmentField> field(String name) {
    return fields.stream().filter(field -> field.name().equals(name)).findFirst();
  }

  public String titleKey() {
    return "assessment.section." + name();
  }

  static Optional<AssessmentSection> bySlug(String slug) {
    return Arrays.stream(values()).filter(section -> section.slug.equals(slug)).findFirst();
  }

  static List<AssessmentSection> narrativeSections() {
    return Arrays.stream(values()).filter(AssessmentSection::narrative).toList();
  }

  private static List<AssessmentField> wellbeingFields() {
    List<AssessmentField> fields = new ArrayList<>();
    for (WellbeingArea area : WellbeingArea.values()) {
      fields.add(
          new AssessmentField(
              AssessmentField.wordsField(area), null, LONG_TEXT, area.messageKey()));
      fields.add(
          new AssessmentField(
              AssessmentField.summaryField(area), null, LONG_TEXT, area.messageKey()));
    }
    return List.copyOf(fields);
  }
}
