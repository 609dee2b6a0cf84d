package org.strengths.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.strengths.insight.NationalMeasures.ASCOF_2B;
import static org.strengths.insight.NationalMeasures.ASCOF_2C;
import static org.strengths.insight.NationalMeasures.NUMERATOR;
import static org.strengths.insight.NationalMeasures.PER_100_000;
import static org.strengths.insight.NationalMeasures.POPULATION;
import static org.strengths.insight.NationalMeasuresTest.FROM;
import static org.strengths.insight.NationalMeasuresTest.TO;
import static org.strengths.insight.NationalMeasuresTest.TODAY;
import static org.strengths.insight.NationalMeasuresTest.n;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.strengths.insight.MeasureEvents.Person;

/**
 * ASCOF 2B and 2C on the hand-built fixture of {@link NationalMeasuresTest} with six more people,
 * every cell worked out by hand below (rules A1–A6 in docs/insight/national-measures.md). Period 1
 * April to 30 June 2026; the snapshot is the day after, 1 July 2026, and ages are taken on it.
 *
 * <p>From the base fixture: Cat (36) has been in residential care since June 2025, still open: a
 * previous admission, not counted. Hal (71) moved to residential care on 16 April 2026, still open:
 * admitted, 2C.
 */
class AdmissionsTableTest {

  static final String NURSING = SaltTables.NURSING;
  static final String RESIDENTIAL = SaltTables.RESIDENTIAL;

  // Ray, 56: nursing care from 1 May 2026, open: admitted, 2B.
  static final Person RAY = Person.aged("ray", 1970);
  // Sal, 46: residential care for the whole period, ending on its last day: not open on the
  // snapshot, so not counted.
  static final Person SAL = Person.aged("sal", 1980);
  // Ted, 76: residential care from 30 June, ending on 1 July (the snapshot): admitted, 2C.
  static final Person TED = Person.aged("ted", 1950);
  // Una, 66: residential care ending before the period, then nursing care from 1 May, open: the
  // earlier placement had ended by the snapshot, so it is not a previous admission: admitted, 2C.
  static final Person UNA = Person.aged("una", 1960);
  // Vic, 81: residential care from 31 March (the day before the period), open, and nursing care
  // from 1 May: a previous admission, not counted.
  static final Person VIC = Person.aged("vic", 1945);
  // Win, 36: residential care from 1 July (the snapshot): not admitted in the period.
  static final Person WIN = Person.aged("win", 1990);

  static MeasureEvents events() {
    return NationalMeasuresTest.events()
        .service(RAY, "2026-05-01", null, NURSING, null)
        .service(SAL, "2026-04-01", "2026-06-30", RESIDENTIAL, null)
        .service(TED, "2026-06-30", "2026-07-01", RESIDENTIAL, null)
        .service(UNA, "2025-12-01", "2026-03-31", RESIDENTIAL, null)
        .service(UNA, "2026-05-01", null, NURSING, null)
        .service(VIC, "2026-03-31", null, RESIDENTIAL, null)
        .service(VIC, "2026-05-01", null, NURSING, null)
        .service(WIN, "2026-07-01", null, RESIDENTIAL, null);
  }

  @Test
  void admissionsDuringThePeriodPer100000OfTheConfiguredPopulation() {
    MeasureTable table =
        NationalMeasures.compute(
                events().all(),
                FROM,
                TO,
                TODAY,
                new InsightProperties.Population(200_000L, 45_000L))
            .table("ASCOF-2B2C");

    // 2B: Ray; 2C: Hal, Ted, Una
    assertThat(table.value(NUMERATOR, ASCOF_2B)).isEqualTo(n(1));
    assertThat(table.value(NUMERATOR, ASCOF_2C)).isEqualTo(n(3));
    assertThat(table.value(POPULATION, ASCOF_2B)).isEqualTo(n(200_000));
    assertThat(table.value(POPULATION, ASCOF_2C)).isEqualTo(n(45_000));
    // 1 x 100,000 / 200,000 = 0.5; 3 x 100,000 / 45,000 = 6.666… = 6.7
    assertThat(table.value(PER_100_000, ASCOF_2B)).isEqualTo(new BigDecimal("0.5"));
    assertThat(table.value(PER_100_000, ASCOF_2C)).isEqualTo(new BigDecimal("6.7"));
    assertThat(table.noteKey()).isNull();
  }

  @Test
  void withoutAPopulationTheAdmissionsAreShownAndTheRateIsNotConfigured() {
    MeasureTable table =
        NationalMeasures.compute(events().all(), FROM, TO, TODAY).table("ASCOF-2B2C");

    assertThat(table.value(NUMERATOR, ASCOF_2C)).isEqualTo(n(3));
    assertThat(table.value(POPULATION, ASCOF_2B)).isNull();
    assertThat(table.value(PER_100_000, ASCOF_2C)).isNull();
    assertThat(table.noteKey()).isEqualTo("insight.measures.populationNotConfigured");
  }

  @Test
  void aPlacementCountsOnlyIfStillOpenTheDayAfterThePeriodAndBegunInIt() {
    MeasureEvents events = events();

    assertThat(AscofAdmissions.admittedAged(events.of("sal"), FROM, TO)).isNull();
    assertThat(AscofAdmissions.admittedAged(events.of("ted"), FROM, TO)).isEqualTo(76);
    assertThat(AscofAdmissions.admittedAged(events.of("vic"), FROM, TO)).isNull();
    assertThat(AscofAdmissions.admittedAged(events.of("win"), FROM, TO)).isNull();
    assertThat(AscofAdmissions.admittedAged(events.of("una"), FROM, TO)).isEqualTo(66);
  }

  @Test
  void theCouncilSetsThePopulationInTwoSettingsAndLeavingThemEmptyMeansNotConfigured() {
    InsightProperties set =
        new Binder(
                new MapConfigurationPropertySource(
                    Map.of(
                        "strengths.insight.population.aged-18-64", "201300",
                        "strengths.insight.population.aged-65-plus", "48200")))
            .bind("strengths.insight", InsightProperties.class)
            .get();
    InsightProperties empty =
        new Binder(
                new MapConfigurationPropertySource(
                    Map.of(
                        "strengths.insight.la-code", "E08000035",
                        "strengths.insight.population.aged-18-64", "",
                        "strengths.insight.population.aged-65-plus", "")))
            .bind("strengths.insight", InsightProperties.class)
            .get();

    assertThat(set.populationOrUnset())
        .isEqualTo(new InsightProperties.Population(201_300L, 48_200L));
    assertThat(empty.populationOrUnset()).isEqualTo(new InsightProperties.Population(null, null));
  }
}
