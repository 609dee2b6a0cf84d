package org.strengths.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.strengths.planning.PlanningCldEvents.ReviewMethod;
import org.strengths.planning.PlanningCldEvents.ReviewReason;
import org.strengths.platform.Money;

class PlanningCldEventsTest {

  private static final UUID ID = UUID.fromString("00000000-0000-0000-0000-000000000042");

  private static ServiceLine homeCare(LocalDate end, List<ServiceLine.Suspension> suspensions) {
    return new ServiceLine(
        ID,
        ServiceType.COMMUNITY,
        "Home care",
        DeliveryMechanism.DIRECT_PAYMENT,
        Money.ofPence(2317),
        CostFrequency.HOURLY,
        new BigDecimal("10.50"),
        LocalDate.of(2025, 4, 1),
        end,
        suspensions);
  }

  @Test
  void anOpenServiceLineIsAServiceEventWithTheExactCldValuesAndNoEndDate() {
    PlanningCldEvents.ServiceEvent event =
        PlanningCldEvents.service(homeCare(null, null), LocalDate.of(2025, 6, 1));

    assertThat(event.eventType()).isEqualTo("Service");
    assertThat(event.eventReference()).isEqualTo(ID.toString());
    assertThat(event.eventStartDate()).isEqualTo(LocalDate.of(2025, 4, 1));
    assertThat(event.eventEndDate()).isNull();
    assertThat(event.serviceType()).isEqualTo("Long Term Support: Community");
    assertThat(event.serviceComponent()).isEqualTo("Home care");
    assertThat(event.deliveryMechanism()).isEqualTo("Direct Payment");
    assertThat(event.unitCost()).isEqualByComparingTo("23.17");
    assertThat(event.costFrequency()).isEqualTo("Hourly");
    assertThat(event.plannedUnitsPerWeek()).isEqualByComparingTo("10.5");
    assertThat(event.eventOutcome()).isEqualTo("Provision of service");
  }

  @Test
  void aSuspendedServiceStaysOpen() {
    ServiceLine suspended =
        homeCare(null, List.of(new ServiceLine.Suspension(LocalDate.of(2025, 5, 20), null)));

    PlanningCldEvents.ServiceEvent event =
        PlanningCldEvents.service(suspended, LocalDate.of(2025, 6, 1));

    assertThat(suspended.isSuspendedOn(LocalDate.of(2025, 6, 1))).isTrue();
    assertThat(event.eventEndDate()).isNull();
    assertThat(event.eventOutcome()).isEqualTo("Provision of service");
  }

  @Test
  void aServiceWhoseEndDateHasPassedHasEndedAsPlanned() {
    PlanningCldEvents.ServiceEvent event =
        PlanningCldEvents.service(
            homeCare(LocalDate.of(2025, 5, 31), null), LocalDate.of(2025, 6, 1));

    assertThat(event.eventEndDate()).isEqualTo(LocalDate.of(2025, 5, 31));
    assertThat(event.eventOutcome()).isEqualTo("Service ended as planned");
  }

  @Test
  void aServiceWithAnEndDateStillToComeIsStillOpen() {
    PlanningCldEvents.ServiceEvent event =
        PlanningCldEvents.service(
            homeCare(LocalDate.of(2025, 12, 31), null), LocalDate.of(2025, 6, 1));

    assertThat(event.eventEndDate()).isNull();
    assertThat(event.eventOutcome()).isEqualTo("Provision of service");
  }

  @Test
  void aReviewWithoutAChangeIsNoChangeInPackage() {
    PlanningCldEvents.ReviewEvent event =
        PlanningCldEvents.review(
            ID,
            LocalDate.of(2025, 6, 2),
            ReviewReason.PLANNED,
            ReviewMethod.PERSON_AND_CARER,
            false);

    assertThat(event.eventType()).isEqualTo("Review");
    assertThat(event.eventStartDate()).isEqualTo(event.eventEndDate());
    assertThat(event.reviewReason()).isEqualTo("Planned");
    assertThat(event.methodOfReview()).isEqualTo("Service user and carer");
    assertThat(event.eventOutcome()).isEqualTo("No change in package");
  }

  @Test
  void aReviewThatChangesThePackageProgressesToSupportPlanning() {
    PlanningCldEvents.ReviewEvent event =
        PlanningCldEvents.review(
            ID, LocalDate.of(2025, 6, 2), ReviewReason.UNPLANNED, ReviewMethod.CARER_ONLY, true);

    assertThat(event.reviewReason()).isEqualTo("Unplanned");
    assertThat(event.methodOfReview()).isEqualTo("Carer only");
    assertThat(event.eventOutcome()).isEqualTo("Progress to Support Planning / Services");
  }
}
