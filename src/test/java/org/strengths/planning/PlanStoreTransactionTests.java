package org.strengths.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.test.context.ActiveProfiles;
import org.strengths.access.StaffAccounts;
import org.strengths.access.StaffMember;
import org.strengths.network.Answer;
import org.strengths.network.CarerCheck;
import org.strengths.person.People;
import org.strengths.platform.statute.WellbeingArea;

/** A change to a plan that fails half-way is not saved at all. */
@SpringBootTest
@ActiveProfiles("test")
class PlanStoreTransactionTests {

  @Autowired PlanStore store;
  @Autowired People people;
  @Autowired StaffAccounts accounts;
  @Autowired Clock clock;

  @Test
  void aChangeToALineOfHelpThatFailsHalfWayLeavesTheLineAsItWas() {
    StaffMember staff = PlanningTestPeople.staff(accounts, "practitioner");
    UUID person = PlanningTestPeople.allocatedTo(people, staff);
    Plan plan =
        store
            .plan(store.insertPlan(person, LocalDate.now(clock), staff.getUsername()))
            .orElseThrow();
    UUID bowling = store.insertOutcome(plan, outcome("Back to the bowling club"), "test");
    UUID lineId = store.insertLine(plan, line("Practises bowling", List.of(bowling)), "test");
    SupportLine before = store.line(lineId).orElseThrow();

    // The line's row is updated and its outcomes deleted before linking an outcome that does
    // not exist fails.
    assertThatThrownBy(
            () ->
                store.updateLine(
                    lineId,
                    before.version(),
                    line("Plays bowls at the club", List.of(bowling, UUID.randomUUID())),
                    "test"))
        .isInstanceOf(DataIntegrityViolationException.class);

    SupportLine after = store.line(lineId).orElseThrow();
    assertThat(after.help()).isEqualTo("Practises bowling");
    assertThat(after.version()).isEqualTo(before.version());
    assertThat(after.outcomeIds()).containsExactly(bowling);
  }

  @Test
  void aNewLineOfHelpThatFailsHalfWayIsNotSavedAtAll() {
    StaffMember staff = PlanningTestPeople.staff(accounts, "practitioner");
    UUID person = PlanningTestPeople.allocatedTo(people, staff);
    Plan plan =
        store
            .plan(store.insertPlan(person, LocalDate.now(clock), staff.getUsername()))
            .orElseThrow();

    assertThatThrownBy(
            () ->
                store.insertLine(
                    plan, line("Practises bowling", List.of(UUID.randomUUID())), "test"))
        .isInstanceOf(DataIntegrityViolationException.class);

    assertThat(store.lines(plan.id())).isEmpty();
  }

  private static Outcome outcome(String words) {
    return new Outcome(
        null,
        null,
        null,
        words,
        List.of(WellbeingArea.PARTICIPATION),
        List.of(),
        null,
        null,
        List.of(),
        null,
        0,
        0);
  }

  private static SupportLine line(String help, List<UUID> outcomeIds) {
    return new SupportLine(
        null,
        null,
        SupportKind.PERSON,
        help,
        null,
        null,
        new CarerCheck(false, Answer.NOT_ASKED, Answer.NOT_ASKED, null, Answer.NOT_ASKED),
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        outcomeIds,
        0);
  }
}
