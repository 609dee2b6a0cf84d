package org.strengths.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.strengths.insight.NationalMeasures.TOTAL;
import static org.strengths.insight.NationalMeasuresTest.FROM;
import static org.strengths.insight.NationalMeasuresTest.TO;
import static org.strengths.insight.NationalMeasuresTest.TODAY;
import static org.strengths.insight.NationalMeasuresTest.n;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.strengths.insight.MeasureEvents.Person;

/**
 * LTS001b, LTS001c and LTS004 on the hand-built fixture of {@link NationalMeasuresTest} with six
 * more people, every cell worked out by hand below (rules B, C and D in
 * docs/insight/national-measures.md). The snapshot is the period end, 30 June 2026; "today" is 14
 * July 2026, the end of any open row in LTS001c.
 *
 * <p>From the base fixture, at the snapshot: Ann (76, woman, personal care, community by direct
 * payment since April 2026); Cat (36, woman, learning disability, residential since 1 June 2025);
 * Gus (56, man, mental health, prison since May 2026; his community support ended 31 March 2026);
 * Hal (71, man, "Dementia" (not a listed reason), residential since 16 April 2026, a day after his
 * managed personal budget ended, which began 1 January 2025). None of them has an ethnicity sent;
 * each has "No" unpaid carer and employment "Unknown".
 */
class LongTermTablesTest {

  static final String PERSONAL_CARE = "Physical Support: Personal care support";
  static final String LD = "Learning Disability Support";

  // Jo, 40, a man with a learning disability, tenant: commissioned community support until 29 June
  // 2025, then again from 1 July 2025 (2 days apart: a new chain, so not 12 months at the
  // snapshot). Indian, has an unpaid carer, paid work under 16 hours.
  static final Person JO = new Person("jo", 1986, 1, "Service User", LD, "Male", "Tenant");
  // Kim, 30, a woman with a learning disability living with family: community support ended 29
  // June 2026, the day before the snapshot (in LTS004, which covers the period, but not LTS001b);
  // her employment status is not on the list.
  static final Person KIM =
      new Person(
          "kim",
          1996,
          1,
          "Service User",
          LD,
          "Female",
          "Settled mainstream housing with family / friends");
  // Leo, born June 1962: 64 at the snapshot (18 to 64). Nursing care from 29 June 2025 ending on
  // the snapshot day itself (still in support at it; and more than 12 months). Irish; unpaid carer
  // "Unknown", which the list does not have.
  static final Person LEO =
      new Person("leo", 1962, 6, "Service User", PERSONAL_CARE, "Male", "Tenant");
  // Mia, 76, gender Other: nursing care from 30 June 2025, exactly a year before the snapshot (not
  // more than 12 months).
  static final Person MIA =
      new Person("mia", 1950, 1, "Service User", PERSONAL_CARE, "Other", "Registered nursing home");

  static NationalMeasures.Measures measures() {
    return NationalMeasures.compute(events().all(), FROM, TO, TODAY);
  }

  static MeasureEvents events() {
    // Ned, 70, a man: two direct payments starting 1 January 2026 with different reasons (so
    // "Unknown"), a later direct payment with reason "Unknown" (a known reason wins over a later
    // start), and a later commissioned service (a lower-ranking setting, ignored).
    Person ned = new Person("ned", 1956, 1, "Service User", PERSONAL_CARE, "Male", "Tenant");
    return NationalMeasuresTest.events()
        .details(JO, "Asian or Asian British - Indian", "Yes", "Paid: Less than 16 hours a week")
        .service(JO, "2025-01-01", "2025-06-29", SaltTables.COMMUNITY, "CASSR Commissioned Support")
        .service(JO, "2025-07-01", null, SaltTables.COMMUNITY, "CASSR Commissioned Support")
        .details(KIM, "White - Irish", "Yes", "Working")
        .service(KIM, "2026-02-01", "2026-06-29", SaltTables.COMMUNITY, null)
        .details(LEO, "White - Irish", "Unknown", "Unknown")
        .service(LEO, "2025-06-29", "2026-06-30", SaltTables.NURSING, null)
        .service(MIA, "2025-06-30", null, SaltTables.NURSING, null)
        .service(ned, "2026-01-01", null, SaltTables.COMMUNITY, "Direct Payment")
        .service(
            ned.withReason("Support with Memory & Cognition"),
            "2026-01-01",
            null,
            SaltTables.COMMUNITY,
            "Direct Payment")
        .service(
            ned.withReason("Unknown"), "2026-02-01", null, SaltTables.COMMUNITY, "Direct Payment")
        .service(
            ned.withReason("Mental Health Support"),
            "2026-03-01",
            null,
            SaltTables.COMMUNITY,
            "CASSR Commissioned Support");
  }

  static BigDecimal sum(MeasureTable table, String column) {
    BigDecimal sum = BigDecimal.ZERO;
    for (MeasureTable.Row row : table.rows()) {
      sum = sum.add(row.cells().get(table.columns().indexOf(column)));
    }
    return sum;
  }

  @Test
  void lts001bCountsPeopleInLongTermSupportOnTheLastDayByReasonAndSetting() {
    NationalMeasures.Measures measures = measures();
    MeasureTable working = measures.table("LTS001b-1a");
    MeasureTable older = measures.table("LTS001b-1b");

    // 18 to 64: Cat, Gus, Jo, and Leo at 64 whose nursing care ends on the snapshot day
    assertThat(working.value(LD, "Residential")).isEqualTo(n(1));
    assertThat(working.value("Mental Health Support", "Prison")).isEqualTo(n(1));
    assertThat(working.value(LD, "Community: CASSR Commissioned Support")).isEqualTo(n(1));
    assertThat(working.value(PERSONAL_CARE, "Nursing")).isEqualTo(n(1));
    assertThat(working.value(LD, TOTAL)).isEqualTo(n(2));
    assertThat(sum(working, TOTAL)).as("Kim's support ended the day before").isEqualTo(n(4));
    // 65 and over: Ann, Hal (reason not listed), Mia, and Ned (two reasons on the same day)
    assertThat(older.value(PERSONAL_CARE, "Community: Direct Payment")).isEqualTo(n(1));
    assertThat(older.value(SaltTables.INVALID_OR_NULL, "Residential")).isEqualTo(n(1));
    assertThat(older.value(PERSONAL_CARE, "Nursing")).isEqualTo(n(1));
    assertThat(older.value("Unknown", "Community: Direct Payment")).isEqualTo(n(1));
    assertThat(older.value("Unknown", "Community: CASSR Commissioned Support")).isEqualTo(n(0));
    assertThat(sum(older, TOTAL)).isEqualTo(n(4));
  }

  @Test
  void lts001bCountsEveryAgeByUnpaidCarerAndByEthnicityForMenAndWomen() {
    NationalMeasures.Measures measures = measures();
    MeasureTable carers = measures.table("LTS001b-2");
    MeasureTable men = measures.table("LTS001b-3a");
    MeasureTable women = measures.table("LTS001b-3b");
    MeasureTable other = measures.table("LTS001b-3c");

    assertThat(carers.value("Yes", "Community: CASSR Commissioned Support")).isEqualTo(n(1));
    assertThat(carers.value("No", "Community: Direct Payment")).isEqualTo(n(2));
    assertThat(carers.value("No", "Residential")).isEqualTo(n(2));
    assertThat(carers.value("No", "Prison")).isEqualTo(n(1));
    assertThat(carers.value("No", "Nursing")).isEqualTo(n(1));
    assertThat(carers.value("No", TOTAL)).isEqualTo(n(6));
    assertThat(carers.value(SaltTables.INVALID_OR_NULL, "Nursing"))
        .as("Leo's \"Unknown\" is not on NHS England's list")
        .isEqualTo(n(1));
    assertThat(sum(carers, TOTAL)).isEqualTo(n(8));

    assertThat(
            men.value("Asian or Asian British - Indian", "Community: CASSR Commissioned Support"))
        .isEqualTo(n(1));
    assertThat(men.value("White - Irish", "Nursing")).isEqualTo(n(1));
    assertThat(men.value(SaltTables.INVALID_OR_NULL, TOTAL))
        .as("Gus, Hal and Ned: no ethnicity sent")
        .isEqualTo(n(3));
    assertThat(sum(men, TOTAL)).isEqualTo(n(5));
    assertThat(women.value(SaltTables.INVALID_OR_NULL, "Community: Direct Payment"))
        .isEqualTo(n(1));
    assertThat(women.value(SaltTables.INVALID_OR_NULL, "Residential")).isEqualTo(n(1));
    assertThat(sum(women, TOTAL)).isEqualTo(n(2));
    assertThat(other.value(NationalMeasures.GENDER_OTHER_OR_UNKNOWN, TOTAL)).isEqualTo(n(1));
  }

  @Test
  void lts001cCountsPeopleWhoseUnbrokenSupportBeganMoreThanAYearBeforeTheEnd() {
    NationalMeasures.Measures measures = measures();
    MeasureTable working = measures.table("LTS001c-1a");
    MeasureTable older = measures.table("LTS001c-1b");

    // Cat since 1 June 2025; Leo since 29 June 2025, ending on the snapshot day
    assertThat(working.value(LD, "Residential")).isEqualTo(n(1));
    assertThat(working.value(PERSONAL_CARE, "Nursing")).isEqualTo(n(1));
    assertThat(sum(working, TOTAL)).as("not Jo: 2 days apart breaks his chain").isEqualTo(n(2));
    // Hal: residential a day after his budget from January 2025 ended: one chain. LTS001c reports
    // the reason as sent, not as Invalid/NULL
    assertThat(older.value("Dementia", "Residential")).isEqualTo(n(1));
    assertThat(sum(older, TOTAL))
        .as("not Mia (exactly 12 months), Ann or Ned (since 2026)")
        .isEqualTo(n(1));
  }

  @Test
  void lts004CountsWorkingAgePeopleWithALearningDisabilityByEmploymentAndAccommodation() {
    NationalMeasures.Measures measures = measures();
    MeasureTable employment = measures.table("LTS004-1");
    MeasureTable settled = measures.table("LTS004-2a");
    MeasureTable unsettled = measures.table("LTS004-2b");

    assertThat(employment.value("Unknown", NationalMeasures.FEMALE)).isEqualTo(n(1));
    assertThat(employment.value("Paid: Less than 16 hours a week", NationalMeasures.MALE))
        .isEqualTo(n(1));
    assertThat(employment.value(LearningDisabilitySupport.NULL_OR_INVALID, NationalMeasures.FEMALE))
        .as("Kim's \"Working\" is not on the list")
        .isEqualTo(n(1));
    assertThat(sum(employment, TOTAL)).isEqualTo(n(3));
    assertThat(settled.value("Tenant", NationalMeasures.MALE)).isEqualTo(n(1));
    assertThat(
            settled.value(
                "Settled mainstream housing with family / friends", NationalMeasures.FEMALE))
        .isEqualTo(n(1));
    assertThat(sum(settled, TOTAL)).isEqualTo(n(2));
    assertThat(unsettled.value("Registered care home", NationalMeasures.FEMALE)).isEqualTo(n(1));
    assertThat(sum(unsettled, TOTAL)).isEqualTo(n(1));
  }

  @Test
  void lts004TakesTheLatestStartThenAKnownStatusAndCallsAConflictUnknown() {
    Person lee = new Person("lee", 1990, 1, "Service User", LD, "Male", "Tenant");
    MeasureEvents events =
        new MeasureEvents()
            .details(lee, null, "No", "Paid: 16 or more hours a week")
            .service(lee, "2026-01-01", null, SaltTables.COMMUNITY, null)
            .details(lee, null, "No", "Unknown")
            .service(lee, "2026-05-01", null, SaltTables.COMMUNITY, null)
            .details(lee, null, "No", "Not in Paid Employment (seeking work)")
            .service(lee, "2026-05-01", null, SaltTables.COMMUNITY, "Direct Payment");
    assertThat(
            LearningDisabilitySupport.person(
                events.of("lee"),
                FROM,
                TO,
                MeasureEvent::employmentStatus,
                SaltTables.EMPLOYMENT_STATUSES))
        .as("the latest start (1 May), where a known status wins over Unknown")
        .containsExactly(
            new LearningDisabilitySupport.Counted(
                "lee", "Male", "Not in Paid Employment (seeking work)"));

    events
        .details(lee, null, "No", "Paid: Hours per week unknown")
        .service(lee, "2026-05-01", null, SaltTables.COMMUNITY, "CASSR Commissioned Support");
    assertThat(
            LearningDisabilitySupport.person(
                events.of("lee"),
                FROM,
                TO,
                MeasureEvent::employmentStatus,
                SaltTables.EMPLOYMENT_STATUSES))
        .as("two known statuses on the latest start")
        .containsExactly(new LearningDisabilitySupport.Counted("lee", "Male", "Unknown"));
  }

  @Test
  void ascof3dIsTheShareOfPeopleInCommunitySupportWithSelfDirectedSupportAndDirectPayments() {
    // Zed, 66: a managed personal budget (self-directed, not a direct payment). Yas, 36:
    // commissioned support whose service component is a direct payment (both numerators).
    Person zed = Person.aged("zed", 1960);
    Person yas = Person.aged("yas", 1990);
    MeasureEvents events =
        events()
            .service(zed, "2026-01-01", null, SaltTables.COMMUNITY, "CASSR Managed Personal Budget")
            .serviceWithComponent(
                yas,
                "2026-01-01",
                SaltTables.COMMUNITY,
                "Direct Payment",
                "CASSR Commissioned Support");
    MeasureTable ascof = NationalMeasures.compute(events.all(), FROM, TO, TODAY).table("ASCOF-3D");

    // 18 to 64: Jo (commissioned) and Yas; Cat, Gus and Leo are not in community support
    assertThat(ascof.value(NationalMeasures.DENOMINATOR, NationalMeasures.AGED_18_TO_64))
        .isEqualTo(n(2));
    assertThat(ascof.value(NationalMeasures.PART_1A_NUMERATOR, NationalMeasures.AGED_18_TO_64))
        .isEqualTo(n(1));
    assertThat(ascof.value(NationalMeasures.PART_1A_OUTCOME, NationalMeasures.AGED_18_TO_64))
        .isEqualByComparingTo("50.0");
    // 65 and over: Ann and Ned (direct payments; Ned's commissioned line ranks lower), Zed
    assertThat(ascof.value(NationalMeasures.DENOMINATOR, NationalMeasures.AGED_65_AND_OVER))
        .isEqualTo(n(3));
    assertThat(ascof.value(NationalMeasures.PART_1A_NUMERATOR, NationalMeasures.AGED_65_AND_OVER))
        .isEqualTo(n(3));
    assertThat(ascof.value(NationalMeasures.PART_2A_NUMERATOR, NationalMeasures.AGED_65_AND_OVER))
        .isEqualTo(n(2));
    assertThat(ascof.value(NationalMeasures.PART_2A_OUTCOME, NationalMeasures.AGED_65_AND_OVER))
        .isEqualByComparingTo("66.7");
    // all ages: 5 people, 4 self-directed (80.0%), 3 direct payments (60.0%)
    assertThat(ascof.value(NationalMeasures.DENOMINATOR, NationalMeasures.ALL_AGES))
        .isEqualTo(n(5));
    assertThat(ascof.value(NationalMeasures.PART_1A_OUTCOME, NationalMeasures.ALL_AGES))
        .isEqualByComparingTo("80.0");
    assertThat(ascof.value(NationalMeasures.PART_2A_OUTCOME, NationalMeasures.ALL_AGES))
        .isEqualByComparingTo("60.0");
  }
}
