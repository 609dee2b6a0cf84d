package org.strengths.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.strengths.access.PersonDirectory;
import org.strengths.access.StaffAccounts;
import org.strengths.person.People;

/** Reconstructing a person's network on a past date from the snapshots kept at each save. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SnapshotsOnDatesTests {

  private static final ZoneId UK = ZoneId.of("Europe/London");
  private static final NetworkStore.Recorder BY = new NetworkStore.Recorder("test", "Test");

  @Autowired NetworkStore store;
  @Autowired Networks networks;
  @Autowired People people;
  @Autowired StaffAccounts accounts;
  @Autowired PersonDirectory directory;

  @Test
  void showsTheLatestSnapshotTakenByTheEndOfEachDay() {
    UUID person = UUID.randomUUID();
    Tie mary = tie("Mary");
    Tie dev = tie("Dev");
    store.snapshot(person, List.of(mary), BY, at(2025, 3, 1, 9));
    store.snapshot(person, List.of(mary, dev), BY, at(2025, 3, 1, 16));
    store.snapshot(person, List.of(dev), BY, at(2025, 5, 20, 10));

    assertThat(networks.tiesOn(person, LocalDate.of(2025, 2, 28))).isEmpty();
    assertThat(networks.recordedBy(person, LocalDate.of(2025, 2, 28))).isFalse();
    assertThat(networks.tiesOn(person, LocalDate.of(2025, 3, 1))).containsExactly(mary, dev);
    assertThat(networks.tiesOn(person, LocalDate.of(2025, 5, 19))).containsExactly(mary, dev);
    assertThat(networks.tiesOn(person, LocalDate.of(2025, 5, 20))).containsExactly(dev);
    assertThat(networks.snapshotDates(person))
        .containsExactly(LocalDate.of(2025, 5, 20), LocalDate.of(2025, 3, 1));
  }

  @Test
  void showsTheLastSavedOfSnapshotsTakenAtTheSameMoment() {
    UUID person = UUID.randomUUID();
    List<Tie> growing = new java.util.ArrayList<>();
    for (int i = 0; i < 10; i++) {
      growing.add(tie("Relationship " + i));
      store.snapshot(person, List.copyOf(growing), BY, at(2025, 3, 1, 9));
    }

    assertThat(networks.tiesOn(person, LocalDate.of(2025, 3, 1)))
        .containsExactlyElementsOf(growing);
  }

  @Test
  void usesUkDaysSoALateEveningSaveInSummerCountsForThatDay() {
    UUID person = UUID.randomUUID();
    Tie mary = tie("Mary");
    // 23:30 in London on 1 July is 22:30 UTC: still 1 July for the practitioner.
    store.snapshot(person, List.of(mary), BY, at(2025, 7, 1, 23).plusSeconds(30 * 60));

    assertThat(networks.tiesOn(person, LocalDate.of(2025, 7, 1))).containsExactly(mary);
  }

  @Test
  void givesDemoPeopleNetworksThatChangedOverTheYear() {
    UUID demoPerson =
        UUID.nameUUIDFromBytes(
            "strengths-demo-person-0".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    long withNetworks =
        java.util.stream.IntStream.range(0, 200)
            .mapToObj(
                i ->
                    UUID.nameUUIDFromBytes(
                        ("strengths-demo-person-" + i)
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8)))
            // The demo year of connections (connection module) adds community groups to many
            // people's
            // ecomaps; the networks this demo made have someone else in them.
            .filter(
                id ->
                    networks.members(id).stream()
                        .anyMatch(member -> member.kind() != TieKind.COMMUNITY_GROUP))
            .count();

    assertThat(directory.allocationOf(demoPerson)).isPresent();
    assertThat(withNetworks).isBetween(25L, 30L);
  }

  private static Tie tie(String label) {
    return new Tie(
        UUID.randomUUID(),
        label,
        TieKind.FAMILY,
        TieStrength.STRONG,
        false,
        SupportDirection.BOTH_WAYS,
        false);
  }

  private static java.time.Instant at(int year, int month, int day, int hour) {
    return LocalDate.of(year, month, day).atTime(hour, 0).atZone(UK).toInstant();
  }
}
