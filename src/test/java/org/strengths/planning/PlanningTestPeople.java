package org.strengths.planning;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.strengths.access.StaffAccounts;
import org.strengths.access.StaffMember;
import org.strengths.person.CreatedPerson;
import org.strengths.person.NewPerson;
import org.strengths.person.People;
import org.strengths.testing.RecordFixtures;

/** People for planning tests, allocated to a demo practitioner, unlike anyone else's. */
final class PlanningTestPeople {

  private PlanningTestPeople() {}

  static StaffMember staff(StaffAccounts accounts, String username) {
    StaffMember loaded = accounts.loadUserByUsername(username);
    return StaffMember.of(
        loaded.id(), loaded.getUsername(), loaded.displayName(), loaded.role(), loaded.teamId());
  }

  static UUID allocatedTo(People people, StaffMember worker) {
    String last = "Planq" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    NewPerson typed =
        RecordFixtures.allocated(
            "Mabel", last, LocalDate.of(1941, 5, 17), worker.teamId(), worker.id());
    CreatedPerson created = people.create(typed, worker);
    if (!created.isCreated()) {
      throw new IllegalStateException(created.errors().toString());
    }
    return created.id();
  }
}
