package org.strengths.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.strengths.practice.SupervisionDue.Status;

class SupervisionDueTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 7, 15);
  private static final UUID WORKER = UUID.randomUUID();

  private static SupervisionDue due(SupervisionFrequency frequency, LocalDate last) {
    return SupervisionDue.of(WORKER, "Sam Okafor", frequency, last, TODAY);
  }

  @Test
  void aMonthlyWorkerIsDueOneCalendarMonthAfterTheirLastSession() {
    SupervisionDue due = due(SupervisionFrequency.MONTHLY, LocalDate.of(2026, 6, 30));

    assertThat(due.nextDue()).isEqualTo(LocalDate.of(2026, 7, 30));
    assertThat(due.status()).isEqualTo(Status.ON_TRACK);
    assertThat(due.needsAction()).isFalse();
  }

  @Test
  void aWorkerInTheirAssessedYearIsDueTwoWeeksAfterTheirLastSession() {
    SupervisionDue due = due(SupervisionFrequency.FORTNIGHTLY, LocalDate.of(2026, 7, 6));

    assertThat(due.nextDue()).isEqualTo(LocalDate.of(2026, 7, 20));
    assertThat(due.status()).isEqualTo(Status.DUE_SOON);
  }

  @Test
  void aSessionIsDueSoonFromAWeekBeforeItsDate() {
    assertThat(due(SupervisionFrequency.SIX_WEEKLY, LocalDate.of(2026, 6, 10)).nextDue())
        .isEqualTo(LocalDate.of(2026, 7, 22));
    assertThat(due(SupervisionFrequency.SIX_WEEKLY, LocalDate.of(2026, 6, 10)).status())
        .isEqualTo(Status.DUE_SOON);
    assertThat(due(SupervisionFrequency.SIX_WEEKLY, LocalDate.of(2026, 6, 11)).status())
        .isEqualTo(Status.ON_TRACK);
  }

  @Test
  void supervisionIsStillOnTimeOnTheDayItIsDueAndOverdueTheDayAfter() {
    assertThat(due(SupervisionFrequency.FORTNIGHTLY, LocalDate.of(2026, 7, 1)).status())
        .isEqualTo(Status.DUE_SOON);
    SupervisionDue late = due(SupervisionFrequency.FORTNIGHTLY, LocalDate.of(2026, 6, 30));

    assertThat(late.status()).isEqualTo(Status.OVERDUE);
    assertThat(late.needsAction()).isTrue();
  }

  @Test
  void aWorkerNeverSupervisedNeedsASessionNow() {
    SupervisionDue due = due(SupervisionFrequency.MONTHLY, null);

    assertThat(due.status()).isEqualTo(Status.NONE_RECORDED);
    assertThat(due.nextDue()).isNull();
    assertThat(due.needsAction()).isTrue();
  }

  @Test
  void aWorkerWhoseManagerSetNoFrequencyIsExpectedMonthly() {
    SupervisionDue due = due(null, LocalDate.of(2026, 6, 1));

    assertThat(due.frequency()).isEqualTo(SupervisionFrequency.MONTHLY);
    assertThat(due.nextDue()).isEqualTo(LocalDate.of(2026, 7, 1));
    assertThat(due.status()).isEqualTo(Status.OVERDUE);
  }

  @Test
  void aMonthAfterTheThirtyFirstOfJanuaryIsTheEndOfFebruary() {
    assertThat(SupervisionFrequency.MONTHLY.nextDue(LocalDate.of(2026, 1, 31)))
        .isEqualTo(LocalDate.of(2026, 2, 28));
  }
}
