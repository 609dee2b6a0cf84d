package org.strengths.connection;

import java.time.LocalDate;
import java.util.Random;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.strengths.access.StaffAccounts;
import org.strengths.access.StaffMember;
import org.strengths.person.CreatedPerson;
import org.strengths.person.NewPerson;
import org.strengths.person.People;
import org.strengths.testing.TestClock;

/** Test data of the tests' own: people, organisations, assets and partner accounts. */
final class Fixtures {

  private static final Random RANDOM = new Random();

  private final JdbcClient jdbc;
  private final People people;
  private final StaffAccounts accounts;
  private final PasswordEncoder passwords;

  Fixtures(JdbcClient jdbc, People people, StaffAccounts accounts, PasswordEncoder passwords) {
    this.jdbc = jdbc;
    this.people = people;
    this.accounts = accounts;
    this.passwords = passwords;
  }

  StaffMember staff(String username) {
    return accounts.loadUserByUsername(username);
  }

  /** A person allocated to the demo practitioner, with a phone, email, address and birthday. */
  UUID person() {
    StaffMember practitioner = staff("practitioner");
    CreatedPerson created =
        people.create(
            new NewPerson(
                "Margaret",
                "Hill" + letters(),
                "Peggy",
                null,
                LocalDate.of(1941, 5, 4),
                null,
                "1 Leeds Road",
                null,
                "Leeds",
                "LS7 3AA",
                "0113 496 0000",
                "peggy@example.org",
                null,
                null,
                "English",
                false,
                null,
                null,
                false,
                practitioner.teamId(),
                practitioner.id()),
            practitioner);
    if (!created.isCreated()) {
      throw new IllegalStateException("Test person refused: " + created.errors());
    }
    return created.id();
  }

  UUID organisation(String name) {
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
            INSERT INTO community_organisation (id, name, created_at, created_by, updated_at,
              updated_by)
            VALUES (?, ?, ?, 'test', ?, 'test')
            """)
        .params(id, name, TestClock.offsetNow(), TestClock.offsetNow())
        .update();
    return id;
  }

  UUID asset(UUID organisationId, String name) {
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
            INSERT INTO community_asset (id, kind, name, organisation_id, how_to_connect, email,
              created_at, created_by, updated_at, updated_by)
            VALUES (?, 'SERVICE', ?, ?, 'INTRODUCTION', 'hello@example.org', ?, 'test', ?, 'test')
            """)
        .params(id, name, organisationId, TestClock.offsetNow(), TestClock.offsetNow())
        .update();
    return id;
  }

  /** A partner account for the organisation, with the demo password; returns its username. */
  String partner(UUID organisationId) {
    String username = "partner-" + letters().toLowerCase();
    jdbc.sql(
            """
            INSERT INTO access_staff (id, username, display_name, password_hash, role,
              organisation_id)
            VALUES (?, ?, 'Other Partner', ?, 'PARTNER', ?)
            """)
        .params(UUID.randomUUID(), username, passwords.encode("strengths-demo"), organisationId)
        .update();
    return username;
  }

  static String letters() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      text.append((char) ('a' + RANDOM.nextInt(26)));
    }
    return text.toString();
  }
}
