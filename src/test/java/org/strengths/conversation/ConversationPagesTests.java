package org.strengths.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.strengths.access.StaffAccounts;
import org.strengths.access.StaffMember;
import org.strengths.person.People;
import org.strengths.testing.TestClock;
import org.strengths.testing.WebSession;

/** The conversation pages over real HTTP, signed in as the demo staff. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ConversationPagesTests {

  private static final String PASSWORD = "strengths-demo";

  @LocalServerPort int port;
  @Autowired People people;
  @Autowired StaffAccounts accounts;
  @Autowired JdbcClient jdbc;
  @Autowired ApplicationContext context;

  private UUID person;
  private String base;
  private WebSession browser;

  @BeforeEach
  void aPersonAllocatedToThePractitioner() {
    StaffMember practitioner = ConversationTestData.staff(accounts, "practitioner");
    person = ConversationTestData.personOf(people, practitioner);
    base = "/people/" + person + "/conversations";
    browser = WebSession.signedIn(port, "practitioner", PASSWORD);
    browser.get(base + "/new");
  }

  @Test
  void recordsAConversationAndCoachesThePractitionerButNotThePersonsOwnWords() {
    assertThat(browser.get(base + "/new").statusCode()).isEqualTo(200);

    Map<String, String> fields = complete();
    fields.put("whatMatters[0].words", "I am not a service user, I am Ada");
    fields.put("whatMatters[0].attribution", "person");
    fields.put("analysis", "Ada refused the day centre. She said \"no client stuff\".");
    fields.put("strengths[0].kind", "interests");
    fields.put("strengths[0].description", "Grows prize leeks");
    fields.put("strengths[0].identifiedBy", "person");
    HttpResponse<String> saved = browser.post(base + "/new", fields);

    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
    String location = WebSession.location(saved);
    assertThat(location).matches(".*/conversations/[0-9a-f-]{36}$");
    String page = browser.get(location.replaceFirst("^https?://[^/]+", "")).body();
    assertThat(page).contains("I am not a service user, I am Ada", "Grows prize leeks");
    assertThat(page).contains("id=\"language-coach\"", "“refused” in Your analysis");
    assertThat(page).doesNotContain("“service user”", "“client”");
    assertThat(audit()).contains("conversation/create", "conversation/view");
  }

  @Test
  void listsConversationsTwentyFiveToAPageNewestFirst() {
    StaffMember practitioner = ConversationTestData.staff(accounts, "practitioner");
    LocalDate first = LocalDate.of(2024, 1, 1);
    for (int week = 0; week < 27; week++) {
      ConversationTestData.completed(
          context, person, practitioner, first.plusWeeks(week), "NFA - Other");
    }

    String firstPage = browser.get(base).body();
    String secondPage = browser.get(base + "?page=2").body();

    assertThat(firstPage)
        .contains("Showing 1 to 25 of 27 conversations", "Conversation 27", "Conversation 3<")
        .doesNotContain("Conversation 2<", "rel=\"prev\"")
        .contains("href=\"" + base + "?page=2\"", "page 2 of 2");
    assertThat(secondPage)
        .contains("Showing 26 to 27 of 27 conversations", "Conversation 2<", "Conversation 1<")
        .doesNotContain("Conversation 3<", "rel=\"next\"")
        .contains("href=\"" + base + "?page=1\"", "page 1 of 2");
    assertThat(browser.get(base + "?page=99").body()).contains("Showing 26 to 27 of 27");
    HttpResponse<String> mistyped = browser.get(base + "?page=%3Cscript%3E");
    assertThat(mistyped.statusCode()).isEqualTo(200);
    assertThat(mistyped.body()).contains("Showing 1 to 25 of 27");
  }

  @Test
  void addsAnotherStrengthRowWithoutJavaScriptAndKeepsWhatWasTyped() {
    Map<String, String> fields = complete();
    fields.put("strengths[0].kind", "skills");
    fields.put("strengths[0].description", "Fixes bicycles");
    fields.put("action", "add-strengths");

    HttpResponse<String> page = browser.post(base + "/new", fields);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Fixes bicycles", "id=\"strengths-1-description\"");
    assertThat(audit()).doesNotContain("conversation/create");
  }

  @Test
  void explainsEachProblemAndKeepsTheText() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("heldOnDay", "31");
    fields.put("heldOnMonth", "2");
    fields.put("heldOnYear", "2026");
    fields.put("analysis", "x".repeat(10_001));
    fields.put("whoWasThere", "y".repeat(201));
    fields.put("goodDay", "<script>alert(1)</script>");
    fields.put("spending[0].amount", "12.345");
    fields.put("spending[0].whatFor", "Bus fare");
    fields.put("actions[0].what", "Ring the library");
    fields.put("actions[0].who", "person");
    fields.put("actions[0].byWhen", "next Tuesday");

    HttpResponse<String> page = browser.post(base + "/new", fields);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains(
            "The date of the conversation must be a real date",
            "Select the stage of the conversation",
            "Select the outcome of the conversation",
            "Must be 10,000 characters or fewer",
            "Must be 200 characters or fewer",
            "Enter an amount in pounds and pence",
            "The date it should be done by must be a real date",
            "&lt;script&gt;alert(1)&lt;/script&gt;")
        .doesNotContain("<script>alert(1)</script>");
  }

  @Test
  void savesADraftThatShowsOnTheListAndAutosavesWithoutLosingAnything() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("goodDay", "Coffee with Mo");
    fields.put("action", "autosave");
    HttpResponse<String> autosaved = browser.postForJson(base + "/new", fields);
    assertThat(autosaved.statusCode()).as(autosaved.body()).isEqualTo(200);
    assertThat(autosaved.body()).contains("\"saved\":true");
    String id = autosaved.body().replaceAll(".*\"conversationId\":\"([0-9a-f-]{36})\".*", "$1");

    fields.put("conversationId", id);
    fields.put("version", "0");
    fields.put("hardDay", "Rainy Mondays");
    fields.put("action", "draft");
    HttpResponse<String> drafted = browser.post(base + "/new", fields);
    assertThat(drafted.statusCode()).isEqualTo(302);
    assertThat(WebSession.location(drafted)).endsWith(base + "/" + id + "/edit");

    assertThat(browser.get(base + "/" + id + "/edit").body())
        .contains("Coffee with Mo", "Rainy Mondays");
    assertThat(browser.get(base).body()).contains("Continue draft", "Draft");
  }

  @Test
  void showsAConflictAndKeepsTheUsersTextWhenSomeoneElseSavedFirst() {
    HttpResponse<String> saved = browser.post(base + "/new", complete());
    String edit = WebSession.location(saved).replaceFirst("^https?://[^/]+", "") + "/edit";
    Map<String, String> first = complete();
    first.put("version", "0");
    first.put("goodDay", "Their version of the day");
    assertThat(browser.post(edit, first).statusCode()).isEqualTo(302);

    Map<String, String> second = complete();
    second.put("version", "0");
    second.put("goodDay", "My version of the day");
    HttpResponse<String> conflict = browser.post(edit, second);

    assertThat(conflict.statusCode()).isEqualTo(200);
    assertThat(conflict.body())
        .contains(
            "saved this conversation on", "My version of the day", "Their version of the day");
  }

  @Test
  void carriesStrengthsForwardToTheNextConversation() {
    Map<String, String> fields = complete();
    fields.put("strengths[0].kind", "relationship");
    fields.put("strengths[0].description", "Close to her neighbour Pat");
    browser.post(base + "/new", fields);

    String next = browser.get(base + "/new").body();

    assertThat(next).contains("Close to her neighbour Pat", "From the last conversation");
  }

  @Test
  void refusesOtherRolesAndOffersBreakGlassWithoutARelationship() {
    WebSession analyst = WebSession.signedIn(port, "analyst", PASSWORD);
    assertThat(analyst.get(base).statusCode()).isEqualTo(403);

    WebSession stranger = WebSession.signedIn(port, "practitioner2", PASSWORD);
    HttpResponse<String> offer = stranger.get(base + "/new");
    assertThat(offer.statusCode()).isEqualTo(403);
    assertThat(offer.body()).contains("id=\"break-glass\"");
  }

  @Test
  void checksTextForTheScript() {
    browser.get(base + "/new");
    HttpResponse<String> flags =
        browser.postForJson(
            "/language-coach/check", Map.of("text", "Ada refuses her package of care"));

    assertThat(flags.statusCode()).isEqualTo(200);
    assertThat(flags.body()).contains("\"term\":\"refuses\"", "\"term\":\"package of care\"");
  }

  private Map<String, String> complete() {
    Map<String, String> fields = new LinkedHashMap<>();
    LocalDate today = TestClock.today();
    fields.put("heldOnDay", String.valueOf(today.getDayOfMonth()));
    fields.put("heldOnMonth", String.valueOf(today.getMonthValue()));
    fields.put("heldOnYear", String.valueOf(today.getYear()));
    fields.put("stage", "listen-and-connect");
    fields.put("channel", "home");
    fields.put("outcome", "NFA - Information & Advice / Signposting only");
    return fields;
  }

  private List<String> audit() {
    return jdbc.sql(
            "SELECT section || '/' || action FROM audit_entry WHERE person_id = :p ORDER BY seq")
        .param("p", person)
        .query(String.class)
        .list();
  }
}
