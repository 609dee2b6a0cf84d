package org.strengths.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.strengths.insight.CarerSupport.COMMISSIONED_ONLY;
import static org.strengths.insight.CarerSupport.DIRECT_PAYMENT_ONLY;
import static org.strengths.insight.CarerSupport.DIRECT_TO_CARER;
import static org.strengths.insight.CarerSupport.INVOLVING_CARED_FOR;
import static org.strengths.insight.CarerSupport.MANAGED_BUDGET;
import static org.strengths.insight.CarerSupport.NO_DIRECT_SUPPORT;
import static org.strengths.insight.CarerSupport.UNIVERSAL;
import static org.strengths.insight.CarerSupport.UNKNOWN_MECHANISM;
import static org.strengths.insight.NationalMeasures.AGED_18_TO_64;
import static org.strengths.insight.NationalMeasures.AGED_65_AND_OVER;
import static org.strengths.insight.NationalMeasures.AGE_UNKNOWN;
import static org.strengths.insight.NationalMeasures.CARERS_ALL_AGES;
import static org.strengths.insight.NationalMeasures.CARER_18_TO_25;
import static org.strengths.insight.NationalMeasures.CARER_26_TO_64;
import static org.strengths.insight.NationalMeasures.CARER_65_TO_84;
import static org.strengths.insight.NationalMeasures.CARER_85_AND_OVER;
import static org.strengths.insight.NationalMeasures.CARER_UNDER_18;
import static org.strengths.insight.NationalMeasures.DENOMINATOR;
import static org.strengths.insight.NationalMeasures.TOTAL;
import static org.strengths.insight.NationalMeasuresTest.FROM;
import static org.strengths.insight.NationalMeasuresTest.TO;
import static org.strengths.insight.NationalMeasuresTest.TODAY;
import static org.strengths.insight.NationalMeasuresTest.n;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.strengths.insight.MeasureEvents.Person;

/**
 * LTS003 and ASCOF 3D parts 1b and 2b on the hand-built fixture of {@link NationalMeasuresTest}
 * with eight carers, every cell worked out by hand below (rules K1–K7 and G1–G3 in
 * docs/insight/national-measures.md). Period 1 April to 30 June 2026; ages at 30 June 2026 (whole
 * years of 365.25 days from the 1st of the birth month).
 *
 * <p>From the base fixture: Ivy, a carer, has only a request ending "NFA - Support declined" with
 * no service type: none of K1's three combinations, so she is in neither table. The service users
 * are never carers (K1).
 */
class CarerTablesTest {

  static final String CARER = "Carer";
  static final String ASSESSMENT_DONE = "Progress to Support Planning / Services";

  static Person carer(String id, int born) {
    return Person.aged(id, born).asCarer();
  }

  // Jan, 36: a carer's assessment (no direct support, rank 6) then support direct to her by direct
  // payment from 1 May (rank 1): LTS003 Direct Payment only, 26 to 64; 3D 18-64 and all ages in
  // the denominator and both numerators.
  static final Person JAN = carer("jan", 1990);
  // Kay, 76: support direct to her through a managed personal budget with no service component,
  // and an assessment ending in information and advice. LTS003: managed budget (rank 2) over
  // information (rank 5), 65 to 84. ASCOF 3D: with no service component the 3D script's tests
  // for a budget fail (NULL NOT LIKE), the service has no support type, and the assessment gives
  // information and advice: not in the denominator.
  static final Person KAY = carer("kay", 1950);
  // Lee, 16 (born March 2010): support direct to him, commissioned by the council, service
  // component "Direct Payment". LTS003 reads the mechanism only: commissioned, under 18. 3D
  // reads the component: a direct payment, but aged 16 he is in no column (all ages is over 17).
  static final Person LEE = new Person("lee", 2010, 3, CARER, null, "Male", "Tenant");
  // Meg, birth not sent: support direct to her through a managed personal budget (component
  // "Carer Support: Other"). LTS003: managed budget, age unknown. 3D: in the all-ages column only
  // (an unknown age is over 200 there): denominator and part 1b.
  static final Person MEG = new Person("meg", 0, 0, CARER, null, "Female", "Tenant");
  // Ned, 86: support involving the person he cares for, and a review with no outcome (both no
  // direct support); a direct payment that ended the day before the period (not in it). LTS003:
  // no direct support, 85 and over. 3D: not in the denominator.
  static final Person NED = carer("ned", 1940);
  // Ola, 46: a carer's assessment ending in information and advice on the period's last day;
  // a direct payment starting the day after the period (not in it). LTS003: information and
  // advice, 26 to 64.
  static final Person OLA = carer("ola", 1980);
  // Pip, 66: support direct to him with no delivery mechanism (component "Carer Support: Other").
  // LTS003 and 3D: unknown delivery mechanism, 65 to 84; not in 3D's denominator.
  static final Person PIP = carer("pip", 1960);
  // Que, 71: support direct to her commissioned by the council, the mechanism spelt "CASSR
  // Commissioned Support" as our list has it (NHS England's scripts write "support": equal under
  // its collation). LTS003: commissioned only, 65 to 84. 3D: 65+ and all ages, denominator only.
  static final Person QUE = carer("que", 1955);

  static final String OTHER_COMPONENT = "Carer Support: Other";

  static MeasureEvents events() {
    return NationalMeasuresTest.events()
        .assessment(JAN, "2026-04-05", "2026-04-20", ASSESSMENT_DONE)
        .service(JAN, "2026-05-01", null, DIRECT_TO_CARER, "Direct Payment")
        .service(KAY, "2026-04-01", null, DIRECT_TO_CARER, MANAGED_BUDGET)
        .assessment(KAY, "2026-04-01", "2026-04-02", CarerSupport.INFORMATION_AND_ADVICE)
        .serviceWithComponent(
            LEE, "2026-05-15", DIRECT_TO_CARER, "Direct Payment", "CASSR Commissioned Support")
        .serviceWithComponent(MEG, "2026-06-01", DIRECT_TO_CARER, OTHER_COMPONENT, MANAGED_BUDGET)
        .service(NED, "2025-10-01", null, INVOLVING_CARED_FOR, null)
        .review(NED, "2026-06-10", "2026-06-10", null)
        .service(NED, "2025-10-01", "2026-03-31", DIRECT_TO_CARER, "Direct Payment")
        .assessment(OLA, "2026-06-01", "2026-06-30", CarerSupport.INFORMATION_AND_ADVICE)
        .service(OLA, "2026-07-01", null, DIRECT_TO_CARER, "Direct Payment")
        .serviceWithComponent(PIP, "2026-04-20", DIRECT_TO_CARER, OTHER_COMPONENT, null)
        .serviceWithComponent(
            QUE, "2026-04-01", DIRECT_TO_CARER, OTHER_COMPONENT, "CASSR Commissioned Support");
  }

  static NationalMeasures.Measures measures() {
    return NationalMeasures.compute(events().all(), FROM, TO, TODAY);
  }

  @Test
  void lts003CountsEachCarerOnceUnderTheirHighestSupportAndAge() {
    MeasureTable lts003 = measures().table("LTS003");

    // rows in NHS England's sort order, then nothing else
    assertThat(lts003.rows())
        .extracting(MeasureTable.Row::heading)
        .isEqualTo(CarerSupport.HIERARCHY);
    assertThat(lts003.columns())
        .containsExactly(
            CARER_UNDER_18,
            CARER_18_TO_25,
            CARER_26_TO_64,
            CARER_65_TO_84,
            CARER_85_AND_OVER,
            AGE_UNKNOWN,
            TOTAL);
    // Direct Payment only: Jan (26-64)
    assertThat(lts003.value(DIRECT_PAYMENT_ONLY, CARER_26_TO_64)).isEqualTo(n(1));
    assertThat(lts003.value(DIRECT_PAYMENT_ONLY, TOTAL)).isEqualTo(n(1));
    // managed budget: Kay (65-84), Meg (unknown)
    assertThat(lts003.value(MANAGED_BUDGET, CARER_65_TO_84)).isEqualTo(n(1));
    assertThat(lts003.value(MANAGED_BUDGET, AGE_UNKNOWN)).isEqualTo(n(1));
    assertThat(lts003.value(MANAGED_BUDGET, TOTAL)).isEqualTo(n(2));
    // commissioned only: Lee (under 18), Que (65-84)
    assertThat(lts003.value(COMMISSIONED_ONLY, CARER_UNDER_18)).isEqualTo(n(1));
    assertThat(lts003.value(COMMISSIONED_ONLY, CARER_65_TO_84)).isEqualTo(n(1));
    assertThat(lts003.value(COMMISSIONED_ONLY, TOTAL)).isEqualTo(n(2));
    // unknown mechanism: Pip (65-84); information and advice: Ola (26-64); none direct: Ned (85+)
    assertThat(lts003.value(UNKNOWN_MECHANISM, CARER_65_TO_84)).isEqualTo(n(1));
    assertThat(lts003.value(UNIVERSAL, CARER_26_TO_64)).isEqualTo(n(1));
    assertThat(lts003.value(NO_DIRECT_SUPPORT, CARER_85_AND_OVER)).isEqualTo(n(1));
    // eight carers, Ivy not among them; no one aged 18 to 25
    assertThat(column(lts003, TOTAL)).isEqualTo(n(8));
    assertThat(column(lts003, CARER_18_TO_25)).isEqualTo(n(0));
    assertThat(column(lts003, CARER_65_TO_84)).isEqualTo(n(3));
  }

  @Test
  void ascof3dCarersIsTheShareOfCarersGivenDirectSupportWhoDirectItOrHaveADirectPayment() {
    MeasureTable ascof = measures().table("ASCOF-3D-carers");

    assertThat(ascof.columns()).containsExactly(AGED_18_TO_64, AGED_65_AND_OVER, CARERS_ALL_AGES);
    // 18-64: Jan only (direct payment): 1/1
    assertThat(ascof.value(DENOMINATOR, AGED_18_TO_64)).isEqualTo(n(1));
    assertThat(ascof.value(NationalMeasures.PART_1B_NUMERATOR, AGED_18_TO_64)).isEqualTo(n(1));
    assertThat(ascof.value(NationalMeasures.PART_2B_NUMERATOR, AGED_18_TO_64)).isEqualTo(n(1));
    assertThat(ascof.value(NationalMeasures.PART_1B_OUTCOME, AGED_18_TO_64))
        .isEqualTo(new BigDecimal("100.0"));
    // 65+: Que only (commissioned); Kay has no support type in 3D, Pip's mechanism is unknown:
    // 0/1 in both parts
    assertThat(ascof.value(DENOMINATOR, AGED_65_AND_OVER)).isEqualTo(n(1));
    assertThat(ascof.value(NationalMeasures.PART_1B_NUMERATOR, AGED_65_AND_OVER)).isEqualTo(n(0));
    assertThat(ascof.value(NationalMeasures.PART_2B_OUTCOME, AGED_65_AND_OVER))
        .isEqualTo(new BigDecimal("0.0"));
    // 18 and over or unknown: Jan, Que, and Meg (unknown age, managed budget); Lee (16) is out.
    // Part 1b: Jan, Meg = 2/3 = 66.7; part 2b: Jan = 1/3 = 33.3
    assertThat(ascof.value(DENOMINATOR, CARERS_ALL_AGES)).isEqualTo(n(3));
    assertThat(ascof.value(NationalMeasures.PART_1B_NUMERATOR, CARERS_ALL_AGES)).isEqualTo(n(2));
    assertThat(ascof.value(NationalMeasures.PART_2B_NUMERATOR, CARERS_ALL_AGES)).isEqualTo(n(1));
    assertThat(ascof.value(NationalMeasures.PART_1B_OUTCOME, CARERS_ALL_AGES))
        .isEqualTo(new BigDecimal("66.7"));
    assertThat(ascof.value(NationalMeasures.PART_2B_OUTCOME, CARERS_ALL_AGES))
        .isEqualTo(new BigDecimal("33.3"));
  }

  @Test
  void withNoCarersGivenDirectSupportTheCarersSharesCannotBeCalculated() {
    MeasureTable ascof =
        NationalMeasures.compute(NationalMeasuresTest.events().all(), FROM, TO, TODAY)
            .table("ASCOF-3D-carers");

    assertThat(ascof.value(DENOMINATOR, CARERS_ALL_AGES)).isEqualTo(n(0));
    assertThat(ascof.value(NationalMeasures.PART_1B_OUTCOME, CARERS_ALL_AGES)).isNull();
  }

  @Test
  void aCarersSupportCountsWhenItIsOpenOnAnyDayOfThePeriodAndTheCarerDiedNoEarlier() {
    MeasureEvents events =
        new MeasureEvents()
            .service(JAN, "2026-01-01", "2026-03-31", DIRECT_TO_CARER, "Direct Payment")
            .service(KAY, "2026-01-01", "2026-04-01", DIRECT_TO_CARER, "Direct Payment")
            .service(OLA, "2026-06-30", null, DIRECT_TO_CARER, "Direct Payment")
            .service(PIP, "2026-07-01", null, DIRECT_TO_CARER, "Direct Payment");

    // ended the day before the start: out; ended on the start day: in; started on the last day:
    // in; started the day after: out
    assertThat(CarerSupport.person(events.of("jan"), FROM, TO, false)).isNull();
    assertThat(CarerSupport.person(events.of("kay"), FROM, TO, false).supportProvided())
        .isEqualTo(DIRECT_PAYMENT_ONLY);
    assertThat(CarerSupport.person(events.of("ola"), FROM, TO, false)).isNotNull();
    assertThat(CarerSupport.person(events.of("pip"), FROM, TO, false)).isNull();

    MeasureEvent open = events.of("ola").get(0);
    MeasureEvent diedTheDayBefore = withDeath(open, FROM.minusDays(1));
    MeasureEvent diedOnTheFirstDay = withDeath(open, FROM);
    assertThat(CarerSupport.inCohort(diedTheDayBefore, FROM, TO)).isFalse();
    assertThat(CarerSupport.inCohort(diedOnTheFirstDay, FROM, TO)).isTrue();
  }

  @Test
  void aCarersEventsFallIntoTheSupportTypesInNhsEnglandsOrderOfTests() {
    MeasureEvents events =
        new MeasureEvents()
            .request(JAN, "2026-04-01", "2026-04-01", null, CarerSupport.INFORMATION_AND_ADVICE)
            .request(KAY, "2026-04-01", "2026-04-01", null, "NFA - Support declined")
            .assessment(
                OLA, "2026-04-01", "2026-04-02", "nfa - information & advice / signposting only")
            .service(PIP, "2026-04-01", null, null, null)
            .serviceWithComponent(
                QUE, "2026-04-01", DIRECT_TO_CARER, OTHER_COMPONENT, "Direct payment ")
            .service(NED, "2026-04-01", null, DIRECT_TO_CARER, "Cash");

    // a request is in the cohort only with information and advice, and then provides it
    assertThat(CarerSupport.person(events.of("jan"), FROM, TO, false).supportProvided())
        .isEqualTo(UNIVERSAL);
    assertThat(CarerSupport.person(events.of("kay"), FROM, TO, false)).isNull();
    // case and trailing spaces do not matter (P7)
    assertThat(CarerSupport.person(events.of("ola"), FROM, TO, false).supportProvided())
        .isEqualTo(UNIVERSAL);
    assertThat(CarerSupport.person(events.of("que"), FROM, TO, false).supportProvided())
        .isEqualTo(DIRECT_PAYMENT_ONLY);
    // a service with no service type is not in the cohort
    assertThat(CarerSupport.person(events.of("pip"), FROM, TO, false)).isNull();
    // a mechanism not on the list is an unknown mechanism in both; with no component, 3D gives
    // a service no support type at all
    assertThat(CarerSupport.person(events.of("ned"), FROM, TO, false).supportProvided())
        .isEqualTo(UNKNOWN_MECHANISM);
    assertThat(CarerSupport.person(events.of("ned"), FROM, TO, true)).isNull();
  }

  @Test
  void aServiceUsersCarerSupportLineIsNotACarersSupport() {
    Person serviceUser = Person.aged("sue", 1970);
    MeasureEvents events =
        new MeasureEvents()
            .service(serviceUser, "2026-04-01", null, DIRECT_TO_CARER, "Direct Payment");

    assertThat(CarerSupport.person(events.of("sue"), FROM, TO, false)).isNull();
  }

  @Test
  void carersAgeBandsMeetAt18And26And65And85() {
    assertThat(NationalMeasures.carerAgeBand(17)).isEqualTo(CARER_UNDER_18);
    assertThat(NationalMeasures.carerAgeBand(18)).isEqualTo(CARER_18_TO_25);
    assertThat(NationalMeasures.carerAgeBand(25)).isEqualTo(CARER_18_TO_25);
    assertThat(NationalMeasures.carerAgeBand(26)).isEqualTo(CARER_26_TO_64);
    assertThat(NationalMeasures.carerAgeBand(64)).isEqualTo(CARER_26_TO_64);
    assertThat(NationalMeasures.carerAgeBand(65)).isEqualTo(CARER_65_TO_84);
    assertThat(NationalMeasures.carerAgeBand(84)).isEqualTo(CARER_65_TO_84);
    assertThat(NationalMeasures.carerAgeBand(85)).isEqualTo(CARER_85_AND_OVER);
    assertThat(NationalMeasures.carerAgeBand(null)).isEqualTo(AGE_UNKNOWN);
  }

  private static BigDecimal column(MeasureTable table, String column) {
    int c = table.columns().indexOf(column);
    return table.rows().stream()
        .map(r -> r.cells().get(c))
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static MeasureEvent withDeath(MeasureEvent e, java.time.LocalDate died) {
    return new MeasureEvent(
        e.person(),
        e.birthYear(),
        e.birthMonth(),
        died,
        e.gender(),
        e.ethnicity(),
        e.clientType(),
        e.primarySupportReason(),
        e.hasUnpaidCarer(),
        e.employmentStatus(),
        e.accommodationStatus(),
        e.eventType(),
        e.startDate(),
        e.endDate(),
        e.outcome(),
        e.routeOfAccess(),
        e.serviceType(),
        e.serviceComponent(),
        e.deliveryMechanism());
  }
}
