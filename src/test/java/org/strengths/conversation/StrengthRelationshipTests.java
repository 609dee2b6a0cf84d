package org.strengths.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.strengths.access.StaffAccounts;
import org.strengths.access.StaffMember;
import org.strengths.network.Networks;
import org.strengths.person.People;
import org.strengths.testing.ApiClient;
import org.strengths.testing.TestClock;
import org.strengths.testing.WebSession;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A strength that points to one of the person's relationships, on the pages and in the API. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class StrengthRelationshipTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort int port;

  private ApiClient api;
  @Autowired People people;
  @Autowired StaffAccounts accounts;
  @Autowired Networks networks;
  @Autowired JdbcClient jdbc;

  private UUID person;
  private String base;
  private WebSession browser;
  private UUID mary;
  private String maryLabel;

  @BeforeEach
  void callTheApiOnThisPort() {
    api = new ApiClient(port, jdbc);
  }

  @BeforeEach
  void aPersonWithARelationshipInTheirNetwork() {
    StaffMember practitioner = ConversationTestData.staff(accounts, "practitioner");
    person = ConversationTestData.personOf(people, practitioner);
    base = "/people/" + person + "/conversations";
    browser = WebSession.signedIn(port, "practitioner", "strengths-demo");
    maryLabel = "Mary " + ConversationTestData.name();
    mary = addRelationship(person, maryLabel);
  }

  @Test
  void aStrengthPointsToARelationshipShownWithALinkAndCarriedForward() {
    String form = browser.get(base + "/new").body();
    assertThat(form)
        .contains("id=\"strengths-0-networkMemberId\"", "Not linked to a relationship")
        .contains(maryLabel + " (family)");

    Map<String, String> fields = complete();
    fields.put("strengths[0].kind", "relationship");
    fields.put("strengths[0].description", "Her daughter visits every Sunday");
    fields.put("strengths[0].identifiedBy", "person");
    fields.put("strengths[0].networkMemberId", mary.toString());
    HttpResponse<String> saved = browser.post(base + "/new", fields);

    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
    String page =
        browser.get(WebSession.location(saved).replaceFirst("^https?://[^/]+", "")).body();
    assertThat(page)
        .contains("Relationship: " + maryLabel + " (family)")
        .contains("href=\"/people/" + person + "/network/" + mary + "/edit\"");

    String next = browser.get(base + "/new").body();
    assertThat(next).containsPattern("value=\"" + mary + "\"\\s+selected=\"selected\"");
  }

  @Test
  void refusesARelationshipThatIsNotThePersonsWithAClearMessage() {
    UUID someoneElse =
        ConversationTestData.personOf(people, ConversationTestData.staff(accounts, "practitioner"));
    UUID theirs = addRelationship(someoneElse, "Pat " + ConversationTestData.name());

    for (String chosen :
        new String[] {theirs.toString(), "not-an-id", UUID.randomUUID().toString()}) {
      Map<String, String> fields = complete();
      fields.put("strengths[0].kind", "relationship");
      fields.put("strengths[0].description", "A good friend");
      fields.put("strengths[0].identifiedBy", "person");
      fields.put("strengths[0].networkMemberId", chosen);

      HttpResponse<String> page = browser.post(base + "/new", fields);

      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body())
          .contains(
              "Select one of the person’s relationships", "href=\"#strengths-0-networkMemberId\"")
          .contains("A good friend");
    }
  }

  @Test
  void theApiTakesAndGivesTheRelationshipAndChecksItTheSameWay() throws Exception {
    String token = api.tokenFor("practitioner");
    HttpResponse<String> created =
        api.send(
            token, "POST", "/api/v1/people/" + person + "/conversations", body(mary.toString()));

    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String id = JSON.readTree(created.body()).get("id").asText();
    JsonNode read =
        JSON.readTree(api.send(token, "GET", "/api/v1/conversations/" + id, null).body());
    assertThat(read.get("strengths").get(0).get("networkMemberId").asText())
        .isEqualTo(mary.toString());

    HttpResponse<String> refused =
        api.send(
            token,
            "POST",
            "/api/v1/people/" + person + "/conversations",
            body(UUID.randomUUID().toString()));
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("strengths.0.networkMemberId");
  }

  private UUID addRelationship(UUID who, String label) {
    browser.get("/people/" + who + "/network/new");
    Map<String, String> form = new LinkedHashMap<>();
    form.put("kind", "FAMILY");
    form.put("label", label);
    form.put("specificTie", "");
    form.put("strength", "STRONG");
    form.put("stressful", "no");
    form.put("direction", "BOTH_WAYS");
    form.put("contactFrequency", "WEEKLY");
    form.put("wantsChange", "NO");
    form.put("givesCare", "no");
    form.put("consentToContact", "YES");
    HttpResponse<String> added = browser.post("/people/" + who + "/network/new", form);
    assertThat(added.statusCode()).as(added.body()).isEqualTo(302);
    return networks.members(who).stream()
        .filter(member -> member.label().equals(label))
        .findFirst()
        .orElseThrow()
        .id();
  }

  private static String body(String memberId) {
    return """
        {"heldOn":"2026-01-05","stage":"crisis","channel":"home",
         "strengths":[{"kind":"relationship","description":"Daughter","identifiedBy":"person",
           "networkMemberId":"%s"}],
         "outcome":"Progress to Assessment"}
        """
        .formatted(memberId);
  }

  private static Map<String, String> complete() {
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
}
