package org.strengths.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.strengths.access.StaffAccounts;
import org.strengths.access.StaffMember;
import org.strengths.conversation.ConversationTestData;
import org.strengths.person.People;
import org.strengths.platform.statute.EligibilityOutcome;
import org.strengths.platform.statute.WellbeingArea;

/** The needs assessment, eligibility and determination pages over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AssessmentPagesTests {

  private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");
  private static final Pattern ASSESSMENT = Pattern.compile("/assessments/([0-9a-f-]{36})$");

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired People people;
  @Autowired StaffAccounts accounts;
  @Autowired ApplicationContext context;
  @Autowired AssessmentCldEvents cldEvents;

  @Test
  void startsAnAssessmentFromAConversationPreFilledWithThePersonsWords() {
    Setup setup = setup();
    AssessmentBrowser practitioner = AssessmentBrowser.signedIn(port, "practitioner");

    HttpResponse<String> form =
        practitioner.get(
            "/people/" + setup.person + "/assessments/new?conversation=" + setup.conversation);
    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(form.body()).contains("Start a needs assessment", "id=\"start-assessment-button\"");
    String base = start(practitioner, setup);

    String tasks = practitioner.get(base).body();
    assertThat(tasks)
        .contains("Needs assessment", "Not started", "Cannot start yet", "task-wellbeing")
        .doesNotContain(base + "/eligibility\"");
    String wellbeing = practitioner.get(base + "/sections/wellbeing").body();
    assertThat(wellbeing)
        .contains("\u201CGetting back to the allotment\u201D \u2014 the person")
        .contains("id=\"wellbeingParticipationWords\"");
    assertThat(practitioner.get(base + "/sections/who-was-involved").body())
        .contains("Ada and her daughter Mia");
    assertThat(practitioner.get(base + "/sections/outcomes").body())
        .contains("Mum with her friends again\u201D \u2014 Mia (family)");
    assertThat(practitioner.get("/people/" + setup.person).body()).contains("Assessments");
    assertThat(auditActions(setup.person)).contains("assessment/create", "assessment/view");
    assertThat(chronology(setup.person)).contains("assessment-started");
  }

  @Test
  void refusesToStartFromAnotherPersonsConversation() {
    Setup mine = setup();
    Setup theirs = setup();
    AssessmentBrowser practitioner = AssessmentBrowser.signedIn(port, "practitioner");

    practitioner.get("/people/" + mine.person + "/assessments/new");
    HttpResponse<String> refused =
        practitioner.post(
            "/people/" + mine.person + "/assessments/new",
            Map.of("conversation", theirs.conversation.toString()));

    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body()).contains("govuk-error-summary", "completed conversations");
  }

  @Test
  void keepsEligibilityHiddenUntilEverySectionIsCompleted() {
    Setup setup = setup();
    AssessmentBrowser practitioner = AssessmentBrowser.signedIn(port, "practitioner");
    String base = start(practitioner, setup);

    HttpResponse<String> eligibility = practitioner.get(base + "/eligibility");
    assertThat(eligibility.statusCode()).isEqualTo(302);
    assertThat(AssessmentBrowser.location(eligibility)).endsWith(base);

    completeNarrative(practitioner, base);
    String tasks = practitioner.get(base).body();
    assertThat(tasks).contains("You have completed 6 of 6 sections", base + "/eligibility\"");
    assertThat(practitioner.get(base + "/eligibility").statusCode()).isEqualTo(200);
  }

  @Test
  void explainsBadInputAndKeepsWhatWasTyped() {
    Setup setup = setup();
    AssessmentBrowser practitioner = AssessmentBrowser.signedIn(port, "practitioner");
    String base = start(practitioner, setup);
    String path = base + "/sections/who-was-involved";
    String version = version(practitioner.get(path).body());

    HttpResponse<String> tooLong =
        practitioner.post(
            path,
            Map.of("whoWasInvolved", "x".repeat(5001), "completed", "yes", "version", version));
    assertThat(tooLong.statusCode()).isEqualTo(200);
    assertThat(tooLong.body())
        .contains("must be 5,000 characters or fewer", "href=\"#whoWasInvolved\"");

    HttpResponse<String> empty =
        practitioner.post(
            path, Map.of("whoWasInvolved", "", "completed", "yes", "version", version));
    assertThat(empty.body()).contains("to complete this section");
    HttpResponse<String> noAnswer =
        practitioner.post(path, Map.of("whoWasInvolved", "Ada", "version", version));
    assertThat(noAnswer.body()).contains("Select yes if you have completed this section");

    HttpResponse<String> script =
        practitioner.post(
            path,
            Map.of(
                "whoWasInvolved",
                "<script>alert(1)</script>",
                "completed",
                "no",
                "version",
                version));
    assertThat(script.statusCode()).isEqualTo(302);
    assertThat(practitioner.get(path).body())
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .doesNotContain("<script>alert(1)</script>");

    HttpResponse<String> stale =
        practitioner.post(
            path,
            Map.of(
                "whoWasInvolved",
                "Ada and Mia, typed later",
                "completed",
                "no",
                "version",
                version));
    assertThat(stale.statusCode()).isEqualTo(200);
    assertThat(stale.body())
        .contains("saved this on", "What they saved", "Ada and Mia, typed later")
        .contains("&lt;script&gt;");

    HttpResponse<String> badDate =
        practitioner.post(
            base + "/sections/written-record",
            Map.of(
                "recordGivenOnDay", "31",
                "recordGivenOnMonth", "2",
                "recordGivenOnYear", "2025",
                "recordFormat", "Letter",
                "completed", "yes",
                "version", version(practitioner.get(base + "/sections/written-record").body())));
    assertThat(badDate.body()).contains("must be a real date", "href=\"#recordGivenOnDay\"");
  }

  @Test
  void suggestsAResultThatThePractitionerConfirmsAndAManagerSignsOff() throws Exception {
    Setup setup = setup();
    AssessmentBrowser practitioner = AssessmentBrowser.signedIn(port, "practitioner");
    AssessmentBrowser manager = AssessmentBrowser.signedIn(port, "manager");
    String base = start(practitioner, setup);
    completeNarrative(practitioner, base);

    HttpResponse<String> missingReason =
        practitioner.post(
            base + "/eligibility",
            eligibility(version(practitioner.get(base + "/eligibility").body()), false));
    assertThat(missingReason.statusCode()).isEqualTo(200);
    assertThat(missingReason.body())
        .contains("Select at least one reason why the person is unable to achieve this outcome");

    HttpResponse<String> answered =
        practitioner.post(base + "/eligibility", eligibility(version(missingReason.body()), true));
    assertThat(AssessmentBrowser.location(answered)).endsWith(base + "/eligibility/decision");
    String decision = practitioner.get(base + "/eligibility/decision").body();
    assertThat(decision)
        .contains("Suggested result: eligible needs")
        .contains("unable to achieve 2 of the ten outcomes")
        .contains(
            "Some needs come and go. They were looked at across the period from 1 March 2025");

    HttpResponse<String> overrideWithoutReason =
        practitioner.post(
            base + "/eligibility/decision",
            Map.of("decision", "OVERRIDE", "overrideReason", " ", "version", version(decision)));
    assertThat(overrideWithoutReason.statusCode()).isEqualTo(200);
    assertThat(overrideWithoutReason.body())
        .contains("Explain why you do not agree with the suggested result");

    HttpResponse<String> confirmed =
        practitioner.post(
            base + "/eligibility/decision",
            Map.of("decision", "CONFIRM", "version", version(overrideWithoutReason.body())));
    assertThat(confirmed.statusCode()).isEqualTo(302);
    assertThat(practitioner.get(base).body()).contains("Waiting for sign-off");

    assertThat(practitioner.get(base + "/eligibility/sign-off").statusCode()).isEqualTo(403);
    assertThat(
            AssessmentBrowser.signedIn(port, "manager2")
                .get(base + "/eligibility/sign-off")
                .statusCode())
        .isEqualTo(403);

    String signOff = manager.get(base + "/eligibility/sign-off").body();
    assertThat(signOff).contains("Sign off eligibility", "id=\"confirm-review\"");
    HttpResponse<String> returnedWithoutComments =
        manager.post(
            base + "/eligibility/sign-off",
            Map.of("review", "return", "comments", "", "version", version(signOff)));
    assertThat(returnedWithoutComments.body())
        .contains("Enter comments for the practitioner to say why you are returning it");
    HttpResponse<String> returned =
        manager.post(
            base + "/eligibility/sign-off",
            Map.of(
                "review",
                "return",
                "comments",
                "Say more about the stairs, please.",
                "version",
                version(returnedWithoutComments.body())));
    assertThat(returned.statusCode()).isEqualTo(302);

    String seen = practitioner.get(base + "/eligibility/decision").body();
    assertThat(seen).contains("Returned by Priya Shah", "Say more about the stairs, please.");
    assertThat(practitioner.get(base).body()).contains("Returned");
    HttpResponse<String> resubmitted =
        practitioner.post(
            base + "/eligibility/decision",
            Map.of(
                "decision",
                "OVERRIDE",
                "overrideReason",
                "The stairs are harder than the answers show.",
                "version",
                version(seen)));
    assertThat(resubmitted.statusCode()).isEqualTo(302);

    HttpResponse<String> signedOff =
        manager.post(
            base + "/eligibility/sign-off",
            Map.of(
                "review",
                "sign-off",
                "version",
                version(manager.get(base + "/eligibility/sign-off").body())));
    assertThat(signedOff.statusCode()).isEqualTo(302);

    String determination = practitioner.get(base + "/determination").body();
    assertThat(determination)
        .contains("Your needs assessment: what we decided")
        .contains("Your needs do not meet the national rules")
        .contains("The stairs are harder than the answers show.")
        .contains("eating and drinking well", "you need help or reminders to do it");
    HttpResponse<byte[]> pdf = practitioner.getBytes(base + "/determination.pdf");
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
    try (PDDocument document = Loader.loadPDF(pdf.body())) {
      String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
      assertThat(text)
          .contains("what we decided", "Your needs do not meet", "eating and drinking well");
      assertThat(document.getDocumentInformation().getTitle())
          .isEqualTo("Your needs assessment: what we decided");
      assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
      assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
    }

    UUID determinationId =
        jdbc.sql("SELECT id FROM eligibility_determination WHERE person_id = :p")
            .param("p", setup.person)
            .query(UUID.class)
            .single();
    Map<String, Object> event =
        jdbc.sql("SELECT * FROM cld_event WHERE reference = :r")
            .param("r", "ELIG-" + determinationId)
            .query()
            .singleRow();
    assertThat(event.get("derived_event_type")).isEqualTo("Assessment");
    assertThat(event.get("derived_assessment_type")).isEqualTo("Long Term Assessment");
    assertThat(event.get("derived_outcome"))
        .isEqualTo("NFA - Information & Advice / Signposting only");
    assertThat(auditActions(setup.person))
        .contains(
            "eligibility/submit",
            "eligibility/return",
            "eligibility/sign-off",
            "eligibility/download");
    assertThat(chronology(setup.person)).contains("eligibility-signed-off", "eligibility-returned");
  }

  @Test
  void refusesAnalystsAndUnknownAssessments() {
    Setup setup = setup();
    AssessmentBrowser analyst = AssessmentBrowser.signedIn(port, "analyst");
    AssessmentBrowser practitioner = AssessmentBrowser.signedIn(port, "practitioner");

    assertThat(analyst.get("/people/" + setup.person + "/assessments").statusCode()).isEqualTo(403);
    assertThat(analyst.get("/data-quality/cld-events").statusCode()).isEqualTo(403);
    assertThat(practitioner.get("/data-quality/cld-events").statusCode()).isEqualTo(403);
    assertThat(
            practitioner
                .get("/people/" + setup.person + "/assessments/" + UUID.randomUUID())
                .statusCode())
        .isEqualTo(404);
    assertThat(practitioner.get("/people/" + setup.person + "/assessments/not-an-id").statusCode())
        .isEqualTo(404);
    assertThat(
            AssessmentBrowser.signedIn(port, "practitioner2")
                .get("/people/" + setup.person + "/assessments")
                .statusCode())
        .isEqualTo(403);
  }

  @Test
  void derivesCldEventsThatAManagerCorrectsWithAReasonThatSurvivesReDerivation() {
    Setup setup = setup();
    StaffMember worker = ConversationTestData.staff(accounts, "practitioner");
    var second =
        ConversationTestData.completed(
            context, setup.person, worker, LocalDate.of(2025, 3, 20), "Not on the list");
    Map<String, Object> request = event("CONV-" + setup.conversation);
    assertThat(request.get("derived_event_type")).isEqualTo("Request");
    assertThat(request.get("derived_description")).isEqualTo("Initial conversation");
    assertThat(event("CONV-" + second).get("derived_description")).isEqualTo("Conversation 2");
    assertThat(event("CONV-" + second).get("derived_assessment_type"))
        .isEqualTo("Short Term Assessment");

    AssessmentBrowser manager = AssessmentBrowser.signedIn(port, "manager");
    String page = manager.get("/data-quality/cld-events").body();
    assertThat(page)
        .contains("CONV-" + setup.conversation, "A request needs a route of access.")
        .contains("The event outcome is not on the CLD list.");

    String path = "/data-quality/cld-events/" + request.get("id");
    String form = manager.get(path).body();
    HttpResponse<String> noReason =
        manager.post(
            path,
            Map.of(
                "eventType", "Request",
                "description", "Initial conversation",
                "outcome", "Progress to Assessment",
                "routeOfAccess", "Community / Other route",
                "reason", "",
                "version", version(form)));
    assertThat(noReason.body()).contains("Enter why you are correcting the event");
    HttpResponse<String> corrected =
        manager.post(
            path,
            Map.of(
                "eventType", "Request",
                "assessmentType", "",
                "description", "Initial conversation",
                "outcome", "Progress to Assessment",
                "routeOfAccess", "Community / Other route",
                "reason", "Referred by her GP",
                "version", version(noReason.body())));
    assertThat(corrected.statusCode()).isEqualTo(302);

    cldEvents.derive(
        setup.person,
        CldEventRule.forConversation(
            setup.conversation, LocalDate.of(2025, 3, 3), 1, "Progress to Assessment"),
        "system");
    Map<String, Object> after = event("CONV-" + setup.conversation);
    assertThat(after.get("corrected_route_of_access")).isEqualTo("Community / Other route");
    assertThat(after.get("correction_reason")).isEqualTo("Referred by her GP");
    assertThat(after.get("reference")).isEqualTo(request.get("reference"));
    assertThat((Integer) after.get("version")).isGreaterThan((Integer) request.get("version"));
    assertThat(auditActions(setup.person)).contains("cld-events/correct", "cld-events/view");
  }

  private Map<String, Object> event(String reference) {
    return jdbc.sql("SELECT * FROM cld_event WHERE reference = :r")
        .param("r", reference)
        .query()
        .singleRow();
  }

  private record Setup(UUID person, UUID conversation) {}

  private Setup setup() {
    StaffMember worker = ConversationTestData.staff(accounts, "practitioner");
    UUID person = ConversationTestData.personOf(people, worker);
    var saved =
        ConversationTestData.completed(
            context, person, worker, LocalDate.of(2025, 3, 3), "Progress to Assessment");
    return new Setup(person, saved);
  }

  private String start(AssessmentBrowser browser, Setup setup) {
    browser.get("/people/" + setup.person + "/assessments/new?conversation=" + setup.conversation);
    HttpResponse<String> started =
        browser.post(
            "/people/" + setup.person + "/assessments/new",
            Map.of("conversation", setup.conversation.toString()));
    assertThat(started.statusCode()).as(started.body()).isEqualTo(302);
    Matcher id = ASSESSMENT.matcher(AssessmentBrowser.location(started));
    assertThat(id.find()).isTrue();
    return "/people/" + setup.person + "/assessments/" + id.group(1);
  }

  static void completeNarrative(AssessmentBrowser browser, String base) {
    Map<String, Map<String, String>> sections = new LinkedHashMap<>();
    sections.put(
        "before-the-assessment",
        Map.of(
            "informationGiven", "yes",
            "informationGivenOnDay", "1",
            "informationGivenOnMonth", "3",
            "informationGivenOnYear", "2025",
            "informationFormat", "Easy read letter",
            "selfAssessmentOffered", "yes",
            "selfAssessmentWanted", "no",
            "advocacyConsidered", "yes",
            "advocacyOutcome", "Mia supports Ada; no advocate needed"));
    sections.put("who-was-involved", Map.of("whoWasInvolved", "Ada and her daughter Mia"));
    Map<String, String> wellbeing = new LinkedHashMap<>();
    for (WellbeingArea area : WellbeingArea.values()) {
      wellbeing.put(AssessmentField.summaryField(area), "Summary for " + area.name());
    }
    sections.put("wellbeing", wellbeing);
    sections.put("outcomes", Map.of("outcomesWanted", "Back to the allotment"));
    sections.put(
        "what-could-help",
        Map.of("careCouldContribute", "Some help with washing", "otherNetwork", "Mia"));
    sections.put(
        "fluctuating-needs",
        Map.of(
            "needsFluctuate", "yes",
            "fluctuatingFromDay", "1",
            "fluctuatingFromMonth", "3",
            "fluctuatingFromYear", "2025",
            "fluctuatingToDay", "28",
            "fluctuatingToMonth", "3",
            "fluctuatingToYear", "2025",
            "proportionalityNote", "Two visits, as Ada asked"));
    sections.forEach(
        (slug, fields) -> {
          String path = base + "/sections/" + slug;
          Map<String, String> posted = new LinkedHashMap<>(fields);
          posted.put("completed", "yes");
          posted.put("version", version(browser.get(path).body()));
          HttpResponse<String> saved = browser.post(path, posted);
          assertThat(saved.statusCode()).as(slug + ": " + saved.body()).isEqualTo(302);
        });
  }

  /** Nutrition and hygiene unable (hygiene only sometimes), the rest able. */
  private static List<String[]> eligibility(String version, boolean withReason) {
    List<String[]> fields = new ArrayList<>();
    for (EligibilityOutcome outcome : EligibilityOutcome.values()) {
      boolean unable =
          outcome == EligibilityOutcome.NUTRITION || outcome == EligibilityOutcome.PERSONAL_HYGIENE;
      fields.add(new String[] {outcome.field(), unable ? "UNABLE" : "ABLE"});
    }
    fields.add(new String[] {"outcomeNutritionReasons", "NEEDS_ASSISTANCE"});
    if (withReason) {
      fields.add(new String[] {"outcomePersonalHygieneReasons", "PAIN_DISTRESS_ANXIETY"});
    }
    fields.add(new String[] {"outcomePersonalHygieneSometimes", "yes"});
    fields.add(new String[] {"impairmentLink", "yes"});
    fields.add(new String[] {"impairmentDescription", "Arthritis in both knees"});
    fields.add(new String[] {"significantImpact", "yes"});
    fields.add(new String[] {"impactRationale", "Ada cannot get out and feels low"});
    fields.add(new String[] {"version", version});
    return fields;
  }

  static String version(String page) {
    Matcher matcher = VERSION.matcher(page);
    assertThat(matcher.find()).as("a version field on the page").isTrue();
    return matcher.group(1);
  }

  private List<String> auditActions(UUID person) {
    return jdbc.sql(
            "SELECT section || '/' || action FROM audit_entry WHERE person_id = :id ORDER BY seq")
        .param("id", person)
        .query(String.class)
        .list();
  }

  private List<String> chronology(UUID person) {
    return jdbc.sql("SELECT kind FROM person_chronology WHERE person_id = :id")
        .param("id", person)
        .query(String.class)
        .list();
  }
}
