package org.strengths.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.strengths.access.StaffAccounts;
import org.strengths.access.StaffMember;

/** The look-ups behind My work's lists that must not read a whole team of a large council. */
@SpringBootTest
@ActiveProfiles("test")
class CaseloadsTests {

  @Autowired Caseloads caseloads;
  @Autowired People people;
  @Autowired StaffAccounts accounts;
  @Autowired JdbcClient jdbc;
  @Autowired PersonStore store;

  @Test
  void theLongestAllocatedComeFirstByTheirLatestAllocationAndTiesAreBrokenById() {
    StaffMember worker = TestPeople.staff(accounts, "practitioner");
    UUID team = UUID.randomUUID();
    Instant day = Instant.parse("2026-01-10T09:00:00Z");
    UUID addedLongAgo = person(worker, team, day.minusSeconds(86_400 * 30));
    UUID addedLongAgoButMovedYesterday = person(worker, team, day.minusSeconds(86_400 * 40));
    moved(addedLongAgoButMovedYesterday, team, day.minusSeconds(86_400));
    UUID tiedA = person(worker, team, day.minusSeconds(86_400 * 10));
    UUID tiedB = person(worker, team, day.minusSeconds(86_400 * 10));
    UUID newest = person(worker, team, day);
    List<UUID> tied = List.of(tiedA, tiedB).stream().sorted(Comparator.naturalOrder()).toList();

    Caseloads.WaitingQueue all = caseloads.waitingForFirstConversation(team, List.of(), 10);
    Caseloads.WaitingQueue firstTwo = caseloads.waitingForFirstConversation(team, List.of(), 2);

    assertThat(ids(all.longest()))
        .containsExactly(
            addedLongAgo, tied.get(0), tied.get(1), addedLongAgoButMovedYesterday, newest);
    assertThat(all.total()).isEqualTo(5);
    assertThat(ids(firstTwo.longest())).containsExactly(addedLongAgo, tied.get(0));
    assertThat(firstTwo.total()).isEqualTo(5);
    assertThat(all.longest())
        .extracting(Caseloads.Waiting::allocatedSince)
        .endsWith(day.minusSeconds(86_400), day);
  }

  @Test
  void aFirstConversationOrADeathTakesAPersonOffTheQueueAndAnOpenRequestPutsThemBack() {
    StaffMember worker = TestPeople.staff(accounts, "practitioner");
    UUID team = UUID.randomUUID();
    Instant day = Instant.parse("2026-01-10T09:00:00Z");
    UUID waiting = person(worker, team, day.minusSeconds(86_400 * 3));
    UUID heard = person(worker, team, day.minusSeconds(86_400 * 2));
    UUID askedAgain = person(worker, team, day.minusSeconds(86_400));
    UUID died = person(worker, team, day);
    UUID elsewhere = person(worker, UUID.randomUUID(), day);
    caseloads.firstConversationsHeld(List.of(heard, askedAgain, elsewhere));
    jdbc.sql("UPDATE person SET date_of_death = DATE '2026-01-09' WHERE id = :id")
        .param("id", died)
        .update();

    Caseloads.WaitingQueue queue =
        caseloads.waitingForFirstConversation(team, List.of(askedAgain, waiting, elsewhere), 10);

    assertThat(ids(queue.longest())).containsExactly(waiting, askedAgain);
    assertThat(queue.total()).isEqualTo(2);
  }

  @Test
  void namesInATeamLeaveOutPeopleOfOtherTeams() {
    StaffMember worker = TestPeople.staff(accounts, "practitioner");
    // practitioner2 works in another team of the demo council
    StaffMember elsewhere = TestPeople.staff(accounts, "practitioner2");
    assertThat(elsewhere.teamId()).isNotEqualTo(worker.teamId());
    UUID ours = TestPeople.personOf(people, worker);
    UUID theirs = TestPeople.personOf(people, elsewhere);

    Map<UUID, String> names = caseloads.namesInTeam(List.of(ours, theirs), worker.teamId());

    assertThat(names).containsOnlyKeys(ours);
    assertThat(names.get(ours)).startsWith("Ada ");
  }

  @Test
  void thoseInATeamLeaveOutPeopleOfOtherTeamsAndPeopleWhoHaveDied() {
    StaffMember worker = TestPeople.staff(accounts, "practitioner");
    UUID team = UUID.randomUUID();
    Instant day = Instant.parse("2026-01-10T09:00:00Z");
    UUID ours = person(worker, team, day);
    UUID died = person(worker, team, day);
    UUID elsewhere = person(worker, UUID.randomUUID(), day);
    jdbc.sql("UPDATE person SET date_of_death = DATE '2026-01-09' WHERE id = :id")
        .param("id", died)
        .update();

    List<Caseloads.Allocated> found = caseloads.inTeam(List.of(ours, died, elsewhere), team);

    assertThat(found).extracting(Caseloads.Allocated::personId).containsExactly(ours);
    assertThat(found.get(0).workerId()).isEqualTo(worker.id());
    assertThat(caseloads.inTeam(List.of(), team)).isEmpty();
  }

  @Test
  void aTeamsWorkloadIsCountedByWorkerAndThoseWithoutAWorkerComeLongestWaitingFirst() {
    StaffMember worker = TestPeople.staff(accounts, "practitioner");
    UUID team = UUID.randomUUID();
    Instant day = Instant.parse("2026-01-10T09:00:00Z");
    person(worker, team, day);
    person(worker, team, day);
    UUID waitingLongest = person(worker, team, day.minusSeconds(86_400 * 5));
    UUID waitingNewest = person(worker, team, day);
    UUID waitingBetween = person(worker, team, day.minusSeconds(86_400 * 2));
    UUID died = person(worker, team, day.minusSeconds(86_400 * 9));
    for (UUID id : List.of(waitingLongest, waitingNewest, waitingBetween, died)) {
      jdbc.sql("UPDATE person SET worker_id = NULL WHERE id = :id").param("id", id).update();
    }
    jdbc.sql("UPDATE person SET date_of_death = DATE '2026-01-09' WHERE id = :id")
        .param("id", died)
        .update();

    Caseloads.Workload workload = caseloads.workload(team);

    assertThat(workload.byWorker()).isEqualTo(Map.of(worker.id(), 2));
    assertThat(workload.withoutWorker()).isEqualTo(3);
    assertThat(ids(caseloads.withoutWorker(team, 2)))
        .containsExactly(waitingLongest, waitingBetween);
    assertThat(ids(caseloads.withoutWorker(team, 10)))
        .containsExactly(waitingLongest, waitingBetween, waitingNewest);
  }

  /** A person of the worker's alone in a team of the test's, added at the time given. */
  private UUID person(StaffMember worker, UUID team, Instant createdAt) {
    UUID id = TestPeople.personOf(people, worker);
    jdbc.sql("UPDATE person SET created_at = :at, team_id = :team WHERE id = :id")
        .param("at", OffsetDateTime.ofInstant(createdAt, ZoneOffset.UTC))
        .param("team", team)
        .param("id", id)
        .update();
    return id;
  }

  /** Moves the person to another worker in the team as an allocation does. */
  private void moved(UUID id, UUID team, Instant at) {
    assertThat(store.updateAllocation(store.allocationOf(id).orElseThrow(), team, null, "test", at))
        .isTrue();
  }

  private static List<UUID> ids(List<Caseloads.Waiting> waiting) {
    return waiting.stream().map(Caseloads.Waiting::personId).toList();
  }
}
