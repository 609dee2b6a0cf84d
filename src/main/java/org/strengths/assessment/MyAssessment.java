package org.strengths.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.strengths.platform.statute.WellbeingArea;

/**
 * The written record of a needs assessment (Care Act s.12(3)) as the person reads it on their own
 * pages: what they and we said about each part of their life, what they want to achieve and what
 * could help (the s.9(4) matters), and, once a manager has signed it off, the eligibility
 * determination (s.13(2)) in plain words. The person's own pages read it through {@link
 * NeedsAssessments#writtenRecord}; the preparation steps and the practitioner's working notes
 * (proportionality) are not part of the record given to the person.
 *
 * @param determination null until the determination is signed off
 */
public record MyAssessment(
    UUID id, LocalDate assessedOn, List<Part> parts, Determination determination) {

  /** The groups of the record, in the order the person reads them. */
  public enum Group {
    INVOLVED,
    WELLBEING,
    OUTCOMES,
    HELP,
    CHANGES
  }

  /**
   * One answer of the record.
   *
   * @param field the question's name, unique within the assessment (e.g. {@code otherNetwork})
   * @param area the wellbeing area for {@link Group#WELLBEING}, else null
   * @param personsWords the person's own words (a wellbeing area's "in their words")
   */
  public record Part(
      Group group, String field, WellbeingArea area, boolean personsWords, String text) {}

  /**
   * The determination in plain words.
   *
   * @param reasons the three tests of the regulations, said plainly
   * @param unable the everyday things the person cannot do, each with why
   * @param overrideReason why the practitioner decided otherwise than the rules suggested, or null
   */
  public record Determination(
      String date,
      boolean eligible,
      List<String> reasons,
      List<Unable> unable,
      String overrideReason,
      String practitionerName,
      String managerName) {}

  /** An everyday thing the person cannot do without help or problems, and why. */
  public record Unable(String what, List<String> why) {}

  /** The assessment's parts with these fields left out (withheld from the person). */
  public MyAssessment without(Set<String> fields) {
    return new MyAssessment(
        id,
        assessedOn,
        parts.stream().filter(part -> !fields.contains(part.field())).toList(),
        determination);
  }

  /** The parts of one group, in order. */
  public List<Part> parts(Group group) {
    return parts.stream().filter(part -> part.group() == group).toList();
  }

  /** The parts from the stored answers: only answered questions, in the record's order. */
  static List<Part> parts(AssessmentView assessment) {
    List<Part> parts = new ArrayList<>();
    add(parts, assessment, Group.INVOLVED, "whoWasInvolved");
    for (WellbeingArea area : WellbeingArea.values()) {
      String words = AssessmentField.wordsField(area);
      String summary = AssessmentField.summaryField(area);
      if (filled(assessment.text(words))) {
        parts.add(new Part(Group.WELLBEING, words, area, true, assessment.text(words).strip()));
      }
      if (filled(assessment.text(summary))) {
        parts.add(
            new Part(Group.WELLBEING, summary, area, false, assessment.text(summary).strip()));
      }
    }
    add(parts, assessment, Group.OUTCOMES, "outcomesWanted");
    for (String field :
        List.of(
            "careCouldContribute",
            "otherNetwork",
            "otherCommunity",
            "otherInformation",
            "otherPrevention")) {
      add(parts, assessment, Group.HELP, field);
    }
    if ("yes".equals(assessment.text("needsFluctuate"))) {
      add(parts, assessment, Group.CHANGES, "fluctuatingNotes");
    }
    return List.copyOf(parts);
  }

  private static void add(List<Part> parts, AssessmentView assessment, Group group, String field) {
    String text = assessment.text(field);
    if (filled(text)) {
      parts.add(new Part(group, field, null, false, text.strip()));
    }
  }

  private static boolean filled(String text) {
    return text != null && !text.isBlank();
  }

  static Determination determination(DeterminationLetter letter) {
    return new Determination(
        letter.date(),
        letter.eligible(),
        letter.reasons(),
        letter.outcomes().stream().map(o -> new Unable(o.name(), o.why())).toList(),
        letter.overrideReason(),
        letter.practitionerName(),
        letter.managerName());
  }
}
