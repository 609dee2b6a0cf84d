package org.strengths.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
import org.strengths.assessment.NeedsAssessments;
import org.strengths.person.People;
import org.strengths.testing.PersonSignIns;
import org.strengths.testing.RecordFixtures;
import org.strengths.testing.WebSession;

/**
 * "My support" and withheld items over real HTTP, on the demo council's Nusrat Raza: what she reads
 * of her assessment, eligibility, plan and connections; that nobody else reaches it; and who may
 * withhold an item and see the list.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MySupportPagesTest {

  static final String PASSWORD = "strengths-demo";
  static final String NUSRAT = "nusrat.raza@example.com";

  @LocalServerPort int port;
  @Autowired StaffAccounts staff;
  @Autowired Teams teams;
  @Autowired People people;
  @Autowired NeedsAssessments assessments;
  @Autowired JdbcClient jdbc;

  UUID nusrat;
  UUID assessment;
  WebSession nusratSignedIn;
  StaffMember stranger;
  String suffix;

  @BeforeAll
  void nusrat() {
    nusrat =
        jdbc.sql("SELECT person_id FROM portal_invitation WHERE contact = :c AND status = 'ACTIVE'")
            .param("c", NUSRAT)
            .query(UUID.class)
            .single();
    assessment = assessments.writtenRecords(nusrat).get(0).id();
    suffix = String.valueOf(ThreadLocalRandom.current().nextInt(1_000_000));
    UUID other = teams.add("Other support team " + suffix);
    staff.addDemoAccount("support-stranger" + suffix, "Tim Cole", Role.PRACTITIONER, other, null);
    stranger = staff.loadUserByUsername("support-stranger" + suffix);
  }

  /** Nusrat, signed in once for the class: an address may ask for only 3 codes in 15 minutes. */
  private WebSession nusratSignedIn() {
    if (nusratSignedIn == null) {
      // Other tests in this JVM sign Nusrat in too; the limit on codes is theirs to test.
      jdbc.sql("DELETE FROM portal_code_request WHERE contact = :c").param("c", NUSRAT).update();
      nusratSignedIn = signedInPerson(NUSRAT);
    }
    return nusratSignedIn;
  }

  private WebSession signedInPerson(String contact) {
    WebSession person = new WebSession(port);
    assertThat(WebSession.location(PersonSignIns.signIn(person, jdbc, contact))).isEqualTo("/my/");
    return person;
  }

  private long audited(UUID person, String section, String action, String role) {
    return jdbc.sql(
            "SELECT count(*) FROM audit_entry WHERE person_id = :p AND section = :s AND action = :a"
                + " AND role = :r")
        .param("p", person)
        .param("s", section)
        .param("a", action)
        .param("r", role)
        .query(Long.class)
        .single();
  }

  @Test
  void nusratReadsHerAssessmentAndTheDecisionInPlainWordsWithoutTheWithheldAnswerAudited() {
    WebSession person = nusratSignedIn();
    String home = person.get("/my/").body();
    assertThat(home)
        .contains("Your needs assessment")
        .contains("/my/assessments/" + assessment)
        .contains("Groups you are in touch with")
        .contains("they said yes and will get in touch with you")
        .contains("What I need help with")
        .contains("Help to wash, dress and prepare meals on weekday mornings.")
        .contains("Advice and information for me")
        .contains("Who helped make this plan");
    long before = audited(nusrat, "my-assessment", "view", "PERSON");

    HttpResponse<String> page = person.get("/my/assessments/" + assessment);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("Who helped with your assessment")
        .contains("the lunch club twice a week")
        .contains("What we decided")
        .contains("You have needs that the council must help to meet.")
        .contains("eating and drinking well")
        // Her daughter and neighbour's help is withheld (third-party information) by the demo.
        .doesNotContain("Help from family, friends and neighbours")
        .doesNotContain("a neighbour calls in most days");
    assertThat(audited(nusrat, "my-assessment", "view", "PERSON")).isEqualTo(before + 1);
  }

  @Test
  void aPersonCannotReachAnotherPersonsAssessmentByChangingTheId() {
    String contact = "dora" + suffix + "@example.com";
    RecordFixtures.Person dora =
        new RecordFixtures(jdbc, people).person("Dora", staff.loadUserByUsername("practitioner"));
    WebSession sam = WebSession.signedIn(port, "practitioner", PASSWORD);
    sam.get("/people/" + dora.id() + "/online-access");
    sam.post(
        "/people/" + dora.id() + "/online-access", Map.of("contact", contact, "confirmed", "yes"));
    WebSession person = signedInPerson(contact);

    assertThat(person.get("/my/assessments/" + assessment).statusCode()).isEqualTo(404);
    assertThat(person.get("/my/assessments/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
    assertThat(person.get("/my/assessments/not-an-id").statusCode()).isIn(400, 404);
    assertThat(person.get("/my/").body()).doesNotContain(assessment.toString());
  }

  @Test
  void staffAndAnonymousVisitorsAreSentToThePersonsSignIn() {
    String path = "/my/assessments/" + assessment;
    HttpResponse<String> anonymous = new WebSession(port).get(path);
    assertThat(WebSession.location(anonymous)).isEqualTo("/my/sign-in");
    for (String username : List.of("practitioner", "manager", "admin")) {
      HttpResponse<String> response = WebSession.signedIn(port, username, PASSWORD).get(path);
      assertThat(response.statusCode()).as(username).isEqualTo(302);
      assertThat(WebSession.location(response)).as(username).isEqualTo("/my/sign-in");
    }
  }

  @Test
  void thePractitionerWithholdsAPartOfThePlanThePersonNoLongerSeesItAnywhereAndItIsShownAgain()
      throws Exception {
    WebSession sam = WebSession.signedIn(port, "practitioner", PASSWORD);
    assertThat(sam.get("/people/" + nusrat + "/withheld").body())
        .contains("Help from family, friends and neighbours");
    HttpResponse<String> withheld =
        sam.post(
            "/people/" + nusrat + "/withheld",
            Map.of("item", "plan/advice", "reason", "SERIOUS_HARM", "note", "Checked with GP."));
    assertThat(withheld.statusCode()).isEqualTo(302);
    assertThat(audited(nusrat, "withheld-items", "withhold", "PRACTITIONER")).isGreaterThan(0);
    try {
      WebSession person = nusratSignedIn();
      assertThat(person.get("/my/").body())
          .doesNotContain("Advice and information for me")
          .doesNotContain("lunch club and community transport leaflets")
          .contains("What I need help with");
      try (PDDocument pdf = Loader.loadPDF(person.getBytes("/my/plan.pdf").body())) {
        String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        assertThat(text).contains("What I need help with").doesNotContain("community transport");
      }
      WebSession priya = WebSession.signedIn(port, "manager", PASSWORD);
      String list = priya.get("/withheld-items").body();
      assertThat(list)
          .contains("Nusrat Raza")
          .contains("Advice and information for me")
          .contains("Seeing it is likely to cause serious harm")
          .contains("Checked with GP.");
      assertThat(audited(nusrat, "withheld-items", "list", "MANAGER")).isGreaterThan(0);
    } finally {
      String page = sam.get("/people/" + nusrat + "/withheld").body();
      UUID id =
          jdbc.sql(
                  "SELECT id FROM portal_withheld_item WHERE person_id = :p"
                      + " AND item_key = 'plan/advice' AND released_at IS NULL")
              .param("p", nusrat)
              .query(UUID.class)
              .single();
      assertThat(page).contains("show-" + id);
      assertThat(sam.post("/people/" + nusrat + "/withheld/" + id + "/show", Map.of()).statusCode())
          .isEqualTo(302);
    }
    assertThat(audited(nusrat, "withheld-items", "show", "PRACTITIONER")).isGreaterThan(0);
    assertThat(nusratSignedIn().get("/my/").body())
        .contains("lunch club and community transport leaflets");
  }

  @Test
  void aWithholdingWithoutAReasonIsRefusedWithAClearMessageAndTheChoiceKept() {
    WebSession sam = WebSession.signedIn(port, "practitioner", PASSWORD);
    sam.get("/people/" + nusrat + "/withheld");

    HttpResponse<String> refused =
        sam.post("/people/" + nusrat + "/withheld", Map.of("item", "plan/needs", "note", "Why"));

    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body())
        .contains("govuk-error-summary")
        .contains("Select why the person should not see it")
        .containsPattern("value=\"plan/needs\"[^>]*checked=\"checked\"")
        .contains(">Why</textarea>");
  }

  @Test
  void onlyAPractitionerWithAWorkingRelationshipWithholdsAndOnlyManagersSeeTheList() {
    Map<String, String> typed = Map.of("item", "plan/needs", "reason", "THIRD_PARTY");
    WebSession tim = WebSession.signedIn(port, stranger.getUsername(), PASSWORD);
    tim.get("/");
    assertThat(tim.post("/people/" + nusrat + "/withheld", typed).statusCode()).isEqualTo(403);
    assertThat(tim.get("/people/" + nusrat + "/withheld").statusCode()).isEqualTo(403);

    WebSession priya = WebSession.signedIn(port, "manager", PASSWORD);
    priya.get("/people/" + nusrat + "/withheld");
    assertThat(priya.post("/people/" + nusrat + "/withheld", typed).statusCode()).isEqualTo(403);
    assertThat(priya.get("/withheld-items").statusCode()).isEqualTo(200);

    WebSession sam = WebSession.signedIn(port, "practitioner", PASSWORD);
    assertThat(sam.get("/withheld-items").statusCode()).isEqualTo(403);
    WebSession admin = WebSession.signedIn(port, "admin", PASSWORD);
    assertThat(admin.get("/withheld-items").statusCode()).isEqualTo(403);
    assertThat(new WebSession(port).get("/withheld-items").statusCode()).isEqualTo(302);
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM portal_withheld_item WHERE person_id = :p"
                        + " AND item_key = 'plan/needs'")
                .param("p", nusrat)
                .query(Long.class)
                .single())
        .isZero();
  }
}
