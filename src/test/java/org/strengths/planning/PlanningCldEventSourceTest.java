package org.strengths.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.strengths.insight.CldEvent;
import org.strengths.network.CarerCheck;
import org.strengths.platform.Money;

class PlanningCldEventSourceTest {

  private static final UUID LINE = UUID.fromString("00000000-0000-0000-0000-000000000042");
  private static final UUID PERSON = UUID.fromString("00000000-0000-0000-0000-000000000007");
  private static final LocalDate QUARTER_END = LocalDate.of(2026, 6, 30);

  private static SupportLine line(
      ServiceType type, LocalDate start, LocalDate end, LocalDate suspendedFrom) {
    return new SupportLine(
        LINE,
        UUID.randomUUID(),
        SupportKind.COMMISSIONED,
        "Help at home",
        null,
        null,
        new CarerCheck(false, null, null, null, null),
        null,
        type,
        "Home care",
        DeliveryMechanism.COMMISSIONED_SUPPORT,
        Money.ofPence(2317),
        CostFrequency.HOURLY,
        new BigDecimal("7"),
        start,
        end,
        suspendedFrom,
        null,
        List.of(),
        0);
  }

  @Test
  void aSuspendedServiceIsSentOpenWithItsStableReferenceAndTheLinkToTheLine() {
    CldEvent event =
        PlanningCldEventSource.service(
            line(ServiceType.COMMUNITY, LocalDate.of(2025, 1, 6), null, LocalDate.of(2026, 5, 1)),
            PERSON,
            QUARTER_END);

    assertThat(event.reference()).isEqualTo(LINE.toString());
    assertThat(event.endDate()).isNull();
    assertThat(event.outcome()).isEqualTo("Provision of service");
    assertThat(event.cancelled()).isFalse();
    assertThat(event.recordPath()).isEqualTo("/people/" + PERSON + "/plan/support/" + LINE);
  }

  @Test
  void theSameLineHasTheSameReferenceInTheNextQuarterAndEndsThere() {
    SupportLine endsInJuly =
        line(ServiceType.COMMUNITY, LocalDate.of(2025, 1, 6), LocalDate.of(2026, 7, 10), null);

    CldEvent thisQuarter = PlanningCldEventSource.service(endsInJuly, PERSON, QUARTER_END);
    CldEvent nextQuarter =
        PlanningCldEventSource.service(endsInJuly, PERSON, LocalDate.of(2026, 9, 30));

    assertThat(thisQuarter.reference()).isEqualTo(nextQuarter.reference());
    assertThat(thisQuarter.endDate()).isNull();
    assertThat(nextQuarter.endDate()).isEqualTo(LocalDate.of(2026, 7, 10));
    assertThat(nextQuarter.outcome()).isEqualTo("Service ended as planned");
  }

  @Test
  void aLineThatEndsBeforeItStartsNeverRanAndIsCancelled() {
    CldEvent event =
        PlanningCldEventSource.service(
            line(ServiceType.COMMUNITY, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 30), null),
            PERSON,
            QUARTER_END);

    assertThat(event.cancelled()).isTrue();
  }

  @Test
  void carerSupportIsACarersEvent() {
    CldEvent event =
        PlanningCldEventSource.service(
            line(ServiceType.CARER_DIRECT, LocalDate.of(2026, 5, 1), null, null),
            PERSON,
            QUARTER_END);

    assertThat(event.clientType()).isEqualTo("Carer");
  }

  @Test
  void outcomesAchievedFollowThePersonsRatingsAtTheReview() {
    assertThat(PlanningCldEvents.outcomesAchieved(0, 0, 0)).isNull();
    assertThat(PlanningCldEvents.outcomesAchieved(2, 2, 0)).isEqualTo("Yes");
    assertThat(PlanningCldEvents.outcomesAchieved(2, 1, 0)).isEqualTo("Partially");
    assertThat(PlanningCldEvents.outcomesAchieved(2, 0, 1)).isEqualTo("Partially");
    assertThat(PlanningCldEvents.outcomesAchieved(2, 0, 0)).isEqualTo("No");
  }

  @Test
  void anUnplannedReviewIsSentWithTheGuidancesOtherReason() {
    assertThat(PlanningCldEvents.returnReviewReason("Planned")).isEqualTo("Planned");
    assertThat(PlanningCldEvents.returnReviewReason("Unplanned"))
        .isEqualTo("Unplanned - Other Reason");
  }
}
