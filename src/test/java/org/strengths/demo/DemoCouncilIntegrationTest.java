package org.strengths.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.strengths.access.BreakGlass;
import org.strengths.access.PersonDirectory;
import org.strengths.access.StaffAccounts;
import org.strengths.access.Teams;
import org.strengths.assessment.NeedsAssessments;
import org.strengths.assessment.NeedsAssessments.Stage;
import org.strengths.carer.CarerRecords;
import org.strengths.connection.ConnectionRecords;
import org.strengths.conversation.ConversationRecords;
import org.strengths.demo.DemoCast.Member;
import org.strengths.demo.DemoStories.Part;
import org.strengths.insight.CldForTests;
import org.strengths.person.Chronology;
import org.strengths.person.People;
import org.strengths.planning.SupportPlans;

@SpringBootTest
@ActiveProfiles("test")
class DemoCouncilIntegrationTest {

  @Autowired DemoCouncil council;
  @Autowired People people;
  @Autowired PersonDirectory directory;
  @Autowired StaffAccounts staff;
  @Autowired Teams teams;
  @Autowired ConversationRecords conversations;
  @Autowired NeedsAssessments assessments;
  @Autowired SupportPlans plans;
  @Autowired ConnectionRecords connections;
  @Autowired CarerRecords carers;
  @Autowired BreakGlass breakGlass;
  @Autowired Chronology chronology;
  @Autowired Clock clock;
  @Autowired ApplicationContext context;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

  DemoCast cast;
  List<Member> caseload;
  LocalDate today;

  @BeforeEach
  void castAsTheDemoMadeIt() {
    List<UUID> demoPeople =
        IntStream.range(0, 200)
            .mapToObj(
                i ->
                    UUID.nameUUIDFromBytes(
                        ("strengths-demo-person-" + i).getBytes(StandardCharsets.UTF_8)))
            .toList();
    cast = new DemoCast(demoPeople, people, directory, staff);
    caseload = cast.caseloadOf(cast.practitioner);
    today = LocalDate.now(clock.withZone(DemoStories.LONDON));
  }

  private UUID person(Part part) {
    return caseload.get(part.index).id();
  }

  @Test
  void theDemoPersonWhoDiedHasTheirPlanAndHomeCareEndedOnTheDateOfDeathAndNoReviewDue() {
    var died =
        jdbc.sql(
                "SELECT id, date_of_death FROM person"
                    + " WHERE created_by = 'demo' AND date_of_death IS NOT NULL")
            .query()
            .singleRow();
    UUID id = (UUID) died.get("id");
    LocalDate on = ((java.sql.Date) died.get("date_of_death")).toLocalDate();

    var plan =
        jdbc.sql(
                "SELECT status, ended_by_death_on, review_due_on FROM planning_plan"
                    + " WHERE person_id = :id")
            .param("id", id)
            .query()
            .singleRow();
    assertThat(plan.get("status")).isEqualTo("AGREED");
    assertThat(((java.sql.Date) plan.get("ended_by_death_on")).toLocalDate()).isEqualTo(on);
    assertThat(plan.get("review_due_on")).isNull();
    assertThat(
            jdbc.sql(
                    "SELECT end_on FROM planning_support_line"
                        + " WHERE person_id = :id AND kind = 'COMMISSIONED'")
                .param("id", id)
                .query(LocalDate.class)
                .list())
        .containsExactly(on);
  }

  @Test
  void somePeopleHaveHadConversationsOnly() {
    UUID id = person(Part.CONVERSATIONS_ONLY);

    assertThat(conversations.count(id)).isGreaterThanOrEqualTo(2);
    assertThat(assessments.forPerson(id)).isEmpty();
    assertThat(plans.current(id)).isEmpty();
  }

  @Test
  void theDemoPractitionerHasAgreedActionsOverdueAndDueSoon() {
    List<ConversationRecords.Action> mine =
        caseload.stream()
            .flatMap(member -> conversations.agreedActions(member.id()).stream())
            .filter(action -> action.who().equals("practitioner") && action.byWhen() != null)
            .toList();

    assertThat(mine).anyMatch(action -> action.byWhen().isBefore(today));
    assertThat(mine)
        .anyMatch(
            action ->
                !action.byWhen().isBefore(today) && action.byWhen().isBefore(today.plusDays(7)));
  }

  @Test
  void anAssessmentWithASignedOffDeterminationLedToAnAgreedPlanWithReviewsDone() {
    UUID id = person(Part.REVIEWS_DONE);

    assertThat(assessments.forPerson(id))
        .anyMatch(
            a -> a.eligibility() == Stage.SIGNED_OFF && Boolean.TRUE.equals(a.decidedEligible()));
    SupportPlans.State plan = plans.current(id).orElseThrow();
    assertThat(plan.agreed()).isTrue();
    assertThat(plan.startedOn()).isBefore(today.minusYears(1));
    assertThat(plan.supportLines()).isEqualTo(3);
    assertThat(plans.reviewsHeld(id)).isEqualTo(2);
    assertThat(plan.reviewDueOn()).isAfter(today);
  }

  @Test
  void anAgreedPlanHasItsReviewOverdue() {
    UUID id = person(Part.REVIEW_OVERDUE);

    SupportPlans.State plan = plans.current(id).orElseThrow();
    assertThat(plan.agreed()).isTrue();
    assertThat(plans.reviewsHeld(id)).isZero();
    assertThat(plan.reviewDueOn()).isBefore(today);
  }

  @Test
  void aBudgetBelowTheIndicativeAmountWaitsForTheManager() {
    SupportPlans.State plan = plans.current(person(Part.BUDGET_AWAITING_SIGN_OFF)).orElseThrow();

    assertThat(plan.agreed()).isFalse();
    assertThat(plan.budgetWaitsForSignOff()).isTrue();
  }

  @Test
  void oneAssessmentWaitsForSignOffAndAnotherWasReturnedToThePractitioner() {
    assertThat(assessments.forPerson(person(Part.AWAITING_SIGN_OFF)))
        .extracting(NeedsAssessments.Summary::eligibility)
        .containsExactly(Stage.SUBMITTED);
    assertThat(assessments.forPerson(person(Part.RETURNED)))
        .extracting(NeedsAssessments.Summary::eligibility)
        .containsExactly(Stage.RETURNED);
  }

  @Test
  void connectionsToTheDemoPartnerAreSentAcceptedWithMessagesAndDeclined() {
    assertThat(connections.forPerson(person(Part.CONNECTION_SENT)))
        .extracting(ConnectionRecords.Summary::status)
        .containsExactly("SENT");
    assertThat(connections.forPerson(person(Part.CONNECTION_ACCEPTED)))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.status()).isEqualTo("ACCEPTED");
              assertThat(c.messages()).isEqualTo(2);
            });
    assertThat(connections.forPerson(person(Part.CONNECTION_DECLINED)))
        .extracting(ConnectionRecords.Summary::status)
        .containsExactly("DECLINED");
  }

  @Test
  void carersHaveTheirOwnAssessments() {
    long carersAssessed =
        caseload.stream().limit(8).filter(m -> carers.assessmentsOf(m.id()) > 0).count();

    assertThat(carersAssessed).isEqualTo(4);
  }

  @Test
  void aCarerInNorthLocalityHasADirectPaymentSoTheCarersPartsOfAscof3DHaveFigures() {
    long carersWithTheirOwnPlan =
        cast.everyone.stream()
            .filter(m -> carers.assessmentsOf(m.id()) > 0)
            .filter(m -> plans.current(m.id()).isPresent())
            .count();
    // the last complete quarter on the test clock (14 July 2026), as the measures page opens
    LocalDate from = LocalDate.of(2026, 4, 1);
    LocalDate to = LocalDate.of(2026, 6, 30);

    assertThat(carersWithTheirOwnPlan).isPositive();
    assertThat(
            CldForTests.value(
                context,
                from,
                to,
                "ASCOF-3D-carers",
                "Part 2b outcome (%)",
                "18 and over or age unknown"))
        .isNotNull()
        .isPositive();
  }

  @Test
  void aBreakGlassWaitsForTheNorthManagersReview() {
    assertThat(breakGlass.peopleWaitingForReview(cast.northManager.teamId()))
        .contains(person(Part.BREAK_GLASS));
  }

  @Test
  void aConversationWasLeftAsADraft() {
    assertThat(conversations.drafts(person(Part.DRAFT))).isEqualTo(1);
  }

  @Test
  void northLocalityHasPeopleWaitingForAFirstConversationSomeWithoutAWorker() {
    UUID north = cast.northManager.teamId();
    List<Member> waiting =
        cast.everyone.stream()
            .filter(m -> north.equals(m.teamId()))
            .filter(m -> conversations.count(m.id()) == 0)
            .toList();

    assertThat(waiting).anyMatch(m -> m.workerId() == null);
    assertThat(waiting).anyMatch(m -> cast.practitioner.id().equals(m.workerId()));
  }

  @Test
  void datesAreSpreadOverTheLastTwoYears() {
    List<Instant> moments =
        cast.everyone.stream()
            .flatMap(m -> chronology.entries(m.id()).stream())
            .map(Chronology.Entry::occurredAt)
            .toList();
    Instant now = clock.instant();

    assertThat(moments).anyMatch(at -> at.isBefore(now.minus(550, ChronoUnit.DAYS)));
    assertThat(moments).anyMatch(at -> at.isAfter(now.minus(7, ChronoUnit.DAYS)));
    assertThat(moments).allMatch(at -> !at.isAfter(now));
  }

  @Test
  void aSecondStartAddsNothing() {
    long before = totalRecords();
    int teamsBefore = teams.all().size();

    boolean added = council.seed();

    assertThat(added).isFalse();
    assertThat(teams.all()).hasSize(teamsBefore);
    assertThat(totalRecords()).isEqualTo(before);
  }

  private long totalRecords() {
    return cast.everyone.stream()
        .mapToLong(
            m ->
                conversations.count(m.id())
                    + assessments.forPerson(m.id()).size()
                    + connections.forPerson(m.id()).size()
                    + carers.assessmentsOf(m.id())
                    + plans.reviewsHeld(m.id())
                    + plans.current(m.id()).map(p -> 1 + p.outcomes() + p.supportLines()).orElse(0)
                    + chronology.entries(m.id()).size())
        .sum();
  }
}
