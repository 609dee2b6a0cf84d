package org.strengths.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.strengths.insight.NationalMeasures.AGED_18_TO_64;
import static org.strengths.insight.NationalMeasures.AGED_65_AND_OVER;
import static org.strengths.insight.NationalMeasures.ALL_AGES;
import static org.strengths.insight.NationalMeasures.TOTAL;
import static org.strengths.insight.NationalMeasuresTest.FROM;
import static org.strengths.insight.NationalMeasuresTest.ROUTE;
import static org.strengths.insight.NationalMeasuresTest.TO;
import static org.strengths.insight.NationalMeasuresTest.TODAY;
import static org.strengths.insight.NationalMeasuresTest.n;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.strengths.insight.MeasureEvents.Person;

/**
 * STS002a, STS002b and ASCOF 2A on the hand-built fixture of {@link NationalMeasuresTest} with
 * seven more people, every cell worked out by hand below (rules R1–R12 in
 * docs/insight/national-measures.md). Period 1 April to 30 June 2026; "today" 14 July 2026.
 *
 * <p>From the base fixture: Dan, 86, asked for help (ending 12 April, "Progress to
 * Reablement/ST-Max") and had ST-Max from 13 April to 10 May, "Service ended as planned", and
 * nothing after: STS001 finds ST-Max, so his reablement is in STS002a's cohort; with no onward
 * events its sequel is "No services provided – other" (record type 1, 65 and over).
 */
class ReablementTablesTest {

  static final String TO_REABLEMENT = "Progress to Reablement/ST-Max";
  static final String ENDED = "Service ended as planned";

  // Ola, 80: reablement 3 to 20 April, long-term community support 23 April to 30 June (3 days
  // after: in scope): long-term support (any setting).
  static final Person OLA = Person.aged("ola", 1946);
  // Pat, 50: the same but the community support starts 24 April (4 days after: out of scope;
  // were it still open it would be in scope whatever its date, rule R7): record type 5, and
  // "Service ended as planned" maps to "No services provided – other".
  static final Person PAT = Person.aged("pat", 1976);
  // Quin, 70: ST-Max 3 to 10 May and again from 11 May (a day after: one period) to 31 May, then
  // an assessment from 2 June ending in information and advice: record type 3, universal services.
  static final Person QUIN = Person.aged("quin", 1956);
  // Roy, 60: ST-Max 3 to 10 April and again 13 to 30 April (3 days after: two periods, though
  // STS001 chains them). The first's onward chronology meets the second ST-Max, so it is out of
  // scope (type 5); the second has nothing after (type 1). Both "No services provided – other".
  static final Person ROY = Person.aged("roy", 1966);
  // Una, 45: ST-Max 3 to 15 June ending "NFA - Support declined", nothing after: record type 1,
  // "No_Chronology_" and the mapping, which ASCOF 2A does not count.
  static final Person UNA = Person.aged("una", 1981);
  // Sue, 75: long-term community support since 2025, then ST-Max 1 to 20 May with no request: an
  // existing client's reablement (STS002b), not in STS002a.
  static final Person SUE = Person.aged("sue", 1951);
  // Tom, 68: the same, but his ST-Max from 20 June is still open at the period end (it ends
  // "today", after the period): not counted.
  static final Person TOM = Person.aged("tom", 1958);

  static NationalMeasures.Measures measures() {
    MeasureEvents events =
        NationalMeasuresTest.events()
            .request(OLA, "2026-04-01", "2026-04-02", ROUTE, TO_REABLEMENT)
            .service(OLA, "2026-04-03", "2026-04-20", SaltTables.ST_MAX, null)
            .service(OLA, "2026-04-23", "2026-06-30", SaltTables.COMMUNITY, "Direct Payment")
            .request(PAT, "2026-04-01", "2026-04-02", ROUTE, TO_REABLEMENT)
            .service(PAT, "2026-04-03", "2026-04-20", SaltTables.ST_MAX, null)
            .service(PAT, "2026-04-24", "2026-06-30", SaltTables.COMMUNITY, "Direct Payment")
            .request(QUIN, "2026-05-01", "2026-05-02", ROUTE, TO_REABLEMENT)
            .service(QUIN, "2026-05-03", "2026-05-10", SaltTables.ST_MAX, null)
            .service(QUIN, "2026-05-11", "2026-05-31", SaltTables.ST_MAX, null)
            .assessment(
                QUIN, "2026-06-02", "2026-06-05", "NFA - Information & Advice / Signposting only")
            .request(ROY, "2026-04-01", "2026-04-02", ROUTE, TO_REABLEMENT)
            .service(ROY, "2026-04-03", "2026-04-10", SaltTables.ST_MAX, null)
            .service(ROY, "2026-04-13", "2026-04-30", SaltTables.ST_MAX, null)
            .request(UNA, "2026-06-01", "2026-06-02", ROUTE, TO_REABLEMENT)
            .service(
                UNA, "2026-06-03", "2026-06-15", SaltTables.ST_MAX, null, "NFA - Support declined")
            .service(SUE, "2025-01-01", null, SaltTables.COMMUNITY, "Direct Payment")
            .service(SUE, "2026-05-01", "2026-05-20", SaltTables.ST_MAX, null)
            .service(TOM, "2025-01-01", null, SaltTables.COMMUNITY, "Direct Payment")
            .service(TOM, "2026-06-20", null, SaltTables.ST_MAX, null);
    return NationalMeasures.compute(events.all(), FROM, TO, TODAY);
  }

  @Test
  void sts002aCountsEachPeriodOfReablementByWhatFollowedIt() {
    MeasureTable sts002a = measures().table("STS002a");

    assertThat(sts002a.value(Reablement.OTHER, AGED_65_AND_OVER)).as("Dan").isEqualTo(n(1));
    assertThat(sts002a.value(Reablement.OTHER, AGED_18_TO_64))
        .as("Pat, and Roy twice")
        .isEqualTo(n(3));
    assertThat(sts002a.value(Reablement.OTHER, ALL_AGES)).isEqualTo(n(4));
    assertThat(sts002a.value(Reablement.LONG_TERM_ANY, AGED_65_AND_OVER)).as("Ola").isEqualTo(n(1));
    assertThat(sts002a.value(Reablement.UNIVERSAL, AGED_65_AND_OVER)).as("Quin").isEqualTo(n(1));
    assertThat(sts002a.value("No_Chronology_" + Reablement.DECLINED, AGED_18_TO_64))
        .as("Una")
        .isEqualTo(n(1));
    BigDecimal all = BigDecimal.ZERO;
    for (MeasureTable.Row row : sts002a.rows()) {
      all = all.add(row.cells().get(2));
    }
    assertThat(all).as("seven periods; not Sue's or Tom's (no request)").isEqualTo(n(7));
  }

  @Test
  void sts002bCountsExistingClientsReablementEndingInThePeriod() {
    MeasureTable sts002b = measures().table("STS002b");

    assertThat(sts002b.value(NationalMeasures.ST_MAX_PERIODS, TOTAL))
        .as("Sue; not Tom (still open), nor the new clients")
        .isEqualTo(n(1));
  }

  @Test
  void ascof2aIsTheShareOfReablementNotFollowedByLongTermSupport() {
    MeasureTable ascof = measures().table("ASCOF-2A");

    // denominator: Dan, Pat, Roy twice, Quin (universal) and Ola (long-term); Una's prefixed
    // sequel is in neither. Numerator: all but Ola. 5 / 6 = 83.3%
    assertThat(ascof.value(NationalMeasures.DENOMINATOR, TOTAL)).isEqualTo(n(6));
    assertThat(ascof.value(NationalMeasures.NUMERATOR, TOTAL)).isEqualTo(n(5));
    assertThat(ascof.value(NationalMeasures.OUTCOME, TOTAL)).isEqualByComparingTo("83.3");
  }

  @Test
  void aReablementWithNoOutcomeIsCountedAsNhsEnglandCountsIt() {
    Person vic = Person.aged("vic", 1950);
    MeasureEvents events =
        new MeasureEvents()
            .service(vic, "2026-04-03", "2026-04-10", SaltTables.ST_MAX, null, null)
            .assessment(vic, "2026-04-12", "2026-04-14", "NFA - Deceased");

    assertThat(
            Reablement.sequels(
                    events.of("vic"),
                    java.util.Set.of(MeasureEvents.d("2026-04-03")),
                    FROM,
                    TO,
                    TODAY)
                .stream()
                .map(Reablement.Sequel::mapped))
        .as("no chronology, out of scope, and the chain's own answer")
        .containsExactly(
            Reablement.UNABLE_TO_CLASSIFY,
            Reablement.UNABLE_TO_CLASSIFY,
            Reablement.EARLY_CESSATION);
  }

  static java.util.List<String> sequelsOf(MeasureEvents events, String person, String stMaxStart) {
    return Reablement.sequels(
            events.of(person), java.util.Set.of(MeasureEvents.d(stMaxStart)), FROM, TO, TODAY)
        .stream()
        .map(Reablement.Sequel::mapped)
        .toList();
  }

  @Test
  void anOpenFirstOnwardEventIsInScopeWhateverItsDate() {
    Person wyn = Person.aged("wyn", 1950);
    MeasureEvents events =
        new MeasureEvents()
            .service(wyn, "2026-04-03", "2026-04-10", SaltTables.ST_MAX, null)
            .service(wyn, "2026-04-20", null, "Short Term Support: Ongoing Low Level", null);

    assertThat(sequelsOf(events, "wyn", "2026-04-03"))
        .containsExactly(Reablement.ONGOING_LOW_LEVEL);
  }

  @Test
  void anEventStartingTheDayTheReablementEndsFollowsIt() {
    Person xan = Person.aged("xan", 1950);
    MeasureEvents events =
        new MeasureEvents()
            .service(xan, "2026-04-03", "2026-04-10", SaltTables.ST_MAX, null)
            .review(xan, "2026-04-10", "2026-04-10", "NFA - Deceased");

    assertThat(sequelsOf(events, "xan", "2026-04-03")).containsExactly(Reablement.EARLY_CESSATION);
  }
}
