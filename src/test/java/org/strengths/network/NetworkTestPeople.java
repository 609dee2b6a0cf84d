package org.strengths.network;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.strengths.access.StaffAccounts;
import org.strengths.access.StaffMember;
import org.strengths.person.NewPerson;
import org.strengths.person.People;
import org.strengths.testing.RecordFixtures;

/** People and relationships for network tests, unlike any demo or other test data. */
final class NetworkTestPeople {

  private NetworkTestPeople() {}

  /** A new person allocated to {@code username}'s team with them as worker. */
  static UUID personOf(People people, StaffAccounts accounts, String username) {
    StaffMember worker = accounts.loadUserByUsername(username);
    NewPerson person =
        RecordFixtures.allocated(
            "Ada",
            name(),
            LocalDate.of(1950, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(10_000)),
            worker.teamId(),
            worker.id());
    return people.create(person, worker).personId().orElseThrow();
  }

  static String name() {
    StringBuilder name = new StringBuilder("Q");
    for (int i = 0; i < 9; i++) {
      name.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
    }
    return name.toString();
  }

  /** The fields of a complete "add a relationship" form. */
  static Map<String, String> relationship(String label) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("kind", "FAMILY");
    form.put("label", label);
    form.put("specificTie", "daughter");
    form.put("linkedPerson", "");
    form.put("strength", "STRONG");
    form.put("stressful", "no");
    form.put("direction", "BOTH_WAYS");
    form.put("contactFrequency", "WEEKLY");
    form.put("wantsChange", "YES");
    form.put("changeWanted", "See each other more often");
    form.put("givesCare", "yes");
    form.put("willing", "YES");
    form.put("able", "YES");
    form.put("impactOnThem", "");
    form.put("personAgrees", "YES");
    form.put("consentToContact", "YES");
    return form;
  }
}
