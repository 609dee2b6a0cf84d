package org.strengths.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.strengths.access.Role;
import org.strengths.access.StaffAccounts;
import org.strengths.access.StaffMember;
import org.strengths.access.Teams;
import org.strengths.network.PersonNetworks;
import org.strengths.person.People;
import org.strengths.planning.OwnWords;
import org.strengths.testing.RecordFixtures;
import org.strengths.testing.WebSession;

/**
 * "Changes people have asked for" on the practitioner's My work: the worker's people with a change
 * to their plan in their own words or to the people in their life waiting for a reply, each linking
 * to where it is accepted or declined, and gone once answered; nobody else's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChangesAskedPagesTest {

  static final String PASSWORD = "strengths-demo";

  @LocalServerPort int port;
  @Autowired Teams teams;
  @Autowired StaffAccounts staff;
  @Autowired People people;
  @Autowired JdbcClient jdbc;
  @Autowired OwnWords ownWords;
  @Autowired PersonNetworks networks;

  StaffMember worker;
  StaffMember colleague;

  @BeforeAll
  void team() {
    String suffix = String.valueOf(ThreadLocalRandom.current().nextInt(1_000_000));
    UUID team = teams.add("Changes team " + suffix);
    staff.addDemoAccount("changes-worker" + suffix, "Asha Patel", Role.PRACTITIONER, team, null);
    staff.addDemoAccount("changes-other" + suffix, "Tim Cole", Role.PRACTITIONER, team, null);
    worker = staff.loadUserByUsername("changes-worker" + suffix);
    colleague = staff.loadUserByUsername("changes-other" + suffix);
  }

  @Test
  void theWorkerSeesEachWaitingChangeOfTheirPeopleLinkedToWhereTheyAnswerIt() {
    RecordFixtures fixtures = new RecordFixtures(jdbc, people);
    RecordFixtures.Person zara = fixtures.person("Zara", worker);
    fixtures.agreedPlan(
        zara.id(),
        "To get to the allotment each week",
        LocalDate.of(2026, 6, 1),
        "PARTLY",
        "It is going well",
        LocalDate.of(2027, 5, 1),
        LocalDate.of(2027, 6, 1));
    OwnWords.Written proposed =
        ownWords.write(
            zara.id(),
            "Zara",
            OwnWords.Part.WHAT_MATTERS,
            null,
            "My grandchildren and my allotment",
            ownWords.mine(zara.id()).planVersion());
    assertThat(proposed.status()).isEqualTo(OwnWords.Status.PROPOSED);
    PersonNetworks.Suggested suggested =
        networks.suggestNew(zara.id(), "Maya", "FRIEND", null, "STRONG", "From the allotment");
    UUID suggestion = suggested.id().orElseThrow();

    String page = WebSession.signedIn(port, worker.getUsername(), PASSWORD).get("/").body();

    assertThat(page)
        .contains("Changes people have asked for (2)")
        .contains("href=\"/people/" + zara.id() + "/own-words\"")
        .contains("A change to their plan, in their own words")
        .contains("href=\"/people/" + zara.id() + "/network/suggestions/" + suggestion + "\"")
        .contains("A change to the people in their life")
        .contains(zara.displayName())
        .as("names and kinds only: the words wait on the record")
        .doesNotContain("My grandchildren and my allotment", "Maya");
    assertThat(WebSession.signedIn(port, colleague.getUsername(), PASSWORD).get("/").body())
        .as("only the worker's own people")
        .contains("Changes people have asked for (0)", "id=\"changes-asked-none\"")
        .doesNotContain("/people/" + zara.id() + "/own-words");

    assertThat(ownWords.acceptProposal(zara.id(), proposed.id(), worker)).isTrue();
    networks.confirm(zara.id(), suggestion, worker);

    assertThat(WebSession.signedIn(port, worker.getUsername(), PASSWORD).get("/").body())
        .as("answered, they leave the list")
        .contains("Changes people have asked for (0)", "id=\"changes-asked-none\"");
  }
}
