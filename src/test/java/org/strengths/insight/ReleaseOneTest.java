package org.strengths.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReleaseOneTest {

  static final LocalDate FROM = LocalDate.of(2026, 4, 1);
  static final LocalDate TO = LocalDate.of(2026, 6, 30);
  static final UUID PERSON = UUID.randomUUID();

  static CldEvent request(LocalDate start, LocalDate end) {
    return CldEvent.practice(
        "CONV-1",
        PERSON,
        CldEvent.REQUEST,
        null,
        "Initial conversation",
        start,
        end,
        "Progress to Assessment",
        null,
        "/x");
  }

  static CldEvent service(LocalDate start, LocalDate end) {
    return CldEvent.service(
        "line-1",
        PERSON,
        null,
        "Home care",
        start,
        end,
        end == null ? "Provision of service" : "Service ended as planned",
        "Long Term Support: Community",
        "Home care",
        "Direct Payment",
        null,
        null,
        null,
        "/y");
  }

  @Test
  void aRequestCompletedOnTheFirstOrLastDayOfThePeriodIsIncluded() {
    assertThat(ReleaseOne.includes(request(FROM, FROM), FROM, TO)).isTrue();
    assertThat(ReleaseOne.includes(request(TO, TO), FROM, TO)).isTrue();
  }

  @Test
  void aRequestCompletedTheDayBeforeOrAfterThePeriodIsLeftOut() {
    assertThat(ReleaseOne.includes(request(FROM.minusDays(1), FROM.minusDays(1)), FROM, TO))
        .isFalse();
    assertThat(ReleaseOne.includes(request(TO.plusDays(1), TO.plusDays(1)), FROM, TO)).isFalse();
  }

  @Test
  void anAssessmentStartedEarlierButCompletedInThePeriodIsIncluded() {
    CldEvent assessment =
        CldEvent.practice(
            "ELIG-1",
            PERSON,
            CldEvent.ASSESSMENT,
            "Long Term Assessment",
            "d",
            FROM.minusMonths(2),
            FROM.plusDays(3),
            "Progress to Support Planning / Services",
            null,
            "/x");
    assertThat(ReleaseOne.includes(assessment, FROM, TO)).isTrue();
  }

  @Test
  void anOpenAssessmentOrReviewIsLeftOutUntilTheQuarterItEndsIn() {
    assertThat(ReleaseOne.includes(request(FROM.plusDays(1), null), FROM, TO)).isFalse();
  }

  @Test
  void aServiceActiveAtAnyTimeInThePeriodIsIncluded() {
    assertThat(ReleaseOne.includes(service(FROM.minusYears(1), null), FROM, TO)).isTrue();
    assertThat(ReleaseOne.includes(service(FROM.minusYears(1), FROM), FROM, TO)).isTrue();
    assertThat(ReleaseOne.includes(service(TO, null), FROM, TO)).isTrue();
  }

  @Test
  void aServiceThatEndedBeforeThePeriodOrStartsAfterItIsLeftOut() {
    assertThat(ReleaseOne.includes(service(FROM.minusYears(1), FROM.minusDays(1)), FROM, TO))
        .isFalse();
    assertThat(ReleaseOne.includes(service(TO.plusDays(1), null), FROM, TO)).isFalse();
  }

  @Test
  void aCancelledEventIsNeverSent() {
    assertThat(ReleaseOne.includes(request(FROM, FROM).asCancelled(), FROM, TO)).isFalse();
    assertThat(ReleaseOne.includes(service(FROM, null).asCancelled(), FROM, TO)).isFalse();
  }
}
