package org.strengths.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WaitingRulesTest {

  static final LocalDate TODAY = LocalDate.of(2026, 7, 15);

  @Test
  void theFirstContactIsDueTheLevelsDaysAfterTheTriageWhenNobodyHasBeenInTouch() {
    assertThat(WaitingRules.nextContact(TODAY, null, 7)).isEqualTo(LocalDate.of(2026, 7, 22));
  }

  @Test
  void theNextContactIsCountedFromTheLatestContact() {
    assertThat(WaitingRules.nextContact(TODAY, LocalDate.of(2026, 7, 10), 14))
        .isEqualTo(LocalDate.of(2026, 7, 24));
  }

  @Test
  void movingSomeoneToUrgentAfterAnOldContactMakesTheirContactDueAtOnce() {
    LocalDate next = WaitingRules.nextContact(TODAY, LocalDate.of(2026, 7, 1), 7);
    assertThat(next).isEqualTo(LocalDate.of(2026, 7, 8));
    assertThat(WaitingRules.overdue(next, TODAY)).isTrue();
  }

  @Test
  void aContactIsNotOverdueOnTheDayItIsDue() {
    assertThat(WaitingRules.overdue(TODAY, TODAY)).isFalse();
    assertThat(WaitingRules.daysOverdue(TODAY, TODAY)).isZero();
  }

  @Test
  void aContactIsOverdueFromTheDayAfter() {
    assertThat(WaitingRules.overdue(TODAY.minusDays(1), TODAY)).isTrue();
    assertThat(WaitingRules.daysOverdue(TODAY.minusDays(1), TODAY)).isEqualTo(1);
  }

  @Test
  void aContactDueInTheFutureIsNeitherOverdueNorNegativelyLate() {
    assertThat(WaitingRules.daysOverdue(TODAY.plusDays(3), TODAY)).isZero();
    assertThat(WaitingRules.escalates(TODAY.plusDays(3), TODAY, 0)).isFalse();
  }

  @Test
  void aContactAsLateAsTheGraceDaysIsNotEscalatedYetAndOneDayMoreIs() {
    assertThat(WaitingRules.escalates(TODAY.minusDays(2), TODAY, 2)).isFalse();
    assertThat(WaitingRules.escalates(TODAY.minusDays(3), TODAY, 2)).isTrue();
  }

  @Test
  void withNoGraceAContactIsEscalatedTheDayAfterItWasDue() {
    assertThat(WaitingRules.escalates(TODAY, TODAY, 0)).isFalse();
    assertThat(WaitingRules.escalates(TODAY.minusDays(1), TODAY, 0)).isTrue();
  }

  @Test
  void aTriageNeedsALevelAndAReason() {
    assertThat(WaitingRules.checkTriage(null, "  ", ""))
        .containsEntry("level", "waiting.error.level")
        .containsEntry("reason", "waiting.error.reason")
        .doesNotContainKey("everyDays");
  }

  @Test
  void aTriageReasonOfMoreThanAThousandCharactersIsRefusedAndAThousandIsNot() {
    assertThat(WaitingRules.checkTriage(TriageLevel.SOON, "a".repeat(1000), "")).isEmpty();
    assertThat(WaitingRules.checkTriage(TriageLevel.SOON, "a".repeat(1001), ""))
        .containsEntry("reason", "waiting.error.reasonLong");
  }

  @Test
  void aTriageReasonWithWebCodeIsRefused() {
    assertThat(WaitingRules.checkTriage(TriageLevel.URGENT, "<script>alert(1)</script>", ""))
        .containsEntry("reason", "waiting.error.webCode");
    assertThat(WaitingRules.checkTriage(TriageLevel.URGENT, "Fewer than 3 visits a week", ""))
        .isEmpty();
  }

  @Test
  void daysBetweenContactsMustBeAWholeNumberFromOneTo365() {
    assertThat(WaitingRules.checkTriage(TriageLevel.ROUTINE, "Safe", "0")).containsKey("everyDays");
    assertThat(WaitingRules.checkTriage(TriageLevel.ROUTINE, "Safe", "366"))
        .containsKey("everyDays");
    assertThat(WaitingRules.checkTriage(TriageLevel.ROUTINE, "Safe", "two"))
        .containsKey("everyDays");
    assertThat(WaitingRules.checkTriage(TriageLevel.ROUTINE, "Safe", "1")).isEmpty();
    assertThat(WaitingRules.checkTriage(TriageLevel.ROUTINE, "Safe", "365")).isEmpty();
  }

  @Test
  void aContactCanBeTodayOrUpTo90DaysAgoButNotInTheFutureOrEarlier() {
    assertThat(WaitingRules.checkContact(TODAY, null, "PHONE", "Fine", "no", TODAY)).isEmpty();
    assertThat(WaitingRules.checkContact(TODAY.minusDays(90), null, "PHONE", "Fine", "no", TODAY))
        .isEmpty();
    assertThat(WaitingRules.checkContact(TODAY.minusDays(91), null, "PHONE", "Fine", "no", TODAY))
        .containsEntry("contactedOn", "waiting.error.contactedOnOld");
    assertThat(WaitingRules.checkContact(TODAY.plusDays(1), null, "PHONE", "Fine", "no", TODAY))
        .containsEntry("contactedOn", "waiting.error.contactedOnFuture");
  }

  @Test
  void aContactNeedsADateAWayWhatWasSaidAndWhetherAnythingChanged() {
    assertThat(WaitingRules.checkContact(null, null, "FAX", "", null, TODAY))
        .containsOnlyKeys("contactedOn", "how", "said", "changed");
  }

  @Test
  void aDateThatCouldNotBeReadKeepsItsOwnProblem() {
    assertThat(
            WaitingRules.checkContact(
                null, "date.error.missingMonth", "VISIT", "Fine", "yes", TODAY))
        .containsExactlyEntriesOf(java.util.Map.of("contactedOn", "date.error.missingMonth"));
  }

  @Test
  void whatWasSaidIsLimitedTo2000CharactersAndRefusesWebCode() {
    assertThat(WaitingRules.checkContact(TODAY, null, "EMAIL", "a".repeat(2001), "no", TODAY))
        .containsEntry("said", "waiting.error.saidLong");
    assertThat(WaitingRules.checkContact(TODAY, null, "EMAIL", "<b>hi</b>", "no", TODAY))
        .containsEntry("said", "waiting.error.webCode");
  }

  @Test
  void eachLevelKeepsInTouchAsOftenAsTheCouncilSets() {
    WaitingSettings settings = new WaitingSettings(5, 10, 30, 1);
    assertThat(settings.everyDays(TriageLevel.URGENT)).isEqualTo(5);
    assertThat(settings.everyDays(TriageLevel.SOON)).isEqualTo(10);
    assertThat(settings.everyDays(TriageLevel.ROUTINE)).isEqualTo(30);
  }

  @Test
  void aProtocolWithNoDaysBetweenContactsIsRefusedAtStart() {
    assertThatThrownBy(() -> new WaitingSettings(0, 14, 28, 2))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
