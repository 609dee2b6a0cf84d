package org.strengths.conversation;

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
import org.strengths.person.People;
import org.strengths.testing.WebSession;

/** The admin pages for the lexicon and stage names, and handing a person over with a reason. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ConversationAdminAndHandoverTests {

  private static final String PASSWORD = "strengths-demo";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired People people;
  @Autowired StaffAccounts accounts;
  @Autowired LanguageCoach coach;

  @Test
  void anAdminAddsARetiresATermAndTheCoachFollowsAtOnce() {
    WebSession admin = WebSession.signedIn(port, "admin", PASSWORD);
    String term = "zq" + UUID.randomUUID().toString().substring(0, 6);
    admin.get("/admin/language-coach/new");

    HttpResponse<String> added =
        admin.post(
            "/admin/language-coach/new",
            Map.of("term", term, "suggestion", "better words", "explanation", "Because."));

    assertThat(added.statusCode()).isEqualTo(302);
    assertThat(coach.check("a " + term + " here")).extracting(LanguageFlag::term).contains(term);
    UUID id =
        jdbc.sql("SELECT id FROM language_lexicon WHERE term = :t")
            .param("t", term)
            .query(UUID.class)
            .single();
    admin.get("/admin/language-coach/" + id + "/edit");
    admin.post(
        "/admin/language-coach/" + id + "/edit",
        Map.of(
            "term",
            term,
            "suggestion",
            "better words",
            "explanation",
            "Because.",
            "version",
            "0",
            "_active",
            "on"));
    assertThat(coach.check("a " + term + " here")).isEmpty();
    assertThat(
            jdbc.sql("SELECT action FROM audit_entry WHERE section = 'lexicon' AND detail = :t")
                .param("t", term)
                .query(String.class)
                .list())
        .containsExactly("create", "retire");
  }

  @Test
  void refusesTheLexiconToPractitionersAndExplainsAMissingTerm() {
    WebSession practitioner = WebSession.signedIn(port, "practitioner", PASSWORD);
    assertThat(practitioner.get("/admin/language-coach").statusCode()).isEqualTo(403);

    WebSession admin = WebSession.signedIn(port, "admin", PASSWORD);
    admin.get("/admin/language-coach/new");
    HttpResponse<String> refused =
        admin.post("/admin/language-coach/new", Map.of("term", "", "suggestion", "x"));
    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body()).contains("Enter the term", "Enter why the term matters");
  }

  @Test
  void anAdminSeesTheStageNames() {
    WebSession admin = WebSession.signedIn(port, "admin", PASSWORD);

    HttpResponse<String> page = admin.get("/admin/conversation-stages");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("id=\"label-crisis\"");
    HttpResponse<String> refused =
        admin.post(
            "/admin/conversation-stages",
            Map.of("label-listen-and-connect", "", "label-crisis", "x", "label-good-life", "y"));
    assertThat(refused.body()).contains("Enter a name for the stage");
  }

  @Test
  void handsAPersonOverWithAReasonOnTheChronologyAndAudit() {
    StaffMember practitioner = ConversationTestData.staff(accounts, "practitioner");
    UUID person = ConversationTestData.personOf(people, practitioner);
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
            jdbc.sql("SELECT reason FROM conversation_handover WHERE person_id = :p")
                .param("p", person)
                .query(String.class)
                .single())
        .isEqualTo("Going on long leave");
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit_entry WHERE person_id = :p AND section ="
                        + " 'conversation' AND action = 'handover'")
                .param("p", person)
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }
}
