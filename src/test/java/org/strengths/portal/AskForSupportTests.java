package org.strengths.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.strengths.access.StaffAccounts;
import org.strengths.access.StaffMember;
import org.strengths.conversation.ConversationFollowUps;
import org.strengths.conversation.WorkFixtures;
import org.strengths.person.Caseloads;
import org.strengths.person.NewPerson;
import org.strengths.person.People;
import org.strengths.testing.TestClock;
import org.strengths.testing.WebSession;

/**
 * "Ask for support" over real HTTP: anyone asks without signing in, the request reaches the team
 * covering the postcode, a practitioner of that team says who the person is, and the request's
 * route of access reaches the CLD Request event of the first conversation.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(AskForSupportTests.Events.class)
class AskForSupportTests {

  private static final Pattern REFERENCE = Pattern.compile("ASK-[A-Z0-9]{4}-[A-Z0-9]{4}");
  private static final Pattern REQUEST_LINK =
      Pattern.compile("/support-requests/([0-9a-f-]{36})\"[^>]*>([^<]+)<");

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired ApplicationContext context;
  @Autowired People people;
  @Autowired StaffAccounts staff;
  @Autowired Events events;
  @Autowired ConversationFollowUps followUps;
  @Autowired Caseloads caseloads;

  /** Collects the requests published, as the portal's acknowledgement will receive them. */
  @TestConfiguration
  static class Events {
    final List<SupportRequested> published = new CopyOnWriteArrayList<>();

    @EventListener
    void on(SupportRequested requested) {
      published.add(requested);
    }
  }

  @Test
  void aNeighbourAsksForSomeoneNewWhoReachesTheNorthTeamAndTheirFirstConversationIsTheRequest() {
    String lastName = uniqueName();
    WebSession neighbour = new WebSession(port);

    assertThat(neighbour.get("/ask-for-support").body()).contains("Ask for support", "Start now");
    String reference =
        ask(neighbour, "SOMEONE_I_KNOW", "Edith", lastName, "LS6 2AB", "Kwame Asante");

    assertThat(events.published)
        .contains(new SupportRequested(reference, "Kwame", "kwame@example.com", "07700 900 418"));
    assertThat(
            jdbc.sql(
                    """
                    SELECT recipient || ' ' || personalisation::text FROM portal_outbox
                    WHERE template = 'support-request-received'
                      AND personalisation ->> 'reference' = :reference
                    """)
                .param("reference", reference)
                .query(String.class)
                .single())
        .isEqualTo(
            "kwame@example.com {\"reference\": \"%s\", \"first_name\": \"Kwame\"}"
                .formatted(reference));
    WebSession sam = WebSession.signedIn(port, "practitioner", "strengths-demo");
    String home = sam.get("/").body();
    assertThat(home).contains("Requests made online", "Edith " + lastName, reference);
    UUID request = requestId(home, "Edith " + lastName);
    assertThat(WebSession.signedIn(port, "practitioner2", "strengths-demo").get("/").body())
        .doesNotContain("Edith " + lastName);

    String page = sam.get("/support-requests/" + request).body();
    assertThat(page)
        .contains("Edith " + lastName, "Her garden and her cat", "Someone who knows them: Kwame")
        .contains("No record looks like the same person");
    StaffMember practitioner = staff.loadUserByUsername("practitioner");
    HttpResponse<String> confirmed = sam.post("/support-requests/" + request, Map.of("who", "new"));
    assertThat(confirmed.statusCode()).isEqualTo(302);
    UUID person = UUID.fromString(WebSession.location(confirmed).replace("/people/", ""));
    assertThat(people.find(person).orElseThrow().teamId())
        .isEqualTo(staff.loadUserByUsername("practitioner").teamId());
    assertThat(sam.get("/").body()).doesNotContain("/support-requests/" + request);
    assertThat(waitingForAFirstConversation(practitioner.teamId())).contains(person);

    UUID conversation =
        WorkFixtures.conversation(
            context, person, practitioner, TestClock.today(), null, List.of());
    assertThat(
            jdbc.sql(
                    """
                    SELECT derived_event_type || ' / ' || derived_route_of_access FROM cld_event
                    WHERE source_id = :conversation
                    """)
                .param("conversation", conversation)
                .query(String.class)
                .single())
        .isEqualTo("Request / Community / Other route");
    assertThat(waitingForAFirstConversation(practitioner.teamId())).doesNotContain(person);
  }

  @Test
  void someoneWithARecordAlreadyIsFlaggedAsAPossibleMatchAndJoinedOnlyWhenThePractitionerSaysSo() {
    String lastName = uniqueName();
    StaffMember sam = staff.loadUserByUsername("practitioner");
    UUID existing =
        people
            .create(
                new NewPerson(
                    "Arthur",
                    lastName,
                    null,
                    null,
                    LocalDate.of(1950, 3, 27),
                    null,
                    null,
                    null,
                    null,
                    "LS7 3AB",
                    null,
                    null,
                    null,
                    null,
                    null,
                    false,
                    null,
                    null,
                    false,
                    sam.teamId(),
                    sam.id()),
                sam)
            .personId()
            .orElseThrow();
    WorkFixtures.conversation(
        context, existing, sam, TestClock.today().minusDays(300), null, List.of());
    WebSession arthur = new WebSession(port);
    ask(arthur, "MYSELF", "Arthur", lastName, "LS7 3AB", null);

    WebSession practitioner = WebSession.signedIn(port, "practitioner", "strengths-demo");
    String home = practitioner.get("/").body();
    assertThat(home).contains("Arthur " + lastName, "Possible match");
    UUID request = requestId(home, "Arthur " + lastName);
    assertThat(practitioner.get("/support-requests/" + request).body())
        .contains(
            "These records may be the same person", "Arthur " + lastName + ", born 27 March 1950");

    assertThat(practitioner.post("/support-requests/" + request, Map.of()).body())
        .contains("There is a problem", "Select who this is");
    HttpResponse<String> joined =
        practitioner.post("/support-requests/" + request, Map.of("who", existing.toString()));
    assertThat(WebSession.location(joined)).isEqualTo("/people/" + existing);
    assertThat(people.likelyDuplicates("Arthur", lastName, LocalDate.of(1950, 3, 27), null))
        .hasSize(1);
    assertThat(waitingForAFirstConversation(sam.teamId())).contains(existing);
  }

  @Test
  void badAnswersGetAMessageEachAndKeepWhatWasTyped() {
    WebSession visitor = new WebSession(port);
    visitor.get("/ask-for-support");
    visitor.post("/ask-for-support/start", Map.of());

    HttpResponse<String> none = visitor.post("/ask-for-support/who-for", Map.of());
    assertThat(none.statusCode()).isEqualTo(200);
    assertThat(none.body()).contains("There is a problem", "Select who you want support for");
    visitor.post("/ask-for-support/who-for", Map.of("whoFor", "MYSELF"));

    HttpResponse<String> empty =
        visitor.post("/ask-for-support/what-matters", Map.of("whatMatters", "   "));
    assertThat(empty.body()).contains("Tell us what matters", "href=\"#whatMatters\"");
    HttpResponse<String> tooLong =
        visitor.post("/ask-for-support/what-matters", Map.of("whatMatters", "a".repeat(2001)));
    assertThat(tooLong.body()).contains("must be 2,000 characters or fewer", "a".repeat(2001));

    HttpResponse<String> script =
        visitor.post(
            "/ask-for-support/name",
            Map.of("firstName", "<script>alert(1)</script>", "lastName", "Smith"));
    assertThat(script.body())
        .contains("Remove the &lt; and &gt; signs", "&lt;script&gt;alert(1)&lt;/script&gt;")
        .doesNotContain("<script>alert(1)");

    HttpResponse<String> date =
        visitor.post(
            "/ask-for-support/date-of-birth",
            Map.of("dateOfBirthDay", "31", "dateOfBirthMonth", "2", "dateOfBirthYear", "1950"));
    assertThat(date.body())
        .contains("Date of birth must be a real date", "href=\"#dateOfBirthDay\"", "value=\"31\"");
    assertThat(
            visitor
                .post(
                    "/ask-for-support/date-of-birth",
                    Map.of(
                        "dateOfBirthDay", "1", "dateOfBirthMonth", "1", "dateOfBirthYear", "2030"))
                .body())
        .contains("Date of birth must be in the past");
    assertThat(visitor.post("/ask-for-support/postcode", Map.of("postcode", "NOT A CODE")).body())
        .contains("Enter a real postcode", "value=\"NOT A CODE\"");
    assertThat(
            visitor.post("/ask-for-support/nhs-number", Map.of("nhsNumber", "123 456 7890")).body())
        .contains("This is not a real NHS number");
    assertThat(visitor.post("/ask-for-support/contact", Map.of("email", "not-an-email")).body())
        .contains("Enter an email address in the right format", "value=\"not-an-email\"");
    assertThat(visitor.post("/ask-for-support/contact", Map.of()).body())
        .contains("Enter an email address or a phone number");
  }

  @Test
  void answersCanBeSavedAndReturnedToFromAnotherBrowserWithTheLinkOnly() {
    WebSession visitor = new WebSession(port);
    visitor.get("/ask-for-support");
    visitor.post("/ask-for-support/start", Map.of());
    visitor.post("/ask-for-support/who-for", Map.of("whoFor", "CARER"));
    HttpResponse<String> saved =
        visitor.post(
            "/ask-for-support/what-matters",
            Map.of("whatMatters", "Keeping Mum at home", "saveForLater", "true"));
    assertThat(WebSession.location(saved)).isEqualTo("/ask-for-support/saved");
    String page = visitor.get("/ask-for-support/saved").body();
    Matcher link = Pattern.compile("/ask-for-support/return/([A-Za-z0-9_-]{43})").matcher(page);
    assertThat(link.find()).as("the save-and-return link on " + page).isTrue();
    assertThat(page).contains("The link works until 22 July 2026");

    WebSession later = new WebSession(port);
    assertThat(WebSession.location(later.get("/ask-for-support/what-matters")))
        .isEqualTo("/ask-for-support");
    HttpResponse<String> back = later.get(link.group());
    assertThat(WebSession.location(back)).isEqualTo("/ask-for-support/what-would-help");
    assertThat(later.get("/ask-for-support/what-matters").body()).contains("Keeping Mum at home");

    HttpResponse<String> unknown = later.get("/ask-for-support/return/" + "x".repeat(43));
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.body()).contains("This link does not work any more");
  }

  @Test
  void aFormWithTheHiddenBoxFilledInIsRefusedInPlainWords() {
    WebSession program = new WebSession(port);
    program.get("/ask-for-support");
    HttpResponse<String> refused =
        program.post("/ask-for-support/start", Map.of("website", "http://spam.example"));
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body())
        .contains("We could not send your request", "a box that people leave empty");
  }

  @Test
  void oneBrowserMaySendOnlyAFewRequestsAnHour() {
    WebSession busy = new WebSession(port);
    for (int i = 0; i < SupportRequestsLimitsInTests.PER_SESSION; i++) {
      ask(busy, "MYSELF", "Busy", uniqueName(), "LS11 5AB", null);
    }
    startAndAnswer(busy, "MYSELF", "Busy", uniqueName(), "LS11 5AB", null);
    HttpResponse<String> refused = busy.post("/ask-for-support/check", Map.of());
    assertThat(refused.statusCode()).isEqualTo(429);
    assertThat(refused.body()).contains("Too many requests have been sent", "Try again in an hour");
  }

  @Test
  void theDemoCouncilStartsWithANewPersonAndAPossibleMatchWaitingForNorthLocality() {
    String online = WebSession.signedIn(port, "practitioner", "strengths-demo").get("/").body();
    String table = online.substring(online.indexOf("id=\"online-table\""));
    assertThat(table).contains("Edna Whitmore", "No match: new person", "Possible match");
  }

  @Test
  void theQuestionPagesAreOpenToEveryoneButTheTeamsPageIsNot() {
    WebSession anyone = new WebSession(port);
    assertThat(anyone.get("/ask-for-support").statusCode()).isEqualTo(200);
    assertThat(WebSession.location(anyone.get("/support-requests/" + UUID.randomUUID())))
        .isEqualTo("/sign-in");
    WebSession analyst = WebSession.signedIn(port, "analyst", "strengths-demo");
    assertThat(analyst.get("/support-requests/" + UUID.randomUUID()).statusCode()).isEqualTo(403);
    WebSession sam = WebSession.signedIn(port, "practitioner", "strengths-demo");
    assertThat(sam.get("/support-requests/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
    assertThat(sam.get("/ask-for-support").statusCode()).isEqualTo(200);
  }

  /** The per-session limit the application runs with in tests (the default). */
  static final class SupportRequestsLimitsInTests {
    static final int PER_SESSION = 3;
  }

  /** Answers every question and sends; the reference shown. */
  private String ask(
      WebSession who, String whoFor, String first, String last, String postcode, String contact) {
    startAndAnswer(who, whoFor, first, last, postcode, contact);
    HttpResponse<String> sent = who.post("/ask-for-support/check", Map.of());
    assertThat(WebSession.location(sent)).isEqualTo("/ask-for-support/confirmation");
    String confirmation = who.get("/ask-for-support/confirmation").body();
    Matcher reference = REFERENCE.matcher(confirmation);
    assertThat(reference.find()).as(confirmation).isTrue();
    return reference.group();
  }

  private void startAndAnswer(
      WebSession who, String whoFor, String first, String last, String postcode, String contact) {
    who.get("/ask-for-support");
    assertThat(WebSession.location(who.post("/ask-for-support/start", Map.of())))
        .isEqualTo("/ask-for-support/who-for");
    answer(who, "who-for", Map.of("whoFor", whoFor), "what-matters");
    answer(who, "what-matters", Map.of("whatMatters", "Her garden and her cat"), "going-well");
    answer(who, "going-well", Map.of("goingWell", ""), "what-would-help");
    answer(who, "what-would-help", Map.of("whatWouldHelp", "Help on the stairs"), "name");
    answer(who, "name", Map.of("firstName", first, "lastName", last), "date-of-birth");
    answer(
        who,
        "date-of-birth",
        Map.of("dateOfBirthDay", "27", "dateOfBirthMonth", "3", "dateOfBirthYear", "1950"),
        "nhs-number");
    answer(who, "nhs-number", Map.of("nhsNumber", ""), "postcode");
    answer(who, "postcode", Map.of("postcode", postcode), "contact");
    Map<String, String> reach =
        contact == null
            ? Map.of("phone", "0113 496 0000")
            : Map.of(
                "contactName", contact, "email", "kwame@example.com", "phone", "07700 900 418");
    answer(who, "contact", reach, "check");
    assertThat(who.get("/ask-for-support/check").body())
        .contains("Check your answers before sending", first + " " + last, "27 March 1950");
  }

  private static void answer(WebSession who, String page, Map<String, String> fields, String next) {
    assertThat(who.get("/ask-for-support/" + page).statusCode()).as(page).isEqualTo(200);
    HttpResponse<String> response = who.post("/ask-for-support/" + page, fields);
    assertThat(WebSession.location(response))
        .as(page + " answered " + response.statusCode() + " " + response.body())
        .isEqualTo("/ask-for-support/" + next);
  }

  private static UUID requestId(String page, String name) {
    Matcher link = REQUEST_LINK.matcher(page);
    while (link.find()) {
      if (link.group(2).equals(name)) {
        return UUID.fromString(link.group(1));
      }
    }
    throw new AssertionError("No request for " + name);
  }

  /** The team's queue for a first conversation, as My work and the waiting list read it. */
  private List<UUID> waitingForAFirstConversation(UUID teamId) {
    return caseloads
        .waitingForFirstConversation(teamId, followUps.withAnOpenRequest(teamId), Integer.MAX_VALUE)
        .longest()
        .stream()
        .map(Caseloads.Waiting::personId)
        .toList();
  }

  private static String uniqueName() {
    StringBuilder name = new StringBuilder("Z");
    for (int i = 0; i < 7; i++) {
      name.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
    }
    return name.toString();
  }
}
