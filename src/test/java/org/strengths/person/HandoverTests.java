package org.strengths.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.strengths.access.StaffAccounts;
import org.strengths.access.StaffMember;
import org.strengths.testing.WebSession;

/** Handing a person over to another worker with a reason: allocation, chronology and audit. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class HandoverTests {

  private static final String PASSWORD = "strengths-demo";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired People people;
  @Autowired StaffAccounts accounts;

  @Test
  void handsAPersonOverWithAReasonOnTheChronologyAndAudit() {
    StaffMember practitioner = TestPeople.staff(accounts, "practitioner");
    UUID person = TestPeople.personOf(people, practitioner);
    UUID colleague =
        accounts.membersOf(practitioner.teamId()).stream()
            .filter(member -> !member.id().equals(practitioner.id()))
            .findFirst()
            .orElseThrow()
            .id();
    WebSession browser = WebSession.signedIn(port, "practitioner", PASSWORD);
    browser.get("/people/" + person + "/handover");

    HttpResponse<String> missingReason =
        browser.post(
            "/people/" + person + "/handover",
            Map.of("workerId", colleague.toString(), "seenWorkerId", practitioner.id().toString()));
    assertThat(missingReason.body()).contains("Enter the reason for the hand-over");

    HttpResponse<String> handed =
        browser.post(
            "/people/" + person + "/handover",
            Map.of(
                "workerId", colleague.toString(),
                "seenWorkerId", practitioner.id().toString(),
                "reason", "Going on long leave"));

    assertThat(handed.statusCode()).isEqualTo(302);
    assertThat(people.find(person).orElseThrow().workerId()).isEqualTo(colleague);
    assertThat(
            jdbc.sql("SELECT reason FROM person_handover WHERE person_id = :p")
                .param("p", person)
                .query(String.class)
                .single())
        .isEqualTo("Going on long leave");
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit_entry WHERE person_id = :p AND section ="
                        + " 'person' AND action = 'handover'")
                .param("p", person)
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }
}
