package org.strengths.person;

import java.time.LocalDate;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.strengths.access.StaffAccounts;
import org.strengths.access.StaffMember;
import org.strengths.testing.RecordFixtures;

/** Test data that cannot clash with the demo data or other tests' people. */
final class TestPeople {

  private TestPeople() {}

  /** A new person allocated to {@code worker} in their team. */
  static UUID personOf(People people, StaffMember worker) {
    NewPerson person =
        RecordFixtures.allocated("Ada", name(), dateOfBirth(), worker.teamId(), worker.id());
    return people.create(person, worker).id();
  }

  /** A demo member of staff as the principal the application would have after sign-in. */
  static StaffMember staff(StaffAccounts accounts, String username) {
    StaffMember loaded = accounts.loadUserByUsername(username);
    return StaffMember.of(
        loaded.id(), loaded.getUsername(), loaded.displayName(), loaded.role(), loaded.teamId());
  }

  /** A valid NHS number nobody else is likely to have. */
  static String nhsNumber() {
    Random random = ThreadLocalRandom.current();
    while (true) {
      String nine = String.format("%09d", random.nextInt(1_000_000_000));
      Integer check = NhsNumber.checkDigit(nine);
      if (check != null) {
        return nine + check;
      }
    }
  }

  /** A made-up name of random letters, unlike any real one. */
  static String name() {
    Random random = ThreadLocalRandom.current();
    StringBuilder name = new StringBuilder("Q");
    for (int i = 0; i < 9; i++) {
      name.append((char) ('a' + random.nextInt(26)));
    }
    return name.toString();
  }

  static LocalDate dateOfBirth() {
    return LocalDate.of(1930, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(25_000));
  }
}
