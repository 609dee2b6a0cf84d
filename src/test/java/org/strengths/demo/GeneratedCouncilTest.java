package org.strengths.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.strengths.access.StaffAccounts;
import org.strengths.access.StaffMember;
import org.strengths.insight.CldEvent;
import org.strengths.insight.CldForTests;
import org.strengths.insight.ClientLevelData;

@SpringBootTest
@ActiveProfiles("test")
class GeneratedCouncilTest {

  private static final String[] TABLES = {
    "access_team",
    "access_staff",
    "person",
    "conversation",
    "conversation_action",
    "network_member",
    "planning_plan",
    "planning_review"
  };

  @Autowired CouncilGenerator generator;
  @Autowired JdbcClient jdbc;
  @Autowired StaffAccounts staff;
  @Autowired Clock clock;
  @Autowired ClientLevelData clientLevelData;
  @Autowired ApplicationContext context;

  @Test
  void aCouncilOf2000PeopleOverAYearHasTheTotalsItsPlanStatesAndItsClientLevelData() {
    GeneratedCouncil council = new GeneratedCouncil(2_000, 1, 42);
    GeneratedCouncil.Totals totals = council.totals();
    Map<String, Long> before = counts();

    assertThat(generator.generate(council)).isTrue();

    Map<String, Long> after = counts();
    assertThat(after.get("access_team") - before.get("access_team")).isEqualTo(totals.teams());
    assertThat(after.get("access_staff") - before.get("access_staff")).isEqualTo(totals.staff());
    assertThat(after.get("person") - before.get("person")).isEqualTo(totals.people());
    assertThat(after.get("conversation") - before.get("conversation"))
        .isEqualTo(totals.conversations());
    assertThat(after.get("conversation_action") - before.get("conversation_action"))
        .isEqualTo(totals.agreedActions());
    assertThat(after.get("network_member") - before.get("network_member"))
        .isEqualTo(totals.relationships());
    assertThat(after.get("planning_plan") - before.get("planning_plan")).isEqualTo(totals.plans());
    assertThat(after.get("planning_review") - before.get("planning_review"))
        .isEqualTo(totals.reviews());
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM person WHERE created_by = 'generated'"
                        + " AND worker_id IS NOT NULL")
                .query(Long.class)
                .single())
        .isEqualTo(totals.allocatedToAWorker());

    // Staff of the load test can sign in and have work to see.
    StaffMember worker = staff.loadUserByUsername("worker001");
    assertThat(worker.getPassword()).startsWith("{bcrypt}");
    assertThat(
            jdbc.sql("SELECT count(*) FROM person WHERE worker_id = :id")
                .param("id", worker.id())
                .query(Long.class)
                .single())
        .isPositive();
    LocalDate today = LocalDate.now(clock.withZone(CouncilGenerator.LONDON));
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM planning_plan p JOIN person ps ON ps.id = p.person_id"
                        + " WHERE ps.created_by = 'generated' AND p.review_due_on < :today")
                .param("today", today)
                .query(Long.class)
                .single())
        .as("plans whose review is overdue")
        .isPositive();

    // Its CLD events, through the one path, are those stated in advance, kind by kind.
    GeneratedCouncil.CldTotals cld = council.cldTotals();
    List<UUID> generated =
        jdbc.sql("SELECT id FROM person WHERE created_by = 'generated'").query(UUID.class).list();
    List<CldEvent> events = clientLevelData.eventsOf(generated, today);
    assertThat(count(events, e -> e.eventType().equals(CldEvent.REQUEST)))
        .isEqualTo(cld.requests());
    assertThat(count(events, e -> "Short Term Assessment".equals(e.assessmentType())))
        .isEqualTo(cld.shortTermAssessments());
    assertThat(
            count(
                events,
                e -> "Long Term Assessment".equals(e.assessmentType()) && e.clientType() == null))
        .isEqualTo(cld.longTermAssessments());
    assertThat(count(events, e -> CldEvent.CARER.equals(e.clientType())))
        .isEqualTo(cld.carersAssessments());
    assertThat(
            count(events, e -> e.serviceType() != null && e.serviceType().startsWith("Long Term")))
        .isEqualTo(cld.longTermServices());
    assertThat(count(events, e -> "Short Term Support: ST-Max".equals(e.serviceType())))
        .isEqualTo(cld.shortTermServices());
    assertThat(count(events, e -> e.eventType().equals(CldEvent.SERVICE) && e.endDate() != null))
        .isEqualTo(cld.servicesEnded());
    assertThat(count(events, e -> e.eventType().equals(CldEvent.REVIEW))).isEqualTo(cld.reviews());
    assertThat(events).hasSize((int) cld.events());
    assertThat(cld.requests() * cld.shortTermAssessments() * cld.longTermAssessments())
        .as("every kind is there")
        .isPositive();
    assertThat(cld.carersAssessments() * cld.shortTermServices() * cld.servicesEnded())
        .isPositive();
    assertThat(events)
        .filteredOn(e -> e.eventType().equals(CldEvent.SERVICE))
        .allSatisfy(
            service -> {
              assertThat(service.unitCost()).isPositive();
              assertThat(service.costFrequency()).isIn("Hourly", "Weekly");
            });

    // People die (ADR 0169) as stated in advance, after everything else on their record: no event
    // of theirs starts after the date of death and none of their services is open after it.
    Map<UUID, LocalDate> deaths =
        jdbc
            .sql(
                "SELECT id, date_of_death FROM person WHERE created_by = 'generated'"
                    + " AND date_of_death IS NOT NULL")
            .query(
                (rs, row) ->
                    Map.entry(
                        rs.getObject("id", UUID.class),
                        rs.getObject("date_of_death", LocalDate.class)))
            .list()
            .stream()
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    assertThat((long) deaths.size()).isEqualTo(council.deaths()).isPositive();
    assertThat(events)
        .filteredOn(e -> deaths.containsKey(e.personId()))
        .isNotEmpty()
        .allSatisfy(
            e -> {
              LocalDate died = deaths.get(e.personId());
              assertThat(e.startDate()).isBeforeOrEqualTo(died);
              if (e.eventType().equals(CldEvent.SERVICE)) {
                assertThat(e.endDate()).isNotNull().isBeforeOrEqualTo(died);
              }
            });

    // The last quarter's extract passes the checks NHS England makes, but for the one person in
    // ten the generator leaves without an NHS number, as real records are.
    Set<String> references = events.stream().map(CldEvent::reference).collect(Collectors.toSet());
    Map<String, Long> problems =
        CldForTests.problems(context, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30)).stream()
            .filter(p -> p.reference() != null && references.contains(p.reference()))
            .collect(Collectors.groupingBy(CldForTests.Problem::key, Collectors.counting()));
    assertThat(problems).containsOnlyKeys("insight.problem.noNhsNumber");

    // A second run adds nothing.
    assertThat(generator.generate(council)).isFalse();
    assertThat(counts()).isEqualTo(after);
  }

  @Test
  void aCouncilsTotalsAreStatedInAdvanceWhateverTheSeed() {
    GeneratedCouncil.Totals totals = new GeneratedCouncil(500, 2, 1).totals();

    assertThat(totals).isEqualTo(new GeneratedCouncil(500, 2, 99).totals());
    assertThat(totals.teams()).isEqualTo(2);
    assertThat(totals.staff()).isEqualTo(102);
    assertThat(totals.allocatedToAWorker()).isEqualTo(10);
  }

  @Test
  void everyEightiethPersonDiesAfterTheirFirstReviewAndTheirLastConversation() {
    GeneratedCouncil council = new GeneratedCouncil(200_000, 2, 1);
    long deaths = 0;
    for (int i = 0; i < council.people(); i++) {
      if (!council.died(i)) {
        continue;
      }
      deaths++;
      assertThat(council.allocated(i) || council.carer(i) || council.carer(i + 4)).isFalse();
      assertThat(council.reviews(i)).isEqualTo(1);
      assertThat(council.diedDaysAgo(i)).isPositive();
      assertThat(council.conversations(i)).isEqualTo(2);
      // The second conversation, and what it agreed (due two weeks later), come before the death.
      assertThat(council.firstConversationDaysAgo(i) - council.secondConversationAfter(i) - 14)
          .isGreaterThan(council.diedDaysAgo(i));
    }
    // One in eighty of the 200,000 would be 2,500; those whose plan is too recent have not died
    // yet.
    assertThat(deaths).isEqualTo(council.deaths()).isBetween(1_250L, 2_500L);
  }

  @Test
  void aCouncilOf200000PeopleHasTwentyTeamsAndACaseloadOfAboutFortyEach() {
    GeneratedCouncil council = new GeneratedCouncil(200_000, 2, 1);

    assertThat(council.teams()).isEqualTo(20);
    assertThat(council.practitioners()).isEqualTo(100);
    assertThat(council.totals().allocatedToAWorker() / council.practitioners()).isEqualTo(40);
  }

  @Test
  void everyTeamHasAllocatedPeopleConversationsAndPlansAndEveryPractitionerACaseload() {
    GeneratedCouncil council = new GeneratedCouncil(200_000, 2, 1);
    int[][] caseloads = new int[council.teams()][council.practitionersPerTeam()];
    int[] conversations = new int[council.teams()];
    int[] plans = new int[council.teams()];
    for (int i = 0; i < council.people(); i++) {
      int team = council.team(i);
      if (council.allocated(i)) {
        caseloads[team][council.practitionerInTeam(i)]++;
      }
      conversations[team] += council.conversations(i);
      plans[team] += council.hasPlan(i) ? 1 : 0;
    }
    for (int t = 0; t < council.teams(); t++) {
      assertThat(conversations[t]).isGreaterThan(3_000);
      assertThat(plans[t]).isGreaterThan(700);
      for (int caseload : caseloads[t]) {
        assertThat(caseload).isBetween(20, 60);
      }
    }
  }

  @Test
  void afterTheGoLiveDateFewerFirstRequestsLeadToLongTermSupportAndFewerComeBack() {
    GeneratedCouncil council = new GeneratedCouncil(200_000, 2, 1);
    long[] asked = new long[2];
    long[] plans = new long[2];
    long[] twice = new long[2];
    long[] repeats = new long[2];
    long waiting = 0;
    for (int i = 0; i < council.people(); i++) {
      if (council.conversations(i) == 0) {
        waiting += council.firstConversationDaysAgo(i) < 1 ? 1 : 0;
        continue;
      }
      int after = council.afterGoLive(i) ? 1 : 0;
      if (!council.allocated(i) && council.firstConversationDaysAgo(i) > 120) {
        asked[after]++;
        plans[after] += council.hasPlan(i) ? 1 : 0;
      }
      if (!council.allocated(i) && council.conversations(i) == 2) {
        twice[after]++;
        repeats[after] += council.repeatRequest(i) ? 1 : 0;
      }
      if (council.hasPlan(i)) {
        assertThat(council.planAgreedDaysAgo(i))
            .isBetween(1, (int) council.firstConversationDaysAgo(i) - 14);
      }
    }
    // One in ten of the rest had a plan before, of the 3.8 in ten who asked (every 50th person
    // is allocated instead); a quarter of those do not after: 1/3.8 = 26.3%, then 19.7%.
    assertThat((double) plans[0] / asked[0]).isBetween(0.26, 0.27);
    assertThat((double) plans[1] / asked[1]).isBetween(0.19, 0.20);
    assertThat((double) repeats[0] / twice[0]).isBetween(0.32, 0.34); // a third
    assertThat((double) repeats[1] / twice[1]).isBetween(0.15, 0.17); // about a sixth
    assertThat(waiting).isPositive(); // opened in the last days: no conversation yet
  }

  @Test
  void afterTheGoLiveDateFewerLongTermServicesStartInTheSameNumberOfDays() {
    GeneratedCouncil council = new GeneratedCouncil(200_000, 2, 1);
    long goLive = council.goLiveDaysAgo();
    long[] starts = new long[2];
    for (int i = 0; i < council.people(); i++) {
      if (!council.hasPlan(i)) {
        continue;
      }
      int daysAgo = council.planAgreedDaysAgo(i);
      if (daysAgo > goLive + 90 && daysAgo <= goLive + 270) {
        starts[0]++;
      } else if (daysAgo > 90 && daysAgo <= 270) {
        starts[1]++;
      }
    }
    // 180 days each side, away from the go-live date and today: a quarter fewer after it.
    assertThat((double) starts[1] / starts[0]).isBetween(0.70, 0.80);
    assertThat(council.cldTotals()).isEqualTo(new GeneratedCouncil(200_000, 2, 99).cldTotals());
  }

  private static long count(List<CldEvent> events, Predicate<CldEvent> kind) {
    return events.stream().filter(kind).count();
  }

  private Map<String, Long> counts() {
    return Stream.of(TABLES)
        .collect(
            Collectors.toMap(
                Function.identity(),
                table -> jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single()));
  }
}
