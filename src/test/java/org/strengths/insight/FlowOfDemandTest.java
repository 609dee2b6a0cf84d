package org.strengths.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The flow measures on a hand-built team whose every figure is worked out by hand below. The team
 * filter keeps other tests' people out. Period: 7 January to 31 March 2030 (84 days, 12 weeks); the
 * period before: 15 October 2029 to 6 January 2030; today: 15 April 2030.
 *
 * <ul>
 *   <li>A1–A10, new: record opened 7 January; first conversation (listen and connect) 1, 2, … 9
 *       days later and A10 40 days later. A6–A10 then have a crisis conversation 3 days after the
 *       first and a good-life one 7, 7, 14, 14, 21 days after that, a hand-over each, and a plan
 *       agreed 1 March (A9, A10 with a paid service; A6–A8 network only; A6, A7 overdue).
 *   <li>B1–B10, repeats: opened 1 June 2029, conversations 10 June 2029 (listen) and a good-life
 *       one on 1 December 2029 (B1–B6) or 1 September 2029 (B7–B10); then a new listen-and-connect
 *       conversation 1 February 2030 (62 or 153 days after). B1–B6 have plans agreed 1 July 2029,
 *       review due 1 January 2030 (overdue); B1–B3 network only, B4–B6 with a paid service.
 *   <li>C1–C5, the period before: opened 1 November 2029, first conversation 10 days later.
 *   <li>W1–W6, waiting: opened 5, 10, 21, 45, 73 and 104 days before today, no conversation; and
 *       one opened after today, not counted.
 * </ul>
 */
@SpringBootTest
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FlowOfDemandTest {

  static final LocalDate FROM = LocalDate.of(2030, 1, 7);
  static final LocalDate TO = LocalDate.of(2030, 3, 31);
  static final LocalDate TODAY = LocalDate.of(2030, 4, 15);

  @Autowired JdbcClient jdbc;
  @Autowired FlowRefresh refresh;
  @Autowired FlowOfDemand flow;

  UUID team;
  UUID edgeTeam;

  @BeforeAll
  void aHandBuiltTeam() {
    FlowFixture fixture = new FlowFixture(jdbc);
    team = fixture.team("Flow fixture");
    int[] firstAfter = {1, 2, 3, 4, 5, 6, 7, 8, 9, 40};
    int[] crisisFor = {7, 7, 14, 14, 21};
    for (int i = 0; i < 10; i++) {
      UUID a = fixture.person(team, FROM, "LS6 1AA", "Female");
      LocalDate first = FROM.plusDays(firstAfter[i]);
      fixture.conversation(a, 1, first, "listen-and-connect");
      if (i >= 5) {
        LocalDate crisis = first.plusDays(3);
        fixture.conversation(a, 2, crisis, "crisis");
        fixture.conversation(a, 3, crisis.plusDays(crisisFor[i - 5]), "good-life");
        fixture.handover(a, crisis);
        LocalDate due = i < 7 ? LocalDate.of(2030, 4, 1) : LocalDate.of(2030, 6, 1);
        if (i >= 8) {
          fixture.plan(a, LocalDate.of(2030, 3, 1), due, "NETWORK", "COMMISSIONED");
        } else {
          fixture.plan(a, LocalDate.of(2030, 3, 1), due, "NETWORK");
        }
      }
    }
    for (int i = 0; i < 10; i++) {
      UUID b = fixture.person(team, LocalDate.of(2029, 6, 1), "LS7 2BB", "Male");
      fixture.conversation(b, 1, LocalDate.of(2029, 6, 10), "listen-and-connect");
      fixture.conversation(
          b, 2, i < 6 ? LocalDate.of(2029, 12, 1) : LocalDate.of(2029, 9, 1), "good-life");
      fixture.conversation(b, 3, LocalDate.of(2030, 2, 1), "listen-and-connect");
      if (i < 6) {
        LocalDate agreed = LocalDate.of(2029, 7, 1);
        LocalDate due = LocalDate.of(2030, 1, 1);
        if (i < 3) {
          fixture.plan(b, agreed, due, "NETWORK", "COMMUNITY");
        } else {
          fixture.plan(b, agreed, due, "COMMISSIONED");
        }
      }
    }
    for (int i = 0; i < 5; i++) {
      UUID c = fixture.person(team, LocalDate.of(2029, 11, 1), "LS6 3CC", "Female");
      fixture.conversation(c, 1, LocalDate.of(2029, 11, 11), "listen-and-connect");
    }
    for (int daysAgo : new int[] {5, 10, 21, 45, 73, 104, -16}) {
      fixture.person(team, TODAY.minusDays(daysAgo), "LS6 4DD", "Female");
    }

    // Period edges: five first conversations on the first day, five on the last, five the day
    // before the period (the period before's last day) and five the day after (in neither).
    edgeTeam = fixture.team("Flow edges");
    for (LocalDate day : new LocalDate[] {FROM, TO, FROM.minusDays(1), TO.plusDays(1)}) {
      for (int i = 0; i < 5; i++) {
        UUID e = fixture.person(edgeTeam, day.minusDays(2), "LS1 1AA", "Male");
        fixture.conversation(e, 1, day, "listen-and-connect");
      }
    }

    // Cohorts: 20 people first asked 10 October 2029 (12 with a plan a month later); 20 on
    // 10 February 2030, after the change on 1 January 2030 (8 with a plan a month later).
    cohortTeam = fixture.team("Flow cohorts");
    for (int i = 0; i < 40; i++) {
      boolean before = i < 20;
      LocalDate first = before ? LocalDate.of(2029, 10, 10) : LocalDate.of(2030, 2, 10);
      UUID k = fixture.person(cohortTeam, first.minusDays(3), "LS9 9ZZ", "Female");
      fixture.conversation(k, 1, first, "listen-and-connect");
      if (before ? i < 12 : i < 28) {
        fixture.plan(k, first.plusMonths(1), first.plusYears(1), "NETWORK");
      }
    }
    refresh.refresh();
  }

  UUID cohortTeam;
  @Autowired CohortOutcomes cohorts;

  @Test
  void eachMonthsCohortHasTheShareWhoWentOnToLongTermSupport() {
    LocalDate today = LocalDate.of(2031, 3, 1);
    FlowFilters team = new FlowFilters(cohortTeam, null, null, null, null, null);
    Map<String, String> byMonth = new LinkedHashMap<>();
    cohorts
        .cohorts(today, team)
        .forEach(
            c ->
                byMonth.put(
                    c.month().toString(),
                    c.people().text()
                        + " "
                        + c.within().stream()
                            .map(CohortOutcomes.Share::text)
                            .collect(java.util.stream.Collectors.joining("/"))));
    assertThat(byMonth)
        .containsEntry("2029-10", "20 60/60/60")
        .containsEntry("2030-02", "20 40/40/40")
        .containsEntry("2030-03", "0 //"); // no one: nothing to work out
    // A month followed for less than the window is not yet known.
    var recent = cohorts.cohorts(LocalDate.of(2030, 4, 15), team);
    var february = recent.stream().filter(c -> c.month().toString().equals("2030-02")).findFirst();
    assertThat(february.orElseThrow().within().get(0).known()).isFalse(); // 28 Feb + 3 months
  }

  @Test
  void beforeAndAfterTheChangeAndTheCostAvoidedFollowTheHandWorkedValues() {
    var comparisons =
        cohorts.beforeAndAfter(
            LocalDate.of(2030, 1, 1),
            LocalDate.of(2031, 3, 1),
            new FlowFilters(cohortTeam, null, null, null, null, null));
    assertThat(comparisons)
        .extracting(
            c ->
                c.months()
                    + ": "
                    + c.beforePeopleShown().text()
                    + " "
                    + c.beforeShare().text()
                    + " / "
                    + c.afterPeopleShown().text()
                    + " "
                    + c.afterShare().text())
        .containsExactly("3: 20 60 / 20 40", "6: 20 60 / 20 40", "12: 20 60 / 20 40");
    // Expected after at the rate before: 20 x 12/20 = 12; there were 8; 4 avoided x £250 x 52.
    var cost =
        CohortOutcomes.costAvoided(comparisons.get(1), new java.math.BigDecimal("250.00"), 52);
    assertThat(cost.expectedStarts().text()).isEqualTo("12");
    assertThat(cost.avoidedStarts().text()).isEqualTo("4");
    assertThat(cost.cost().text()).isEqualTo("52000");
  }

  @Test
  void theFiguresAreKeptUntilTheReadModelIsRebuilt() {
    FlowFixture fixture = new FlowFixture(jdbc);
    FlowFilters kept = new FlowFilters(fixture.team("Flow kept"), null, null, null, null, null);
    FlowOfDemand.Figures before = flow.figures(FROM, TO, TODAY, kept);
    assertThat(flow.figures(FROM, TO, TODAY, kept)).isSameAs(before);

    for (int i = 0; i < 5; i++) {
      UUID person = fixture.person(kept.team(), FROM, "LS6 1AA", "Female");
      fixture.conversation(person, 1, FROM.plusDays(2), "listen-and-connect");
    }
    // Recorded, but the read model is as at its last rebuild: the kept figures still hold.
    assertThat(flow.figures(FROM, TO, TODAY, kept)).isSameAs(before);

    refresh.refresh();
    FlowOfDemand.Figures after = flow.figures(FROM, TO, TODAY, kept);
    assertThat(current(before)).containsEntry("requestsPerWeek", "0");
    assertThat(current(after)).containsEntry("daysToFirstMedian", "2");
  }

  private FlowOfDemand.Figures figures() {
    return flow.figures(FROM, TO, TODAY, new FlowFilters(team, null, null, null, null, null));
  }

  private static Map<String, String> current(FlowOfDemand.Figures figures) {
    Map<String, String> values = new LinkedHashMap<>();
    figures.period().forEach(row -> values.put(row.key(), row.current().text()));
    return values;
  }

  private static Map<String, String> previous(FlowOfDemand.Figures figures) {
    Map<String, String> values = new LinkedHashMap<>();
    figures.period().forEach(row -> values.put(row.key(), row.previous().text()));
    return values;
  }

  @Test
  void everyMeasureOfThePeriodIsTheHandWorkedValue() {
    FlowOfDemand.Figures figures = figures();
    assertThat(figures.previousFrom()).isEqualTo(LocalDate.of(2029, 10, 15));
    assertThat(figures.previousTo()).isEqualTo(LocalDate.of(2030, 1, 6));
    assertThat(current(figures))
        .containsEntry("requestsPerWeek", "1.7") // 20 requests / 12 weeks
        .containsEntry("newPerWeek", "0.8") // 10 / 12
        .containsEntry("repeatPerWeek", "0.8") // 10 / 12
        .containsEntry("repeat3", "30") // B1–B6: 6 of 20
        .containsEntry("repeat6", "50") // B1–B10: 10 of 20
        .containsEntry("daysToFirstMedian", "5") // 5th of 1..9, 40
        .containsEntry("daysToFirstP90", "9") // 9th of 10
        .containsEntry("ltsPerWeek", "0.4") // A6–A10's first plans: 5 / 12
        .containsEntry("crisisDaysMedian", "14") // middle of 7, 7, 14, 14, 21
        .containsEntry("handoversPerEpisode", "0.3"); // 5 / 20 = 0.25, shown to one place
  }

  @Test
  void thePeriodBeforeHasTheSameLengthAndItsOwnHandWorkedValues() {
    assertThat(previous(figures()))
        .containsEntry("requestsPerWeek", "0.4") // C1–C5: 5 / 12
        .containsEntry("newPerWeek", "0.4")
        .containsEntry("repeatPerWeek", "0")
        .containsEntry("repeat3", "0")
        .containsEntry("daysToFirstMedian", "10")
        .containsEntry("daysToFirstP90", "10")
        .containsEntry("ltsPerWeek", "0")
        .containsEntry("crisisDaysMedian", "") // no one in crisis: nothing to work out
        .containsEntry("handoversPerEpisode", "0");
  }

  @Test
  void episodesAreSharedOutByTheStageTheyEndedAt() {
    Map<String, String> shares = new LinkedHashMap<>();
    Map<String, String> before = new LinkedHashMap<>();
    figures()
        .stages()
        .forEach(
            stage -> {
              shares.put(stage.code(), stage.count().text() + " " + stage.share().text());
              before.put(stage.code(), stage.previousShare().text());
            });
    assertThat(shares)
        .containsEntry("listen-and-connect", "15 75") // A1–A5 and B1–B10 of 20
        .containsEntry("crisis", "0 0")
        .containsEntry("good-life", "5 25"); // A6–A10
    assertThat(before).containsEntry("listen-and-connect", "100").containsEntry("good-life", "0");
  }

  @Test
  void waitingReviewsAndPlansAreAsAtToday() {
    FlowOfDemand.Figures figures = figures();
    Map<String, String> now = new LinkedHashMap<>();
    figures.now().forEach(row -> now.put(row.key(), row.current().text()));
    assertThat(now)
        .containsEntry("waiting", "6") // W1–W6; the record opened after today is not waiting
        .containsEntry("waitingMedian", "21") // 3rd of 5, 10, 21, 45, 73, 104
        .containsEntry("reviewsOverdue", "8") // A6, A7 and B1–B6
        .containsEntry("networkShare", "54.5"); // A6–A8, B1–B3: 6 of 11 plans with lines
    // 2, 1, 2 and 1 people in the bands: each would reveal 1–4 people.
    assertThat(figures.waits())
        .allSatisfy(wait -> assertThat(wait.people().text()).isEqualTo("[c]"));
  }

  @Test
  void aWeekWithOneToFourRequestsIsHiddenAndZeroIsShown() {
    var weeks = figures().weeks();
    assertThat(weeks).hasSize(12);
    assertThat(weeks.get(0).total().text()).isEqualTo("6"); // A1–A6 on 8–13 January
    assertThat(weeks.get(1).total().text()).isEqualTo("[c]"); // A7–A9
    assertThat(weeks.get(1).newRequests().text()).isEqualTo("[c]");
    assertThat(weeks.get(3).repeats().text()).isEqualTo("10"); // B1–B10 on 1 February
    assertThat(weeks.get(5).total().text()).isEqualTo("[c]"); // A10 alone
    assertThat(weeks.get(2).total().text()).isEqualTo("0");
  }

  @Test
  void theFirstAndLastDaysAreInThePeriodAndTheDayBeforeInThePeriodBefore() {
    FlowOfDemand.Figures edges =
        flow.figures(FROM, TO, TODAY, new FlowFilters(edgeTeam, null, null, null, null, null));
    assertThat(current(edges)).containsEntry("requestsPerWeek", "0.8"); // 10 / 12
    assertThat(previous(edges)).containsEntry("requestsPerWeek", "0.4"); // 5 / 12
  }

  @Test
  void aFilterNarrowsEveryFigureToThePeopleItNames() {
    FlowOfDemand.Figures men =
        flow.figures(FROM, TO, TODAY, new FlowFilters(team, "LS7", null, null, null, "Male"));
    assertThat(current(men))
        .containsEntry("requestsPerWeek", "0.8") // B1–B10 only
        .containsEntry("newPerWeek", "0")
        .containsEntry("repeat6", "100") // 10 of 10
        // 6 of 10 would tell the reader that 4 were not: hidden
        .containsEntry("repeat3", "[c]");
    assertThat(flow.options().districts()).contains("LS6", "LS7");
  }
}
