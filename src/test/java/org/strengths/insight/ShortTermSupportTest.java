package org.strengths.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.strengths.insight.MeasureEvents.d;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.strengths.insight.MeasureEvents.Person;

/** STS001 as NHS England derives it, each rule at its edges (docs/insight/national-measures.md). */
class ShortTermSupportTest {

  static final LocalDate FROM = d("2026-04-01");
  static final LocalDate TO = d("2026-06-30");
  static final LocalDate TODAY = d("2026-07-14");
  static final Person ANN = Person.aged("ann", 1950);
  static final String COMMUNITY_ROUTE = "Community / Other route";

  static List<ShortTermSupport.Sequel> sequels(List<MeasureEvent> events) {
    ShortTermSupport.Result result =
        new ShortTermSupport.Result(new ArrayList<>(), new ArrayList<>());
    ShortTermSupport.person(events, FROM, TO, TODAY, result);
    return result.sequels();
  }

  static List<String> mapped(MeasureEvents events) {
    return sequels(events.of("ann")).stream().map(ShortTermSupport.Sequel::mapped).toList();
  }

  @Test
  void requestsFourDaysApartAreOneRequest() {
    MeasureEvents events =
        new MeasureEvents()
            .request(ANN, "2026-04-01", "2026-04-02", COMMUNITY_ROUTE, "Progress to Assessment")
            .request(ANN, "2026-04-06", "2026-04-07", COMMUNITY_ROUTE, "NFA - Support declined");

    List<ShortTermSupport.Cluster> clusters =
        ShortTermSupport.clusters(events.of("ann"), FROM, TO, TODAY);

    assertThat(clusters).hasSize(1);
    assertThat(clusters.get(0).start()).isEqualTo(d("2026-04-01"));
    assertThat(clusters.get(0).end()).isEqualTo(d("2026-04-07"));
    assertThat(clusters.get(0).outcome()).isEqualTo("NFA - Support declined");
  }

  @Test
  void requestsFiveDaysApartAreTwoRequests() {
    MeasureEvents events =
        new MeasureEvents()
            .request(ANN, "2026-04-01", "2026-04-02", COMMUNITY_ROUTE, "Progress to Assessment")
            .request(ANN, "2026-04-07", "2026-04-08", COMMUNITY_ROUTE, "NFA - Support declined");

    assertThat(ShortTermSupport.clusters(events.of("ann"), FROM, TO, TODAY)).hasSize(2);
  }

  @Test
  void aRequestEndingBeforeThePeriodCountsOnlyThroughTheClusterItJoins() {
    MeasureEvents alone =
        new MeasureEvents()
            .request(ANN, "2026-03-20", "2026-03-25", COMMUNITY_ROUTE, "NFA - Support declined");
    MeasureEvents joined =
        new MeasureEvents()
            .request(ANN, "2026-03-20", "2026-03-29", COMMUNITY_ROUTE, "Progress to Assessment")
            .request(ANN, "2026-04-02", "2026-04-03", COMMUNITY_ROUTE, "NFA - Support declined");

    assertThat(ShortTermSupport.clusters(alone.of("ann"), FROM, TO, TODAY)).isEmpty();
    assertThat(ShortTermSupport.clusters(joined.of("ann"), FROM, TO, TODAY))
        .singleElement()
        .satisfies(c -> assertThat(c.start()).isEqualTo(d("2026-03-20")));
  }

  @Test
  void aRequestEndingAfterThePeriodIsNotCounted() {
    MeasureEvents events =
        new MeasureEvents()
            .request(ANN, "2026-06-28", "2026-07-01", COMMUNITY_ROUTE, "NFA - Support declined");

    assertThat(mapped(events)).isEmpty();
  }

  @Test
  void sameDayOutcomesAreSettledByTheHierarchy() {
    MeasureEvents events =
        new MeasureEvents()
            .request(ANN, "2026-04-01", "2026-04-02", COMMUNITY_ROUTE, "NFA - Support declined")
            .request(ANN, "2026-04-01", "2026-04-02", COMMUNITY_ROUTE, "Progress to Assessment");

    assertThat(ShortTermSupport.newClientRequests(events.of("ann"), FROM, TO, TODAY))
        .singleElement()
        .satisfies(c -> assertThat(c.outcome()).isEqualTo("Progress to Assessment"));
  }

  @Test
  void anOutcomeTheHierarchySpellsDifferentlyRanksLast() {
    // NHS England's hierarchy spells it "NHS-funded", so the listed value ranks 99 and loses
    MeasureEvents events =
        new MeasureEvents()
            .request(ANN, "2026-04-01", "2026-04-02", COMMUNITY_ROUTE, "NFA - 100% NHS funded care")
            .request(ANN, "2026-04-01", "2026-04-02", COMMUNITY_ROUTE, "NFA- Other");

    assertThat(SaltTables.outcomeRank("NFA - 100% NHS funded care")).isEqualTo(99);
    assertThat(SaltTables.outcomeRank("admitted to hospital")).isEqualTo(3);
    assertThat(ShortTermSupport.newClientRequests(events.of("ann"), FROM, TO, TODAY))
        .singleElement()
        .satisfies(c -> assertThat(c.outcome()).isEqualTo("NFA- Other"));
  }

  @Test
  void aPersonWithLongTermSupportOpenWhenTheRequestStartsIsNotANewClient() {
    MeasureEvents events =
        new MeasureEvents()
            .service(ANN, "2025-01-01", null, SaltTables.COMMUNITY, "Direct Payment")
            .request(ANN, "2026-04-01", "2026-04-02", COMMUNITY_ROUTE, "NFA - Support declined");

    assertThat(mapped(events)).isEmpty();
  }

  @Test
  void aRequestWithNoOnwardEventsFallsBackToItsOutcome() {
    MeasureEvents events =
        new MeasureEvents()
            .request(
                ANN,
                "2026-04-01",
                "2026-04-02",
                COMMUNITY_ROUTE,
                "NFA - Information & Advice / Signposting only");

    assertThat(sequels(events.of("ann")))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.mapped())
                  .isEqualTo("No_Chronology_Universal Services/ Signposted to other services");
              assertThat(s.recordType()).isEqualTo(1);
            });
  }

  @Test
  void anEventStartingTheDayTheRequestEndsIsItsSequel() {
    MeasureEvents events =
        new MeasureEvents()
            .request(ANN, "2026-04-01", "2026-04-10", COMMUNITY_ROUTE, "Progress to Assessment")
            .service(ANN, "2026-04-10", null, SaltTables.RESIDENTIAL, null);

    assertThat(mapped(events)).containsExactly(SaltTables.RESIDENTIAL);
  }

  @Test
  void aChainContinuesAcrossAThreeDayGapAndBreaksAtFour() {
    MeasureEvents three =
        new MeasureEvents()
            .request(ANN, "2026-04-01", "2026-04-02", COMMUNITY_ROUTE, "Progress to Assessment")
            .assessment(ANN, "2026-04-02", "2026-04-10", "Progress to Support Planning / Services")
            .service(ANN, "2026-04-13", null, SaltTables.COMMUNITY, "Direct Payment");
    MeasureEvents four =
        new MeasureEvents()
            .request(ANN, "2026-04-01", "2026-04-02", COMMUNITY_ROUTE, "Progress to Assessment")
            .assessment(ANN, "2026-04-02", "2026-04-10", "Progress to Support Planning / Services")
            .service(ANN, "2026-04-14", null, SaltTables.COMMUNITY, "Direct Payment");

    assertThat(mapped(three)).containsExactly(SaltTables.COMMUNITY);
    assertThat(mapped(four)).containsExactly("No Service Found");
  }

  @Test
  void aFirstOnwardEventTwentyEightDaysLaterIsInScopeAndTwentyNineIsNot() {
    MeasureEvents in =
        new MeasureEvents()
            .request(ANN, "2026-04-01", "2026-04-02", COMMUNITY_ROUTE, "Progress to Assessment")
            .service(ANN, "2026-04-30", "2026-05-20", SaltTables.ST_MAX, null);
    MeasureEvents out =
        new MeasureEvents()
            .request(ANN, "2026-04-01", "2026-04-02", COMMUNITY_ROUTE, "Progress to Assessment")
            .service(ANN, "2026-05-01", "2026-05-20", SaltTables.ST_MAX, null);

    assertThat(mapped(in)).containsExactly(SaltTables.ST_MAX);
    assertThat(sequels(out.of("ann")))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.mapped()).isEqualTo("No_Chronology_Unable_To_Classify");
              assertThat(s.recordType()).isEqualTo(5);
            });
  }

  @Test
  void anOpenFirstOnwardEventIsInScopeHoweverLateItStarts() {
    MeasureEvents events =
        new MeasureEvents()
            .request(ANN, "2026-04-01", "2026-04-02", COMMUNITY_ROUTE, "Progress to Assessment")
            .service(ANN, "2026-06-01", null, SaltTables.NURSING, null);

    assertThat(mapped(events)).containsExactly(SaltTables.NURSING);
  }

  @Test
  void aLaterRequestStopsTheSearch() {
    MeasureEvents events =
        new MeasureEvents()
            .request(ANN, "2026-04-01", "2026-04-02", COMMUNITY_ROUTE, "Progress to Assessment")
            .request(ANN, "2026-04-20", "2026-04-21", COMMUNITY_ROUTE, "Progress to Assessment")
            .service(ANN, "2026-04-22", null, SaltTables.NURSING, null);

    // the first request's chronology meets the second request first, so it has none in scope;
    // the second request finds nursing care
    assertThat(mapped(events))
        .containsExactlyInAnyOrder("No_Chronology_Unable_To_Classify", SaltTables.NURSING);
  }

  @Test
  void theHighestRankingServiceInTheChainIsTheSequel() {
    MeasureEvents events =
        new MeasureEvents()
            .request(
                ANN, "2026-04-01", "2026-04-02", COMMUNITY_ROUTE, "Progress to Reablement/ST-Max")
            .service(ANN, "2026-04-02", "2026-04-30", SaltTables.ST_MAX, null)
            .service(ANN, "2026-05-01", null, SaltTables.COMMUNITY, "Direct Payment");

    ShortTermSupport.Result result =
        new ShortTermSupport.Result(new ArrayList<>(), new ArrayList<>());
    ShortTermSupport.person(events.of("ann"), FROM, TO, TODAY, result);

    assertThat(result.sequels())
        .extracting(ShortTermSupport.Sequel::mapped)
        .containsExactly(SaltTables.ST_MAX);
    assertThat(result.stMax())
        .singleElement()
        .satisfies(s -> assertThat(s.stMaxStart()).isEqualTo(d("2026-04-02")));
  }

  @Test
  void aFinalOutcomeOnwardIsTheSequelWhenNoServiceFollows() {
    MeasureEvents events =
        new MeasureEvents()
            .request(ANN, "2026-04-01", "2026-04-02", COMMUNITY_ROUTE, "Progress to Assessment")
            .assessment(
                ANN, "2026-04-03", "2026-04-20", "NFA - Self-funded client (inc. 12wk disregard)");

    assertThat(sequels(events.of("ann")))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.mapped()).isEqualTo(SaltTables.OTHER_REASON);
              assertThat(s.recordType()).isEqualTo(3);
            });
  }

  @Test
  void twoDifferentFinalOutcomesOnTheSameLastDayAreNfaOther() {
    MeasureEvents events =
        new MeasureEvents()
            .request(ANN, "2026-04-01", "2026-04-02", COMMUNITY_ROUTE, "Progress to Assessment")
            .assessment(ANN, "2026-04-03", "2026-04-20", "NFA - Deceased")
            .review(ANN, "2026-04-05", "2026-04-20", "NFA - Support declined");

    assertThat(sequels(events.of("ann")))
        .singleElement()
        .satisfies(s -> assertThat(s.finalOutcome()).isEqualTo("NFA- Other"));
  }

  @Test
  void anEventStartingAfterThePeriodIsNotASequel() {
    MeasureEvents events =
        new MeasureEvents()
            .request(ANN, "2026-06-20", "2026-06-29", COMMUNITY_ROUTE, "Progress to Assessment")
            .service(ANN, "2026-07-01", null, SaltTables.NURSING, null);

    assertThat(mapped(events)).containsExactly("No_Chronology_Unable_To_Classify");
  }

  @Test
  void carersAndPeopleWithNoBirthDateAreLeftOut() {
    Person carer = ANN.asCarer();
    MeasureEvents events =
        new MeasureEvents()
            .request(carer, "2026-04-01", "2026-04-02", COMMUNITY_ROUTE, "NFA - Support declined");

    assertThat(mapped(events)).isEmpty();
  }
}
