package org.strengths.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

/** What "who has looked at my record" reads from the audit log, and what it leaves out. */
@SpringBootTest
@ActiveProfiles("test")
class RecordLooksTest {

  @Autowired AuditLog audit;
  @Autowired RecordLooks looks;
  @Autowired Teams teams;
  @Autowired StaffAccounts staff;

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  private StaffMember signedIn(String name, Role role, UUID team) {
    String username = "looks-" + ThreadLocalRandom.current().nextInt(1_000_000_000);
    staff.addDemoAccount(username, name, role, team, null);
    StaffMember member = staff.loadUserByUsername(username);
    SecurityContextHolder.getContext()
        .setAuthentication(
            new UsernamePasswordAuthenticationToken(member, null, member.getAuthorities()));
    return member;
  }

  @Test
  void listsStaffViewsAndChangesNewestFirstWithRoleTeamAndABreakGlassReasonOnly() {
    UUID person = UUID.randomUUID();
    UUID team = teams.add("Looks team " + ThreadLocalRandom.current().nextInt(1_000_000));
    signedIn("Asha Patel", Role.PRACTITIONER, team);
    audit.record(person, "plan", "view");
    audit.record(person, "plan", "change", "kept private", "detail kept private");
    audit.record(null, "search", "search", null, "name");
    audit.record(person, "record", "duplicate-warning");
    audit.record(UUID.randomUUID(), "plan", "view");
    signedIn("Ada Lee", Role.ADMIN, null);
    audit.record(person, "record", "break-glass", "Called by the hospital at night", null);
    audit.recordByThePerson(person, "my-home", "view", null);

    RecordLooks.Page page = looks.page(person, 1, 50);

    assertThat(page.looks())
        .extracting(RecordLooks.Look::section, RecordLooks.Look::action)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("record", "break-glass"),
            org.assertj.core.groups.Tuple.tuple("plan", "change"),
            org.assertj.core.groups.Tuple.tuple("plan", "view"));
    RecordLooks.Look breakGlass = page.looks().get(0);
    assertThat(breakGlass.breakGlass()).isTrue();
    assertThat(breakGlass.reason()).isEqualTo("Called by the hospital at night");
    assertThat(breakGlass.role()).isEqualTo(Role.ADMIN);
    assertThat(breakGlass.team()).isNull();
    RecordLooks.Look change = page.looks().get(1);
    assertThat(change.reason()).as("only a break-glass gives its reason").isNull();
    assertThat(change.role()).isEqualTo(Role.PRACTITIONER);
    assertThat(change.team()).startsWith("Looks team ");
    assertThat(change.staffName()).isEqualTo("Asha Patel");
    assertThat(page.more()).isFalse();
  }

  @Test
  void pagesOlderLooksAfterTheNewest() {
    UUID person = UUID.randomUUID();
    signedIn("Sam Green", Role.MANAGER, null);
    for (int i = 0; i < 5; i++) {
      audit.record(person, "plan", "view");
    }

    RecordLooks.Page first = looks.page(person, 1, 2);
    RecordLooks.Page last = looks.page(person, 3, 2);

    assertThat(first.looks()).hasSize(2);
    assertThat(first.more()).isTrue();
    assertThat(last.looks()).hasSize(1);
    assertThat(last.more()).isFalse();
    assertThat(looks.page(person, 0, 2).number()).isEqualTo(1);
  }

  @Test
  void listsLooksByARepresentativeOrACarerNamedAsRecordedButNeverThePersonsOwn() {
    UUID person = UUID.randomUUID();
    SecurityContextHolder.clearContext();
    audit.recordByThePerson(person, "my-home", "view", null);
    audit.recordBy(
        ActingFor.representative("Ali Raza, lasting power of attorney, for Nusrat"),
        person,
        "my-plan",
        "download",
        null);
    audit.recordBy(
        ActingFor.carer("Kim Lee, carer, for Nusrat"), person, "my-caring", "view", null);

    RecordLooks.Page page = looks.page(person, 1, 50);

    assertThat(page.looks())
        .extracting(RecordLooks.Look::actingFor)
        .containsExactly(
            ActingFor.carer("Kim Lee, carer, for Nusrat"),
            ActingFor.representative("Ali Raza, lasting power of attorney, for Nusrat"));
    assertThat(page.looks())
        .extracting(RecordLooks.Look::role, RecordLooks.Look::staffName, RecordLooks.Look::team)
        .containsOnly(org.assertj.core.groups.Tuple.tuple(null, null, null));
  }
}
