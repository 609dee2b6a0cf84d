package org.strengths.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

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
  void readsAmountsAsPeopleTypeThem() {
    assertThat(Money.parse("12").money()).isEqualTo(Money.ofPence(1200));
    assertThat(Money.parse("12.5").money()).isEqualTo(Money.ofPence(1250));
    assertThat(Money.parse(" £1,234.56 ").money()).isEqualTo(Money.ofPence(123456));
    assertThat(Money.parse(".5").money()).isEqualTo(Money.ofPence(50));
  }

  @Test
  void refusesAmountsThatAreNotPoundsAndPence() {
    assertThat(Money.parse("").problem()).isEqualTo(Money.Problem.BLANK);
    assertThat(Money.parse("twelve").problem()).isEqualTo(Money.Problem.NOT_A_NUMBER);
    assertThat(Money.parse("1e3").problem()).isEqualTo(Money.Problem.NOT_A_NUMBER);
    assertThat(Money.parse("12.345").problem()).isEqualTo(Money.Problem.TOO_MANY_DECIMALS);
    assertThat(Money.parse("-5").problem()).isEqualTo(Money.Problem.NEGATIVE);
    assertThat(Money.parse("1000001").problem()).isEqualTo(Money.Problem.TOO_LARGE);
    assertThat(Money.parse("12.300").money()).isEqualTo(Money.ofPence(1230));
  }

  @Test
  void writesMoneyAsAPlanShowsIt() {
    assertThat(Money.ofPence(123450).formatted()).isEqualTo("£1,234.50");
    assertThat(Money.ofPence(5).typed()).isEqualTo("0.05");
  }

  @Test
  void roundsHalfAPennyUp() {
    assertThat(pounds("10.00").times(new BigDecimal("0.0005"))).isEqualTo(Money.ofPence(1));
    assertThat(pounds("10.00").times(new BigDecimal("0.0015"))).isEqualTo(Money.ofPence(2));
    assertThat(pounds("10.00").times(new BigDecimal("0.0025"))).isEqualTo(Money.ofPence(3));
    assertThat(pounds("10.00").times(new BigDecimal("0.0004"))).isEqualTo(Money.ofPence(0));
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
