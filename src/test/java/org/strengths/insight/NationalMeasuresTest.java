package org.strengths.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.strengths.insight.MeasureEvents.d;
import static org.strengths.insight.NationalMeasures.AGED_18_TO_64;
import static org.strengths.insight.NationalMeasures.AGED_65_AND_OVER;
import static org.strengths.insight.NationalMeasures.ALL_AGES;
import static org.strengths.insight.NationalMeasures.TOTAL;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.strengths.insight.MeasureEvents.Person;

/**
 * Every table's cells for a hand-built set of events, each worked out by hand below (the rules are
 * in docs/insight/national-measures.md). Period 1 April to 30 June 2026; ages at 30 June 2026.
 */
class NationalMeasuresTest {

  static final LocalDate FROM = d("2026-04-01");
  static final LocalDate TO = d("2026-06-30");
  static final LocalDate TODAY = d("2026-07-14");
  static final String ROUTE = "Community / Other route";

  // Ann, 76: a request, an assessment 1 day later, community support by direct payment 2 days
  // after that: STS001 Community (65+); LTS001a 1b personal care x Community: Direct Payment;
  // 2E a woman, tenant (settled).
  static final Person ANN = Person.aged("ann", 1950);
  // Bob, 46: a request ending in information and advice, nothing after: STS001 no chronology,
  // universal services (18-64).
  static final Person BOB = Person.aged("bob", 1980);
  // Cat, 36: in residential care since 2025, then a request: not a new client (no STS001);
  // LTS001a 1a learning disability x Residential; 2E a woman in a care home (not settled).
  static final Person CAT =
      new Person(
          "cat",
          1990,
          1,
          "Service User",
          "Learning Disability Support",
          "Female",
          "Registered care home");
  // Dan, 86: a request then ST-Max the next day: STS001 ST-Max (65+); not in LTS or 2E.
  static final Person DAN = new Person("dan", 1940, 1, "Service User", "Unknown", "Male", "Tenant");
  // Eve, 66: a request, then 18 days later an assessment ending in support declined: STS001
  // "No Services Provided - other reason" (65+).
  static final Person EVE = Person.aged("eve", 1960);
  // Fay, 11: a request ending in support declined: STS001 all ages only.
  static final Person FAY = Person.aged("fay", 2015);
  // Gus, 56: community support ended before the period; prison support by direct payment (blanked
  // to Prison) from May: LTS001a 1a mental health x Prison; not in 2E (prison).
  static final Person GUS =
      new Person("gus", 1970, 1, "Service User", "Mental Health Support", "Male", "Tenant");
  // Hal, 71: a managed personal budget until 15 April, residential care from 16 April: LTS001a 1b
  // Residential (ranks above community) with a reason not in the list (Invalid/NULL); 2E a man
  // whose latest row is owner occupier (settled).
  static final Person HAL =
      new Person(
          "hal",
          1955,
          1,
          "Service User",
          "Dementia",
          "Male",
          "Owner occupier or shared ownership scheme");
  // Ivy, a carer: her request is in no service-user table.
  static final Person IVY = Person.aged("ivy", 1960).asCarer();

  static NationalMeasures.Measures measures() {
    return NationalMeasures.compute(events().all(), FROM, TO, TODAY);
  }

  /** The fixture's events; other known-answer tests add people to it. */
  static MeasureEvents events() {
    return new MeasureEvents()
        .request(ANN, "2026-04-01", "2026-04-02", ROUTE, "Progress to Assessment")
        .assessment(ANN, "2026-04-03", "2026-04-10", "Progress to Support Planning / Services")
        .service(ANN, "2026-04-12", null, SaltTables.COMMUNITY, "Direct Payment")
        .request(
            BOB,
            "2026-05-05",
            "2026-05-06",
            "Discharge from Hospital",
            "NFA - Information & Advice / Signposting only")
        .service(CAT, "2025-06-01", null, SaltTables.RESIDENTIAL, null)
        .request(CAT, "2026-06-01", "2026-06-03", ROUTE, "No change in package")
        .request(DAN, "2026-04-10", "2026-04-12", ROUTE, "Progress to Reablement/ST-Max")
        .service(DAN, "2026-04-13", "2026-05-10", SaltTables.ST_MAX, null)
        .request(EVE, "2026-04-01", "2026-04-02", ROUTE, "Progress to Assessment")
        .assessment(EVE, "2026-04-20", "2026-04-30", "NFA - Support declined")
        .request(FAY, "2026-04-01", "2026-04-02", ROUTE, "NFA - Support declined")
        .service(
            GUS, "2024-01-01", "2026-03-31", SaltTables.COMMUNITY, "CASSR Commissioned Support")
        .service(GUS, "2026-05-01", null, SaltTables.PRISON, "Direct Payment")
        .service(
            HAL, "2025-01-01", "2026-04-15", SaltTables.COMMUNITY, "CASSR Managed Personal Budget")
        .service(HAL, "2026-04-16", null, SaltTables.RESIDENTIAL, null)
        .request(IVY, "2026-04-01", "2026-04-02", ROUTE, "NFA - Support declined");
  }

  static BigDecimal n(long value) {
    return BigDecimal.valueOf(value);
  }

  @Test
  void sts001CountsEachNewClientsRequestUnderItsSequelAndAgeBand() {
    MeasureTable sts001 = measures().table("STS001");

    assertThat(sts001.value(SaltTables.COMMUNITY, AGED_65_AND_OVER)).isEqualTo(n(1));
    assertThat(sts001.value(SaltTables.ST_MAX, AGED_65_AND_OVER)).isEqualTo(n(1));
    assertThat(sts001.value(SaltTables.OTHER_REASON, AGED_65_AND_OVER)).isEqualTo(n(1));
    assertThat(
            sts001.value(
                "No_Chronology_Universal Services/ Signposted to other services", AGED_18_TO_64))
        .isEqualTo(n(1));
    assertThat(sts001.value("No_Chronology_" + SaltTables.OTHER_REASON, ALL_AGES)).isEqualTo(n(1));
    assertThat(sts001.value("No_Chronology_" + SaltTables.OTHER_REASON, AGED_18_TO_64))
        .isEqualTo(n(0));
    assertThat(
            sts001.rows().stream()
                .map(r -> r.cells().get(2))
                .reduce(BigDecimal.ZERO, BigDecimal::add))
        .as("five requests: Ann, Bob, Dan, Eve, Fay (Cat is an existing client, Ivy a carer)")
        .isEqualTo(n(5));
    assertThat(
            sts001.rows().stream()
                .map(r -> r.cells().get(0))
                .reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualTo(n(1));
    assertThat(
            sts001.rows().stream()
                .map(r -> r.cells().get(1))
                .reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualTo(n(3));
  }

  @Test
  void lts001aCountsEachPersonOnceInTheirHighestRankingSetting() {
    NationalMeasures.Measures measures = measures();
    MeasureTable working = measures.table("LTS001a-1a");
    MeasureTable older = measures.table("LTS001a-1b");

    assertThat(working.value("Learning Disability Support", "Residential")).isEqualTo(n(1));
    assertThat(working.value("Mental Health Support", "Prison")).isEqualTo(n(1));
    assertThat(working.value("Mental Health Support", TOTAL)).isEqualTo(n(1));
    assertThat(
            working.cells().stream()
                .map(MeasureTable.Cell::value)
                .reduce(BigDecimal.ZERO, BigDecimal::add))
        .as("two people, each in one setting and the total")
        .isEqualTo(n(4));
    assertThat(older.value("Physical Support: Personal care support", "Community: Direct Payment"))
        .isEqualTo(n(1));
    assertThat(older.value(SaltTables.INVALID_OR_NULL, "Residential")).isEqualTo(n(1));
    assertThat(older.value(SaltTables.INVALID_OR_NULL, "Community: CASSR Managed Personal Budget"))
        .isEqualTo(n(0));
    assertThat(
            older.cells().stream()
                .map(MeasureTable.Cell::value)
                .reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualTo(n(4));
  }

  @Test
  void ascof2eIsTheShareOfPeopleInLongTermSupportLivingInSettledAccommodation() {
    MeasureTable ascof = measures().table("ASCOF-2E");

    assertThat(ascof.value(NationalMeasures.DENOMINATOR, TOTAL)).isEqualTo(n(3));
    assertThat(ascof.value(NationalMeasures.DENOMINATOR, NationalMeasures.MALE)).isEqualTo(n(1));
    assertThat(ascof.value(NationalMeasures.DENOMINATOR, NationalMeasures.FEMALE)).isEqualTo(n(2));
    assertThat(ascof.value(NationalMeasures.NUMERATOR, TOTAL)).isEqualTo(n(2));
    assertThat(ascof.value(NationalMeasures.NUMERATOR, NationalMeasures.MALE)).isEqualTo(n(1));
    assertThat(ascof.value(NationalMeasures.NUMERATOR, NationalMeasures.FEMALE)).isEqualTo(n(1));
    assertThat(ascof.value(NationalMeasures.OUTCOME, TOTAL)).isEqualByComparingTo("66.7");
    assertThat(ascof.value(NationalMeasures.OUTCOME, NationalMeasures.MALE))
        .isEqualByComparingTo("100.0");
    assertThat(ascof.value(NationalMeasures.OUTCOME, NationalMeasures.FEMALE))
        .isEqualByComparingTo("50.0");
  }

  @Test
  void aShareOfNoneCannotBeCalculated() {
    assertThat(NationalMeasures.percent(0, 0)).isNull();
  }

  @Test
  void aDeliveryMechanismNotListedForItsSettingIsBlanked() {
    assertThat(SaltTables.settingOf(SaltTables.PRISON, "Direct Payment").category())
        .isEqualTo("Prison");
    assertThat(SaltTables.settingOf(SaltTables.NURSING, "Direct Payment").category())
        .isEqualTo("Nursing");
    assertThat(SaltTables.settingOf(SaltTables.COMMUNITY, "CASSR Commissioned support ").category())
        .isEqualTo("Community: CASSR Commissioned Support");
    assertThat(SaltTables.settingOf(SaltTables.COMMUNITY, null).category()).isEqualTo("Community");
  }

  @Test
  void agesAreWholeYearsOf365AndAQuarterDaysFromTheFirstOfTheBirthMonth() {
    MeasureEvent born =
        new MeasureEvents().request(ANN, "2026-04-01", "2026-04-02", ROUTE, "x").of("ann").get(0);
    MeasureEvent sixtyFour =
        new MeasureEvent(
            "p",
            1962,
            7,
            null,
            null,
            null,
            "Service User",
            null,
            null,
            null,
            null,
            "Request",
            d("2026-04-01"),
            d("2026-04-02"),
            null,
            null,
            null,
            null,
            null);

    assertThat(born.ageOn(TO)).isEqualTo(76);
    assertThat(sixtyFour.ageOn(d("2026-06-30"))).isEqualTo(63);
    assertThat(sixtyFour.ageOn(d("2026-07-01"))).isEqualTo(64);
  }
}
