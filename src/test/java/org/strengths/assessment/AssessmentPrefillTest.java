package org.strengths.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.strengths.platform.statute.WellbeingArea;

class AssessmentPrefillTest {

  @Test
  void putsThePersonsWordsInTheWellbeingAreasTheySpeakToAndInTheirOutcomes() {
    AssessmentSource source =
        new AssessmentSource(
            UUID.randomUUID(),
            UUID.randomUUID(),
            LocalDate.of(2025, 3, 3),
            1,
            true,
            "Listen and connect",
            "Ada and her daughter Mia",
            List.of(
                new AssessmentSource.Words("I miss my friends at the allotment", "person", null),
                new AssessmentSource.Words("Just a quiet life", "person", null)),
            List.of(new AssessmentSource.Words("Mum out and about again", "family", "Mia")),
            List.of(
                new AssessmentSource.StrengthNoted("relationship", "Mia visits on Sundays"),
                new AssessmentSource.StrengthNoted("community", "Allotment society"),
                new AssessmentSource.StrengthNoted("skills", "Grows vegetables")),
            "Tea dance on Tuesdays");

    Map<String, String> values = AssessmentPrefill.from(source, code -> "the " + code);

    assertThat(values.get("whoWasInvolved")).isEqualTo("Ada and her daughter Mia");
    assertThat(values.get("wellbeingRelationshipsWords"))
        .isEqualTo("\u201CI miss my friends at the allotment\u201D \u2014 the person");
    assertThat(values.get("wellbeingParticipationWords")).contains("allotment");
    assertThat(values).doesNotContainKey("wellbeingDignityWords");
    assertThat(values.get("outcomesWanted"))
        .contains(
            "Just a quiet life", "\u201CMum out and about again\u201D \u2014 Mia (the family)");
    assertThat(values.get("otherNetwork")).isEqualTo("Mia visits on Sundays");
    assertThat(values.get("otherCommunity")).isEqualTo("Allotment society\nTea dance on Tuesdays");
  }

  @Test
  void findsNoAreaForWordsThatFitNone() {
    assertThat(AssessmentPrefill.areasFor("Just a quiet life")).isEmpty();
    assertThat(AssessmentPrefill.areasFor("I feel safe at home"))
        .containsExactly(
            WellbeingArea.HEALTH, WellbeingArea.PROTECTION, WellbeingArea.ACCOMMODATION);
  }
}
