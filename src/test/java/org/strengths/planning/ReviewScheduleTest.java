package org.strengths.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.strengths.planning.ReviewSchedule.Due;
import org.strengths.planning.ReviewSchedule.Facts;
import org.strengths.planning.ReviewSchedule.Kind;
import org.strengths.planning.ReviewSchedule.Status;
import org.strengths.planning.ReviewSchedule.UnplannedRequest;

class ReviewScheduleTest {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  private static LocalDate today(Clock clock) {
    return LocalDate.now(clock);
  }

  private static Clock fixedAt(int year, int month, int day) {
    return Clock.fixed(ZonedDateTime.of(year, month, day, 9, 30, 0, 0, LONDON).toInstant(), LONDON);
  }

  private static Facts started(LocalDate start) {
    return new Facts(start, null, null, null, List.of());
  }

  @Test
  void schedulesTheFirstReviewSixToEightWeeksAfterThePlanStarts() {
    Due due = ReviewSchedule.next(started(LocalDate.of(2025, 3, 3)));

    assertThat(due.kind()).isEqualTo(Kind.AFTER_PLAN_STARTED);
    assertThat(due.windowOpens()).isEqualTo(LocalDate.of(2025, 4, 14));
    assertThat(due.dueBy()).isEqualTo(LocalDate.of(2025, 4, 28));
  }

  @Test
  void isNotYetDueBeforeSixWeeksDueInTheWindowAndOverdueAfterEightWeeks() {
    Due due = ReviewSchedule.next(started(LocalDate.of(2025, 3, 3)));

    assertThat(due.statusOn(today(fixedAt(2025, 4, 13)))).isEqualTo(Status.NOT_YET_DUE);
    assertThat(due.statusOn(today(fixedAt(2025, 4, 14)))).isEqualTo(Status.DUE);
    assertThat(due.statusOn(today(fixedAt(2025, 4, 28)))).isEqualTo(Status.DUE);
    assertThat(due.statusOn(today(fixedAt(2025, 4, 29)))).isEqualTo(Status.OVERDUE);
  }

  @Test
  void schedulesTheNextReviewTwelveMonthsAfterTheLastOne() {
    Facts facts = new Facts(LocalDate.of(2025, 3, 3), null, null, LocalDate.of(2025, 4, 20), null);

    Due due = ReviewSchedule.next(facts);

    assertThat(due.kind()).isEqualTo(Kind.PLANNED_ANNUAL);
    assertThat(due.dueBy()).isEqualTo(LocalDate.of(2026, 4, 20));
    assertThat(due.windowOpens()).isEqualTo(LocalDate.of(2026, 3, 23));
    assertThat(due.statusOn(today(fixedAt(2026, 3, 22)))).isEqualTo(Status.NOT_YET_DUE);
    assertThat(due.statusOn(today(fixedAt(2026, 4, 21)))).isEqualTo(Status.OVERDUE);
  }

  @Test
  void aChangeToThePlanStartsANewSixToEightWeekWindow() {
    Facts facts =
        new Facts(
            LocalDate.of(2025, 3, 3),
            LocalDate.of(2025, 9, 1),
            null,
            LocalDate.of(2025, 4, 20),
            null);

    Due due = ReviewSchedule.next(facts);

    assertThat(due.kind()).isEqualTo(Kind.AFTER_PLAN_CHANGED);
    assertThat(due.windowOpens()).isEqualTo(LocalDate.of(2025, 10, 13));
    assertThat(due.dueBy()).isEqualTo(LocalDate.of(2025, 10, 27));
  }

  @Test
  void aChangeMadeAtAReviewStillGetsItsOwnEarlyReview() {
    LocalDate reviewDay = LocalDate.of(2025, 6, 10);
    Facts facts = new Facts(LocalDate.of(2025, 3, 3), reviewDay, null, reviewDay, null);

    assertThat(ReviewSchedule.next(facts).dueBy()).isEqualTo(reviewDay.plusWeeks(8));
  }

  @Test
  void aReviewAfterTheChangeSettlesItAndTheTwelveMonthCycleFollows() {
    Facts facts =
        new Facts(
            LocalDate.of(2025, 3, 3),
            LocalDate.of(2025, 9, 1),
            null,
            LocalDate.of(2025, 10, 20),
            null);

    assertThat(ReviewSchedule.next(facts).dueBy()).isEqualTo(LocalDate.of(2026, 10, 20));
  }

  @Test
  void directPaymentsAreReviewedWithinSixMonthsWhenTheyBeginAfterTheFirstReview() {
    Facts facts =
        new Facts(
            LocalDate.of(2025, 1, 6),
            null,
            LocalDate.of(2025, 4, 1),
            LocalDate.of(2025, 2, 24),
            null);

    Due due = ReviewSchedule.next(facts);

    assertThat(due.kind()).isEqualTo(Kind.DIRECT_PAYMENT_FIRST);
    assertThat(due.dueBy()).isEqualTo(LocalDate.of(2025, 10, 1));
  }

  @Test
  void theEarlyPlanReviewCountsAsTheDirectPaymentReviewWhenItComesFirst() {
    Facts facts = new Facts(LocalDate.of(2025, 1, 6), null, LocalDate.of(2025, 1, 6), null, null);

    assertThat(ReviewSchedule.next(facts).kind()).isEqualTo(Kind.AFTER_PLAN_STARTED);
    Facts reviewed =
        new Facts(
            LocalDate.of(2025, 1, 6),
            null,
            LocalDate.of(2025, 1, 6),
            LocalDate.of(2025, 2, 24),
            null);
    assertThat(ReviewSchedule.candidates(reviewed))
        .extracting(Due::kind)
        .containsExactly(Kind.PLANNED_ANNUAL);
  }

  @Test
  void twelveMonthsAfterTheTwentyNinthOfFebruaryIsTheTwentyEighth() {
    Facts facts = new Facts(LocalDate.of(2024, 1, 2), null, null, LocalDate.of(2024, 2, 29), null);

    assertThat(ReviewSchedule.next(facts).dueBy()).isEqualTo(LocalDate.of(2025, 2, 28));
  }

  @Test
  void eightWeeksAcrossALeapDayCountsItAsADay() {
    assertThat(ReviewSchedule.next(started(LocalDate.of(2024, 2, 1))).dueBy())
        .isEqualTo(LocalDate.of(2024, 3, 28));
    assertThat(ReviewSchedule.next(started(LocalDate.of(2025, 2, 1))).dueBy())
        .isEqualTo(LocalDate.of(2025, 3, 29));
  }

  @Test
  void sixMonthsFromAMonthEndLandsOnTheLastDayOfAShorterMonth() {
    Facts fromJanuary =
        new Facts(
            LocalDate.of(2025, 1, 6),
            null,
            LocalDate.of(2025, 1, 31),
            LocalDate.of(2025, 1, 20),
            null);
    Facts fromAugust =
        new Facts(
            LocalDate.of(2023, 8, 1),
            null,
            LocalDate.of(2023, 8, 31),
            LocalDate.of(2023, 8, 20),
            null);
    Facts fromMarch =
        new Facts(
            LocalDate.of(2025, 3, 1),
            null,
            LocalDate.of(2025, 3, 31),
            LocalDate.of(2025, 3, 20),
            null);

    assertThat(ReviewSchedule.next(fromJanuary).dueBy()).isEqualTo(LocalDate.of(2025, 7, 31));
    assertThat(ReviewSchedule.next(fromAugust).dueBy()).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(ReviewSchedule.next(fromMarch).dueBy()).isEqualTo(LocalDate.of(2025, 9, 30));
  }

  @Test
  void anUnplannedRequestComesFirstWithItsReason() {
    Facts facts =
        new Facts(
            LocalDate.of(2025, 1, 6),
            null,
            null,
            LocalDate.of(2025, 2, 24),
            List.of(new UnplannedRequest(LocalDate.of(2025, 5, 12), "Fell at home")));

    Due due = ReviewSchedule.next(facts);

    assertThat(due.kind()).isEqualTo(Kind.UNPLANNED);
    assertThat(due.reason()).isEqualTo("Fell at home");
    assertThat(due.windowOpens()).isEqualTo(LocalDate.of(2025, 5, 12));
    assertThat(due.dueBy()).isEqualTo(LocalDate.of(2025, 6, 9));
    assertThat(due.statusOn(LocalDate.of(2025, 5, 12))).isEqualTo(Status.DUE);
  }

  @Test
  void listsEveryReviewOwedSoonestFirst() {
    Facts facts =
        new Facts(
            LocalDate.of(2025, 1, 6),
            null,
            LocalDate.of(2025, 4, 1),
            LocalDate.of(2025, 2, 24),
            List.of(new UnplannedRequest(LocalDate.of(2025, 12, 1), "Carer in hospital")));

    assertThat(ReviewSchedule.candidates(facts))
        .extracting(Due::kind)
        .containsExactly(Kind.DIRECT_PAYMENT_FIRST, Kind.UNPLANNED, Kind.PLANNED_ANNUAL);
  }

  @Test
  void anEarlierReviewDateAgreedInThePlanComesFirst() {
    Facts facts =
        new Facts(
            LocalDate.of(2025, 1, 6),
            null,
            null,
            LocalDate.of(2025, 2, 24),
            null,
            LocalDate.of(2025, 6, 30));

    Due due = ReviewSchedule.next(facts);

    assertThat(due.kind()).isEqualTo(Kind.AGREED_IN_PLAN);
    assertThat(due.dueBy()).isEqualTo(LocalDate.of(2025, 6, 30));
  }

  @Test
  void anAgreedDateAlreadyPassedByAReviewNoLongerCounts() {
    Facts facts =
        new Facts(
            LocalDate.of(2025, 1, 6),
            null,
            null,
            LocalDate.of(2025, 7, 1),
            null,
            LocalDate.of(2025, 6, 30));

    assertThat(ReviewSchedule.next(facts).kind()).isEqualTo(Kind.PLANNED_ANNUAL);
  }
}
