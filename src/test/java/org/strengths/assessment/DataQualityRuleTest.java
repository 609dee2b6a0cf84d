package org.strengths.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DataQualityRuleTest {

  private static final LocalDate DAY = LocalDate.of(2025, 5, 1);
  private static final DataQualityRule.Lists LISTS =
      new DataQualityRule.Lists(
          Set.of("Request", "Assessment", "Review", "Service"),
          Set.of("Short Term Assessment", "Long Term Assessment"),
          Set.of("Progress to Assessment", "NFA - Information & Advice / Signposting only"),
          Set.of("Community / Other route", "Discharge from Hospital"));

  private static final DataQualityRule.Event REQUEST =
      new DataQualityRule.Event(
          "CONV-1", "Request", null, "Progress to Assessment", "Community / Other route", DAY, DAY);

  @Test
  void findsNothingWrongWithACompleteRequest() {
    assertThat(DataQualityRule.flags(REQUEST, List.of(REQUEST), LISTS)).isEmpty();
  }

  @Test
  void flagsARequestWithoutARouteOfAccessOrOutcome() {
    DataQualityRule.Event request =
        new DataQualityRule.Event("CONV-1", "Request", null, null, null, DAY, DAY);

    assertThat(DataQualityRule.flags(request, List.of(request), LISTS))
        .containsExactly("assessment.dq.flag.outcomeMissing", "assessment.dq.flag.routeMissing");
  }

  @Test
  void flagsCodesThatAreNotOnTheDefinedLists() {
    DataQualityRule.Event odd =
        new DataQualityRule.Event(
            "CONV-2", "Assessment", "Medium Term", "Went well", "By pigeon", DAY, DAY);

    assertThat(DataQualityRule.flags(odd, List.of(REQUEST, odd), LISTS))
        .containsExactly(
            "assessment.dq.flag.assessmentType",
            "assessment.dq.flag.outcomeUnknown",
            "assessment.dq.flag.routeUnknown");
  }

  @Test
  void flagsAnAssessmentWithNoRequestBeforeIt() {
    DataQualityRule.Event assessment =
        new DataQualityRule.Event(
            "CONV-2",
            "Assessment",
            "Short Term Assessment",
            "Progress to Assessment",
            null,
            DAY,
            DAY);
    DataQualityRule.Event laterRequest =
        new DataQualityRule.Event(
            "CONV-3",
            "Request",
            null,
            "Progress to Assessment",
            "Community / Other route",
            DAY.plusDays(3),
            DAY.plusDays(3));

    assertThat(DataQualityRule.flags(assessment, List.of(assessment, laterRequest), LISTS))
        .containsExactly("assessment.dq.flag.noRequest");
    assertThat(DataQualityRule.flags(assessment, List.of(REQUEST, assessment), LISTS)).isEmpty();
  }

  @Test
  void flagsAnEventThatEndsBeforeItStartsAndARequestWithAnAssessmentType() {
    DataQualityRule.Event backwards =
        new DataQualityRule.Event(
            "CONV-1",
            "Request",
            "Short Term Assessment",
            "Progress to Assessment",
            "Community / Other route",
            DAY,
            DAY.minusDays(1));

    assertThat(DataQualityRule.flags(backwards, List.of(backwards), LISTS))
        .containsExactly(
            "assessment.dq.flag.assessmentTypeNotExpected", "assessment.dq.flag.endBeforeStart");
  }

  @Test
  void flagsAnUnknownEventType() {
    DataQualityRule.Event unknown =
        new DataQualityRule.Event("X", "Chat", null, "Progress to Assessment", null, DAY, DAY);

    assertThat(DataQualityRule.flags(unknown, List.of(unknown), LISTS))
        .containsExactly("assessment.dq.flag.eventType");
  }
}
