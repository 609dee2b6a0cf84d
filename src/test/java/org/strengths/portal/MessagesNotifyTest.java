package org.strengths.portal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.strengths.access.Role;
import org.strengths.access.StaffAccounts;
import org.strengths.access.StaffMember;
import org.strengths.access.Teams;
import org.strengths.person.People;
import org.strengths.testing.RecordFixtures;
import org.strengths.testing.TestClock;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * "You have a new message" through GOV.UK Notify's own client to a fake Notify (WireMock): the
 * template ids are the configured ones, email or text as the person was invited, the person's
 * message carries their first name only and the worker's nothing at all, never the words of the
 * message; a Notify failure leaves the notice to be tried again (docs/adr/0162).
 */
@SpringBootTest
@ActiveProfiles("test")
class MessagesNotifyTest {

  static final String SERVICE_ID = "26785a09-ab16-4eb0-8407-a37497a57506";
  static final String SECRET = "3d844edf-8d35-48ac-975b-e847b4f122b0";
  static final String NEW_MESSAGE = "5c1d7a3e-0f4b-4a8e-9b6c-2d3e4f5a6b7c";
  static final String NEW_MESSAGE_SMS = "6d2e8b4f-1a5c-4b9f-8c7d-3e4f5a6b7c8d";
  static final String NEW_MESSAGE_STAFF = "7e3f9c5a-2b6d-4cae-9d8e-4f5a6b7c8d9e";
  static final String WORDS = "My carer came late again and I missed my appointment at the clinic";

  static final WireMockServer notify = new WireMockServer(options().dynamicPort());

  static {
    notify.start();
  }

  @DynamicPropertySource
  static void notifyProperties(DynamicPropertyRegistry registry) {
    registry.add("strengths.notify.api-key", () -> "strengths_test-" + SERVICE_ID + "-" + SECRET);
    registry.add("strengths.notify.base-url", notify::baseUrl);
    registry.add("strengths.notify.templates.new-message", () -> NEW_MESSAGE);
    registry.add("strengths.notify.templates.new-message-sms", () -> NEW_MESSAGE_SMS);
    registry.add("strengths.notify.templates.new-message-staff", () -> NEW_MESSAGE_STAFF);
    registry.add("strengths.notify.templates.invitation", () -> UUID.randomUUID().toString());
    registry.add("strengths.notify.templates.invitation-sms", () -> UUID.randomUUID().toString());
    registry.add("strengths.notify.poll-interval", () -> "PT1H");
  }

  @AfterAll
  static void stopNotify() {
    notify.stop();
  }

  @Autowired PersonMessages messages;
  @Autowired Invitations invitations;
  @Autowired OutboxSender sender;
  @Autowired Teams teams;
  @Autowired StaffAccounts staff;
  @Autowired People people;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void notifyAcceptsEverything() {
    notify.resetAll();
    notify.stubFor(post(urlEqualTo("/v2/notifications/email")).willReturn(accepted()));
    notify.stubFor(post(urlEqualTo("/v2/notifications/sms")).willReturn(accepted()));
  }

  private static int unique() {
    return ThreadLocalRandom.current().nextInt(1_000_000);
  }

  private StaffMember worker(String username) {
    UUID team = teams.add("Notify messages team " + unique());
    staff.addDemoAccount(username, "Asha Patel", Role.PRACTITIONER, team, null);
    return staff.loadUserByUsername(username);
  }

  /** A person of the worker's, invited at the address. */
  private RecordFixtures.Person invited(String firstName, StaffMember worker, String contact) {
    RecordFixtures.Person person = new RecordFixtures(jdbc, people).person(firstName, worker);
    assertThat(invitations.invite(person.id(), ContactAddress.parse(contact), worker.id()))
        .isInstanceOf(Invitations.Done.class);
    return person;
  }

  @Test
  void aReplyByEmailSendsTheConfiguredTemplateWithTheFirstNameOnly() {
    StaffMember worker = worker("notify-msg" + unique());
    String contact = "lin" + unique() + "@example.com";
    RecordFixtures.Person lin = invited("Lin", worker, contact);

    messages.fromStaff(lin.id(), worker, WORDS);

    UUID id = outboxId(PersonMessages.TO_PERSON, contact);
    OutboxRows.waitFor(jdbc, id, "SENT");
    JsonNode body = json(requestFor("/v2/notifications/email", id));
    assertThat(body.get("template_id").asString()).isEqualTo(NEW_MESSAGE);
    assertThat(body.get("email_address").asString()).isEqualTo(contact);
    assertThat(body.get("personalisation").propertyNames()).containsExactly("first_name");
    assertThat(body.get("personalisation").get("first_name").asString()).isEqualTo("Lin");
    String sent = body.toString();
    assertThat(sent).doesNotContain("carer", lin.displayName().split(" ")[1], "Asha");
  }

  @Test
  void aPersonInvitedByMobileIsToldByTextWithTheTextTemplate() {
    StaffMember worker = worker("notify-msg" + unique());
    String mobile = String.format("07700%06d", unique());
    RecordFixtures.Person mo = invited("Mo", worker, mobile);

    messages.fromStaff(mo.id(), worker, WORDS);

    UUID id = outboxId(PersonMessages.TO_PERSON, mobile);
    OutboxRows.waitFor(jdbc, id, "SENT");
    JsonNode body = json(requestFor("/v2/notifications/sms", id));
    assertThat(body.get("template_id").asString()).isEqualTo(NEW_MESSAGE_SMS);
    assertThat(body.get("phone_number").asString()).isEqualTo(mobile);
    assertThat(body.get("personalisation").propertyNames()).containsExactly("first_name");
    assertThat(body.toString()).doesNotContain("carer");
  }

  @Test
  void theWorkerIsToldByEmailWithNothingAboutThePersonOrTheMessage() {
    String email = "asha" + unique() + "@council.example";
    StaffMember worker = worker(email);
    RecordFixtures.Person kit = invited("Kit", worker, "kit" + unique() + "@example.com");

    messages.fromPerson(kit.id(), WORDS, null);

    UUID id = outboxId(PersonMessages.TO_STAFF, email);
    OutboxRows.waitFor(jdbc, id, "SENT");
    JsonNode body = json(requestFor("/v2/notifications/email", id));
    assertThat(body.get("template_id").asString()).isEqualTo(NEW_MESSAGE_STAFF);
    assertThat(body.get("email_address").asString()).isEqualTo(email);
    JsonNode personalisation = body.get("personalisation");
    assertThat(personalisation == null || personalisation.isNull() || personalisation.isEmpty())
        .as("personalisation of the worker's notice: " + personalisation)
        .isTrue();
    assertThat(body.toString()).doesNotContain("Kit", "carer");
  }

  @Test
  void aNotifyFailureLeavesTheNoticeToBeTriedAgain() {
    notify.stubFor(
        post(urlEqualTo("/v2/notifications/email"))
            .willReturn(
                aResponse()
                    .withStatus(500)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"status_code\":500,\"errors\":[{\"error\":\"Exception\","
                            + "\"message\":\"Internal server error\"}]}")));
    StaffMember worker = worker("notify-msg" + unique());
    String contact = "ola" + unique() + "@example.com";
    RecordFixtures.Person ola = invited("Ola", worker, contact);

    messages.fromStaff(ola.id(), worker, WORDS);

    UUID id = outboxId(PersonMessages.TO_PERSON, contact);
    OutboxRows.waitForAttempts(jdbc, id, 1);
    assertThat(OutboxRows.status(jdbc, id)).isEqualTo("WAITING");

    notify.stubFor(post(urlEqualTo("/v2/notifications/email")).willReturn(accepted()));
    sender.sendDue(TestClock.now().plus(Duration.ofMinutes(2)));
    assertThat(OutboxRows.status(jdbc, id)).isEqualTo("SENT");
  }

  private UUID outboxId(String template, String recipient) {
    return jdbc.sql(
            "SELECT id FROM portal_outbox WHERE template = :t AND recipient = :r"
                + " ORDER BY seq DESC LIMIT 1")
        .param("t", template)
        .param("r", recipient)
        .query(UUID.class)
        .single();
  }

  private static JsonNode json(LoggedRequest request) {
    return JsonMapper.builder().build().readTree(request.getBodyAsString());
  }

  private LoggedRequest requestFor(String path, UUID id) {
    List<LoggedRequest> requests =
        notify.findAll(
            postRequestedFor(urlEqualTo(path))
                .withRequestBody(matchingJsonPath("$.reference", equalTo(id.toString()))));
    assertThat(requests).hasSize(1);
    return requests.get(0);
  }

  private static ResponseDefinitionBuilder accepted() {
    return aResponse()
        .withStatus(201)
        .withHeader("Content-Type", "application/json")
        .withBody(
            """
            {"id": "740e5834-3a29-46b4-9a6f-16142fde533a", "reference": null,
             "content": {"body": "You have a new message", "subject": "A new message",
                         "from_email": "strengths@notifications.service.gov.uk"},
             "uri": "https://example.com/v2/notifications/740e5834-3a29-46b4-9a6f-16142fde533a",
             "template": {"id": "5c1d7a3e-0f4b-4a8e-9b6c-2d3e4f5a6b7c", "version": 1,
                          "uri": "https://example.com/v2/templates/5c1d7a3e"}}
            """);
  }
}
