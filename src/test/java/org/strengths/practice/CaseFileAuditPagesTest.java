package org.strengths.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.strengths.person.People;
import org.strengths.testing.RecordFixtures;
import org.strengths.testing.WebSession;

/**
 * Case-file audits over real HTTP: a team with one worker and three people, an auditor and a
 * moderator from another team, a colleague of theirs who is not auditing, and a principal social
 * worker who sets the audit up.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseFileAuditPagesTest {

  static final String PASSWORD = "strengths-demo";

  @LocalServerPort int port;
  @Autowired Teams teams;
  @Autowired StaffAccounts staff;
  @Autowired People people;
  @Autowired JdbcClient jdbc;

  String suffix;
  UUID team;
  StaffMember worker;
  StaffMember auditor;
  StaffMember moderator;
  StaffMember bystander;
  StaffMember psw;
  List<RecordFixtures.Person> persons;

  @BeforeAll
  void team() {
    suffix = String.valueOf(ThreadLocalRandom.current().nextInt(1_000_000));
    team = teams.add("Audited team " + suffix);
    UUID other = teams.add("Auditing team " + suffix);
    worker = account("aud-worker", "Wren Hale", Role.PRACTITIONER, team);
    auditor = account("aud-auditor", "Ava Stone", Role.PRACTITIONER, other);
    moderator = account("aud-moderator", "Max Reed", Role.MANAGER, other);
    bystander = account("aud-bystander", "Bo Field", Role.PRACTITIONER, other);
    psw = account("aud-psw", "Pat Quinn", Role.PRINCIPAL_SOCIAL_WORKER, null);
    RecordFixtures fixtures = new RecordFixtures(jdbc, people);
    persons =
        List.of(
            fixtures.person("Alma", worker),
            fixtures.person("Bert", worker),
            fixtures.person("Cleo", worker));
    fixtures.conversation(
        persons.get(0).id(),
        1,
        LocalDate.of(2026, 6, 3),
        List.of("My garden", "My cat", "Church on Sunday"),
        null,
        List.of("Gardener", "Sings"),
        List.of(),
        null);
  }

  private StaffMember account(String username, String name, Role role, UUID team) {
    staff.addDemoAccount(username + suffix, name, role, team, null);
    return staff.loadUserByUsername(username + suffix);
  }

  private WebSession as(StaffMember member) {
    return WebSession.signedIn(port, member.getUsername(), PASSWORD);
  }

  private UUID setUp(long seed, int size) {
    return setUp(seed, size, auditor);
  }

  private UUID setUp(long seed, int size, StaffMember auditor) {
    return setUp(seed, size, auditor, team);
  }

  private UUID setUp(long seed, int size, StaffMember auditor, UUID team) {
    return setUp(seed, size, auditor, team, "5b0a7d1e-0140-4000-8000-000000000001");
  }

  private UUID setUp(long seed, int size, StaffMember auditor, UUID team, String template) {
    WebSession browser = as(psw);
    browser.get("/audits/new");
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("template", template);
    fields.put("team", team.toString());
    fields.put("month", "2026-06");
    fields.put("sampling", "RANDOM");
    fields.put("size", String.valueOf(size));
    fields.put("seed", String.valueOf(seed));
    fields.put("auditor", auditor.id().toString());
    fields.put("moderator", moderator.id().toString());
    HttpResponse<String> created = browser.post("/audits/new", fields);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
    return UUID.fromString(WebSession.location(created).substring("/audits/".length()));
  }

  private List<UUID> sampled(UUID audit) {
    return jdbc.sql(
            "SELECT person_id FROM practice_audit_record WHERE audit_id = :a ORDER BY position")
        .param("a", audit)
        .query(UUID.class)
        .list();
  }

  private long audited(StaffMember who, UUID person, String action) {
    return jdbc.sql(
            "SELECT count(*) FROM audit_entry WHERE username = :u AND section = 'case-file-audit'"
                + " AND action = :a AND person_id = :p")
        .param("u", who.getUsername())
        .param("a", action)
        .param("p", person)
        .query(Long.class)
        .single();
  }

  private static Map<String, String> scores(int low, String feedback) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (int q = 1; q <= 11; q++) {
      fields.put("score[" + q + "]", q == 1 ? String.valueOf(low) : "3");
      fields.put("narrative[" + q + "]", q == 1 ? "Few of her words are recorded" : "");
    }
    if (feedback != null) {
      fields.put("feedback", feedback);
    }
    return fields;
  }

  @Test
  void theSampleIsTheOneItsRecordedSeedDrawsSoItCanBeExplained() {
    UUID audit = setUp(20260601L, 2);

    List<UUID> frame = persons.stream().map(RecordFixtures.Person::id).toList();
    assertThat(sampled(audit)).containsExactlyElementsOf(AuditSampling.draw(frame, 20260601L, 2));
    HttpResponse<String> page = as(psw).get("/audits/" + audit);
    assertThat(page.body())
        .contains("2 of the team&#39;s 3 records, drawn from the number 20260601");
  }

  @Test
  void theAuditorSeesOnlyTheSampledRecordsAndOnlyUntilTheAuditCloses() {
    StaffMember auditor = account("aud-only", "Ola Penn", Role.PRACTITIONER, bystander.teamId());
    UUID audit = setUp(7L, 2, auditor);
    List<UUID> sample = sampled(audit);
    UUID inSample = sample.get(0);
    UUID outside =
        persons.stream()
            .map(RecordFixtures.Person::id)
            .filter(id -> !sample.contains(id))
            .findFirst()
            .orElseThrow();
    WebSession browser = as(auditor);
    long viewsBefore = audited(auditor, inSample, "view");
    long refusalsBefore = audited(bystander, inSample, "refused-view");

    HttpResponse<String> scoring = browser.get("/audits/" + audit + "/records/" + inSample);
    assertThat(scoring.statusCode()).isEqualTo(200);
    assertThat(scoring.body()).contains("Evidence from the record");
    assertThat(browser.get("/people/" + inSample).statusCode()).isEqualTo(200);
    assertThat(audited(auditor, inSample, "view")).isEqualTo(viewsBefore + 1);

    assertThat(browser.get("/audits/" + audit + "/records/" + outside).statusCode()).isEqualTo(403);
    assertThat(browser.get("/people/" + outside).statusCode()).isNotEqualTo(200);
    assertThat(as(bystander).get("/audits/" + audit + "/records/" + inSample).statusCode())
        .isEqualTo(403);
    assertThat(as(bystander).get("/people/" + inSample).statusCode()).isNotEqualTo(200);
    assertThat(audited(bystander, inSample, "refused-view")).isEqualTo(refusalsBefore + 1);

    WebSession pswBrowser = as(psw);
    pswBrowser.get("/audits/" + audit);
    assertThat(pswBrowser.post("/audits/" + audit + "/close", Map.of()).statusCode())
        .isEqualTo(302);

    assertThat(browser.get("/audits/" + audit + "/records/" + inSample).statusCode())
        .isEqualTo(403);
    assertThat(browser.get("/people/" + inSample).statusCode()).isNotEqualTo(200);
  }

  @Test
  void theEvidenceOfARecordWithThreeQuotesAndTwoStrengthsIsShownBesideItsQuestions() {
    UUID alma = persons.get(0).id();
    UUID audit = setUp(1L, 3);
    assertThat(sampled(audit)).contains(alma);

    HttpResponse<String> page = as(auditor).get("/audits/" + audit + "/records/" + alma);

    assertThat(page.body())
        .contains("Quotes in the person&#39;s own words: 3")
        .contains("Strengths recorded: 2; used in outcomes or support: 0")
        .contains("Conversations with the person&#39;s own words: 1 of 1");
  }

  @Test
  void aModeratedAuditShowsTheDifferencesAndTheWorkerAnswersTheFeedback() {
    UUID audit = setUp(3L, 1);
    UUID person = sampled(audit).get(0);
    String path = "/audits/" + audit + "/records/" + person;

    WebSession auditing = as(auditor);
    auditing.get(path);
    HttpResponse<String> refused =
        auditing.post(
            path,
            scores(2, "Record more of her own words").entrySet().stream()
                .filter(e -> !e.getKey().equals("narrative[1]"))
                .collect(
                    java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body()).contains("Say why the score is 1 or 2");
    assertThat(auditing.post(path, scores(2, "Record more of her own words")).statusCode())
        .isEqualTo(302);

    WebSession moderating = as(moderator);
    moderating.get(path);
    assertThat(moderating.post(path, scores(1, null)).statusCode()).isEqualTo(302);
    assertThat(moderating.get(path).body()).contains("Question 1: auditor 2, moderator 1");

    WebSession working = as(worker);
    String feedback = "/audits/" + audit + "/feedback/" + person;
    HttpResponse<String> read = working.get(feedback);
    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(read.body()).contains("Record more of her own words").contains("1 Inadequate");
    assertThat(working.post(feedback, Map.of("response", "Agreed, I will quote her")).statusCode())
        .isEqualTo(302);
    assertThat(working.get(feedback).body()).contains("Agreed, I will quote her");
    assertThat(as(bystander).get(feedback).statusCode()).isEqualTo(403);

    HttpResponse<String> themes = as(psw).get("/audits/themes");
    assertThat(themes.body()).contains("Audited team " + suffix);
  }

  @Test
  void aPrincipalSocialWorkerAddsATemplateAndAClosedAuditIsAuditedAgainWithTheSameRecords() {
    WebSession browser = as(psw);
    browser.get("/audits/templates/new");
    HttpResponse<String> empty = browser.post("/audits/templates/new", Map.of("name", ""));
    assertThat(empty.statusCode()).isEqualTo(200);
    assertThat(empty.body())
        .contains("Enter a name for the template", "Enter at least one question");
    String name = "Carers audit " + suffix;
    HttpResponse<String> saved =
        browser.post(
            "/audits/templates/new",
            Map.of(
                "name", name,
                "question[0]", "Were the para 6.64 checks made?",
                "evidence[0]", "NETWORK"));
    assertThat(saved.statusCode()).isEqualTo(302);
    assertThat(browser.get("/audits/templates").body())
        .contains(name, "Were the para 6.64 checks made?", "Network help and para 6.64 checks");
    assertThat(as(worker).get("/audits/templates").statusCode()).isEqualTo(403);

    UUID audit = setUp(5L, 2);
    browser.get("/audits/" + audit);
    browser.post("/audits/" + audit + "/close", Map.of());
    HttpResponse<String> again = browser.post("/audits/" + audit + "/re-audit", Map.of());
    assertThat(again.statusCode()).isEqualTo(302);
    UUID reAudit = UUID.fromString(WebSession.location(again).substring("/audits/".length()));
    assertThat(sampled(reAudit)).containsExactlyElementsOf(sampled(audit));
    assertThat(browser.get("/audits/" + reAudit).body()).contains("This is a re-audit");
    assertThat(
            as(auditor)
                .get("/audits/" + reAudit + "/records/" + sampled(audit).get(0))
                .statusCode())
        .isEqualTo(200);
  }

  @Test
  void aClosedAuditsScoresShowInTheTeamsCapabilityBesideTheSelfAssessmentAndInTheCsv() {
    UUID heatmapTeam = teams.add("Heatmap team " + suffix);
    StaffMember hana = account("aud-hana", "Hana Lee", Role.PRACTITIONER, heatmapTeam);
    UUID person = new RecordFixtures(jdbc, people).person("Dora", hana).id();
    UUID audit = setUp(11L, 1, auditor, heatmapTeam);
    String path = "/audits/" + audit + "/records/" + person;
    WebSession auditing = as(auditor);
    auditing.get(path);
    assertThat(auditing.post(path, scores(2, null)).statusCode()).isEqualTo(302);
    WebSession browser = as(psw);
    String heatmap = "/development/capability?team=" + heatmapTeam;

    assertThat(browser.get(heatmap).body()).doesNotContain("from 1 scores", "from 5 scores");

    browser.get("/audits/" + audit);
    browser.post("/audits/" + audit + "/close", Map.of());
    String page = browser.get(heatmap).body();
    assertThat(page)
        .contains("Hana Lee", "app-capability-source--audit", ">Audit<", ">Self<")
        .contains("2 Requires improvement", "from 1 scores", "3 Good", "from 5 scores");
    String csv =
        new String(
            browser.getBytes("/development/capability.csv?team=" + heatmapTeam).body(),
            java.nio.charset.StandardCharsets.UTF_8);
    assertThat(csv)
        .startsWith("Statement,Hana Lee: Self,Hana Lee: Audit\r\n")
        .contains("KSS 2 Person-centred practice,,2 Requires improvement")
        .contains("KSS 5 Effective assessments and outcome-based support planning,,3 Good")
        .contains("KcVETS Kc Knowledge co-produced with the person,,3 Good");
  }

  private void recordContext(UUID person, String field, String code) {
    jdbc.sql(
            """
            INSERT INTO person_context (person_id, field, code, list_version, effective_from,
              recorded_at, recorded_by, recorded_by_username)
            VALUES (:p, :f, :c, 'CLD-R1', DATE '2026-01-01', now(), 'Test', 'test')
            """)
        .param("p", person)
        .param("f", field)
        .param("c", code)
        .update();
  }

  @Test
  void aTargetedAuditBySituationDrawsFromTheTeamsRecordsInItWithItsRecordedSeed() {
    UUID situationTeam = teams.add("Situation team " + suffix);
    StaffMember eli = account("aud-eli", "Eli Ward", Role.PRACTITIONER, situationTeam);
    RecordFixtures fixtures = new RecordFixtures(jdbc, people);
    List<UUID> all =
        List.of(
            fixtures.person("Edna", eli).id(),
            fixtures.person("Fred", eli).id(),
            fixtures.person("Gail", eli).id(),
            fixtures.person("Hugo", eli).id());
    recordContext(all.get(0), "Primary_Support_Reason", "Mental Health Support");
    recordContext(all.get(2), "Primary_Support_Reason", "Mental Health Support");
    recordContext(all.get(3), "Primary_Support_Reason", "Learning Disability Support");
    WebSession browser = as(psw);
    assertThat(browser.get("/audits/new").body())
        .contains("People who give care (carers)", "Mental Health Support");
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("template", "5b0a7d1e-0140-4000-8000-000000000001");
    fields.put("team", situationTeam.toString());
    fields.put("month", "2026-06");
    fields.put("sampling", "SITUATION");
    fields.put("situation", "GIVES_CARE");
    fields.put("size", "5");
    fields.put("seed", "9");
    fields.put("auditor", auditor.id().toString());
    fields.put("moderator", moderator.id().toString());

    HttpResponse<String> nobody = browser.post("/audits/new", fields);
    assertThat(nobody.statusCode()).isEqualTo(200);
    assertThat(nobody.body())
        .contains("None of the team&#39;s records are in this kind of situation");

    fields.put("situation", "PRIMARY_SUPPORT_REASON");
    HttpResponse<String> noReason = browser.post("/audits/new", fields);
    assertThat(noReason.body()).contains("Choose the primary support reason");

    fields.put("reason", "Mental Health Support");
    HttpResponse<String> created = browser.post("/audits/new", fields);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
    UUID audit = UUID.fromString(WebSession.location(created).substring("/audits/".length()));
    assertThat(sampled(audit))
        .containsExactlyElementsOf(AuditSampling.draw(List.of(all.get(0), all.get(2)), 9L, 5));
    assertThat(browser.get("/audits/" + audit).body())
        .contains(
            "By kind of situation (People with one primary support reason: Mental Health Support):"
                + " 2 of the team&#39;s 2 records in it, drawn from the number 9");
    assertThat(as(auditor).get("/audits/" + audit + "/records/" + all.get(0)).statusCode())
        .isEqualTo(200);
    assertThat(as(auditor).get("/people/" + all.get(3)).statusCode()).isNotEqualTo(200);
  }

  @Test
  void aPrincipalSocialWorkerAuditsAndModeratesUnderTheSameTimeLimitedGrant() {
    StaffMember ruth = account("aud-psw2", "Rae Lamb", Role.PRINCIPAL_SOCIAL_WORKER, null);
    assertThat(as(psw).get("/audits/new").body()).contains("Rae Lamb");
    UUID audit = setUp(13L, 1, ruth);
    UUID person = sampled(audit).get(0);
    String path = "/audits/" + audit + "/records/" + person;
    WebSession auditing = as(ruth);

    HttpResponse<String> page = auditing.get(path);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Evidence from the record", "you audit from the evidence");
    assertThat(auditing.post(path, scores(3, "Well recorded")).statusCode()).isEqualTo(302);
    assertThat(audited(ruth, person, "score")).isEqualTo(1);
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM access_audit_grant WHERE audit_id = :a AND staff_id = :s"
                        + " AND until <= now() + interval '43 days'")
                .param("a", audit)
                .param("s", ruth.id())
                .query(Long.class)
                .single())
        .isEqualTo(1);

    WebSession closing = as(psw);
    closing.get("/audits/" + audit);
    closing.post("/audits/" + audit + "/close", Map.of());
    assertThat(auditing.get(path).statusCode()).isEqualTo(403);
  }

  @Test
  void aRecordOpenOnlyThroughAnAuditGrantSaysSoAndRefusesEveryChange() {
    UUID audit = setUp(17L, 1);
    UUID person = sampled(audit).get(0);
    WebSession auditing = as(auditor);

    HttpResponse<String> record = auditing.get("/people/" + person);
    assertThat(record.statusCode()).isEqualTo(200);
    assertThat(record.body()).contains("Read only: case-file audit.");
    assertThat(as(worker).get("/people/" + person).body())
        .doesNotContain("Read only: case-file audit");

    auditing.get("/people/" + person + "/context");
    long before = contextRows(person);
    HttpResponse<String> change =
        auditing.post(
            "/people/" + person + "/context",
            Map.of("primarySupportReason", "Mental Health Support"));
    assertThat(change.statusCode()).isEqualTo(403);
    assertThat(change.body()).contains("This record is read only to you", "Nothing was saved");
    assertThat(contextRows(person)).isEqualTo(before);
  }

  private long contextRows(UUID person) {
    return jdbc.sql("SELECT count(*) FROM person_context WHERE person_id = :p")
        .param("p", person)
        .query(Long.class)
        .single();
  }

  @Test
  void editingATemplateMakesANewVersionAndAnAuditAlreadySetUpKeepsItsQuestions() {
    WebSession browser = as(psw);
    String name = "Versioned audit " + suffix;
    browser.get("/audits/templates/new");
    browser.post(
        "/audits/templates/new",
        Map.of(
            "name",
            name,
            "question[0]",
            "Is the person's voice heard?",
            "evidence[0]",
            "OWN_WORDS"));
    UUID first =
        jdbc.sql("SELECT id FROM practice_audit_template WHERE name = :n")
            .param("n", name)
            .query(UUID.class)
            .single();
    UUID audit = setUp(19L, 1, auditor, team, first.toString());
    UUID person = sampled(audit).get(0);
    String edit = "/audits/templates/" + first + "/edit";

    HttpResponse<String> form = browser.get(edit);
    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(form.body()).contains("This is version 1. Saving makes version 2", "Is the person");
    HttpResponse<String> markup =
        browser.post(
            edit,
            Map.of(
                "name", name, "question[0]", "Is the <b>voice</b> heard?", "evidence[0]", "NONE"));
    assertThat(markup.statusCode()).isEqualTo(200);
    assertThat(markup.body()).contains("Write plain text without HTML");
    HttpResponse<String> tooLong =
        browser.post(
            edit, Map.of("name", name, "question[0]", "x".repeat(301), "evidence[0]", "NONE"));
    assertThat(tooLong.body()).contains("A question must be 300 characters or fewer");
    HttpResponse<String> empty = browser.post(edit, Map.of("name", " "));
    assertThat(empty.body())
        .contains("Enter a name for the template", "Enter at least one question");
    HttpResponse<String> saved =
        browser.post(
            edit,
            Map.of(
                "name",
                name,
                "question[0]",
                "Are the person's own words quoted?",
                "evidence[0]",
                "OWN_WORDS"));
    assertThat(saved.statusCode()).isEqualTo(302);

    assertThat(browser.get("/audits/templates").body())
        .contains(name + " (version 2)", "Are the person&#39;s own words quoted?")
        .doesNotContain("Is the person&#39;s voice heard?");
    assertThat(browser.get(edit).statusCode()).isEqualTo(404);
    assertThat(browser.get("/audits/" + audit).body()).contains(name + " (version 1)");
    assertThat(as(auditor).get("/audits/" + audit + "/records/" + person).body())
        .contains("Is the person&#39;s voice heard?")
        .doesNotContain("own words quoted");
    assertThat(browser.get("/audits/new").body()).doesNotContain(first.toString());
  }
}
