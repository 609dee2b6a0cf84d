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

  @Test
  void theLongestAllocatedComeFirstByTheirLatestAllocationChangeAndTiesAreBrokenById() {
    StaffMember worker = TestPeople.staff(accounts, "practitioner");
    Instant day = Instant.parse("2026-01-10T09:00:00Z");
    UUID addedLongAgo = person(worker, day.minusSeconds(86_400 * 30));
    UUID addedLongAgoButMovedYesterday = person(worker, day.minusSeconds(86_400 * 40));
    allocationChanged(addedLongAgoButMovedYesterday, day.minusSeconds(86_400));
    UUID tiedA = person(worker, day.minusSeconds(86_400 * 10));
    UUID tiedB = person(worker, day.minusSeconds(86_400 * 10));
    UUID newest = person(worker, day);
    List<UUID> tied = List.of(tiedA, tiedB).stream().sorted(Comparator.naturalOrder()).toList();

    List<UUID> all =
        ids(
            caseloads.allocatedLongest(
                List.of(newest, tiedB, addedLongAgoButMovedYesterday, tiedA, addedLongAgo), 10));
    List<UUID> firstTwo =
        ids(
            caseloads.allocatedLongest(
                List.of(newest, tiedB, addedLongAgoButMovedYesterday, tiedA, addedLongAgo), 2));

    assertThat(all)
        .containsExactly(
            addedLongAgo, tied.get(0), tied.get(1), addedLongAgoButMovedYesterday, newest);
    assertThat(firstTwo).containsExactly(addedLongAgo, tied.get(0));
    assertThat(caseloads.allocatedLongest(List.of(newest), 5).get(0).allocatedSince())
        .isEqualTo(day);
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

  private UUID person(StaffMember worker, Instant createdAt) {
    UUID id = TestPeople.personOf(people, worker);
    jdbc.sql("UPDATE person SET created_at = :at WHERE id = :id")
        .param("at", OffsetDateTime.ofInstant(createdAt, ZoneOffset.UTC))
        .param("id", id)
        .update();
    jdbc.sql("DELETE FROM person_change WHERE person_id = :id").param("id", id).update();
    return id;
  }

  private void allocationChanged(UUID id, Instant at) {
    jdbc.sql(
            """
            INSERT INTO person_change (person_id, changed_at, changed_by, changed_by_name, field,
              old_value, new_value)
            VALUES (:id, :at, 'test', 'Test', 'worker', NULL, NULL)
            """)
        .param("id", id)
        .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
        .update();
  }

  private static List<UUID> ids(List<Caseloads.Waiting> waiting) {
    return waiting.stream().map(Caseloads.Waiting::personId).toList();
  }
}
