package org.strengths.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.strengths.platform.Money;

class MoneyAndBudgetTest {

  private static Money pounds(String amount) {
    return Money.ofPounds(new BigDecimal(amount));
  }

  private static ServiceLine line(String unitCost, String unitsPerWeek) {
    return new ServiceLine(
        UUID.randomUUID(),
        ServiceType.COMMUNITY,
        "Home care",
        DeliveryMechanism.COMMISSIONED_SUPPORT,
        pounds(unitCost),
        CostFrequency.HOURLY,
        new BigDecimal(unitsPerWeek),
        LocalDate.of(2025, 4, 1),
        null,
        List.of());
  }

  @Test
  void aServiceLineCostsUnitCostTimesPlannedUnitsPerWeekToThePenny() {
    assertThat(line("23.17", "10.5").weeklyCost()).isEqualTo(pounds("243.29"));
    assertThat(line("21.00", "7").weeklyCost()).isEqualTo(pounds("147.00"));
    assertThat(line("19.99", "0.25").weeklyCost()).isEqualTo(pounds("5.00"));
  }

  @Test
  void aYearIsFiftyTwoWeeks() {
    assertThat(PersonalBudget.annual(pounds("243.29"))).isEqualTo(pounds("12651.08"));
    assertThat(PersonalBudget.weekly(pounds("12651.08"))).isEqualTo(pounds("243.29"));
    assertThat(PersonalBudget.weekly(pounds("1000.00"))).isEqualTo(pounds("19.23"));
    assertThat(PersonalBudget.weekly(pounds("1000.26"))).isEqualTo(pounds("19.24"));
  }

  @Test
  void theCouncilPaysTheCostLessThePersonsAssessedContribution() {
    PersonalBudget budget =
        new PersonalBudget(
            pounds("300.00"),
            List.of(line("23.17", "10.5").weeklyCost(), pounds("45.50")),
            pounds("62.40"),
            ManagementOption.COUNCIL_MANAGED,
            null);

    assertThat(budget.costWeekly()).isEqualTo(pounds("288.79"));
    assertThat(budget.personPaysWeekly()).isEqualTo(pounds("62.40"));
    assertThat(budget.councilPaysWeekly()).isEqualTo(pounds("226.39"));
    assertThat(budget.costAnnual()).isEqualTo(pounds("15017.08"));
    assertThat(budget.councilPaysAnnual()).isEqualTo(pounds("11772.28"));
    assertThat(budget.personPaysAnnual().plus(budget.councilPaysAnnual()))
        .isEqualTo(budget.costAnnual());
  }

  @Test
  void thePersonNeverPaysMoreThanTheCostAndTheCouncilNeverLessThanNothing() {
    PersonalBudget budget =
        new PersonalBudget(
            null, List.of(pounds("40.00")), pounds("95.00"), ManagementOption.DIRECT_PAYMENT, null);

    assertThat(budget.personPaysWeekly()).isEqualTo(pounds("40.00"));
    assertThat(budget.councilPaysWeekly()).isEqualTo(Money.ZERO);
  }

  @Test
  void aBudgetWithNoContributionRecordedIsPaidInFullByTheCouncil() {
    PersonalBudget budget =
        new PersonalBudget(null, List.of(pounds("40.00")), null, ManagementOption.MIXED, null);

    assertThat(budget.councilPaysWeekly()).isEqualTo(pounds("40.00"));
  }

  @Test
  void aBudgetBelowTheIndicativeAmountNeedsAManagersSignOff() {
    PersonalBudget below =
        new PersonalBudget(
            pounds("300.00"),
            List.of(pounds("250.00")),
            Money.ZERO,
            ManagementOption.COUNCIL_MANAGED,
            null);

    assertThat(below.isBelowIndicative()).isTrue();
    assertThat(below.needsSignOff()).isTrue();
    assertThat(below.shortfallWeekly()).contains(pounds("50.00"));
  }

  @Test
  void aSignOffHoldsOnlyForTheCostTheManagerAgreedTo() {
    PersonalBudget.SignOff signOff =
        new PersonalBudget.SignOff(
            UUID.randomUUID(),
            "Priya Shah",
            "Her son now helps every evening",
            pounds("250.00"),
            Instant.parse("2025-05-01T10:00:00Z"));

    PersonalBudget agreed =
        new PersonalBudget(
            pounds("300.00"),
            List.of(pounds("250.00")),
            Money.ZERO,
            ManagementOption.COUNCIL_MANAGED,
            signOff);
    PersonalBudget changedSince =
        new PersonalBudget(
            pounds("300.00"),
            List.of(pounds("240.00")),
            Money.ZERO,
            ManagementOption.COUNCIL_MANAGED,
            signOff);

    assertThat(agreed.needsSignOff()).isFalse();
    assertThat(changedSince.needsSignOff()).isTrue();
  }

  @Test
  void aBudgetAtOrAboveTheIndicativeAmountOrWithoutOneNeedsNoSignOff() {
    assertThat(
            new PersonalBudget(
                    pounds("300.00"),
                    List.of(pounds("300.00")),
                    null,
                    ManagementOption.COUNCIL_MANAGED,
                    null)
                .needsSignOff())
        .isFalse();
    assertThat(
            new PersonalBudget(
                    null, List.of(pounds("1.00")), null, ManagementOption.COUNCIL_MANAGED, null)
                .needsSignOff())
        .isFalse();
  }

  @Test
  void directPaymentsAndMixedBudgetsIncludeADirectPayment() {
    assertThat(ManagementOption.DIRECT_PAYMENT.includesDirectPayment()).isTrue();
    assertThat(ManagementOption.MIXED.includesDirectPayment()).isTrue();
    assertThat(ManagementOption.INDIVIDUAL_SERVICE_FUND.includesDirectPayment()).isFalse();
  }
}
