package org.strengths.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ServiceEndsAtDeathTest {

  private static final LocalDate DIED = LocalDate.of(2026, 5, 3);

  @Test
  void aServiceWithNoEndDateEndsOnTheDateOfDeath() {
    assertThat(ServiceEndsAtDeath.newEnd(DIED.minusYears(1), null, false, DIED)).contains(DIED);
  }

  @Test
  void aServicePlannedToEndAfterTheDeathEndsOnTheDateOfDeath() {
    assertThat(ServiceEndsAtDeath.newEnd(DIED.minusYears(1), DIED.plusMonths(2), false, DIED))
        .contains(DIED);
  }

  @Test
  void aServiceThatEndedBeforeOrOnTheDeathKeepsItsEnd() {
    assertThat(ServiceEndsAtDeath.newEnd(DIED.minusYears(1), DIED.minusDays(1), false, DIED))
        .isEmpty();
    assertThat(ServiceEndsAtDeath.newEnd(DIED.minusYears(1), DIED, false, DIED)).isEmpty();
  }

  @Test
  void aServiceStartingAfterTheDeathIsLeftForTheExtractChecks() {
    assertThat(ServiceEndsAtDeath.newEnd(DIED.plusDays(1), null, false, DIED)).isEmpty();
  }

  @Test
  void aServiceEndedByADeathWhoseDateChangedMovesToTheNewDate() {
    assertThat(ServiceEndsAtDeath.newEnd(DIED.minusYears(1), DIED, true, DIED.plusDays(2)))
        .contains(DIED.plusDays(2));
    assertThat(ServiceEndsAtDeath.newEnd(DIED.minusYears(1), DIED, true, DIED)).isEmpty();
  }
}
