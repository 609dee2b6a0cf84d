package org.strengths.portal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.strengths.testing.TestClock;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Messages go through GOV.UK Notify's own Java client to a fake Notify (WireMock): the template id
 * and the personalisation are what Notify receives, nothing personal but the first name goes with
 * them, and a Notify failure leaves the message in the outbox to be tried again.
 */
@SpringBootTest
@ActiveProfiles("test")
class NotifyOutboxTest {

  static final String SERVICE_ID = "26785a09-ab16-4eb0-8407-a37497a57506";
  static final String SECRET = "3d844edf-8d35-48ac-975b-e847b4f122b0";
  static final String SIGN_IN_TEMPLATE = "f33517ff-2a88-4f6e-b855-c550268ce08a";
  static final String SMS_TEMPLATE = "0b6a8c8e-5d7e-4f0a-9a43-6c1f0d2e9b11";

  static final WireMockServer notify = new WireMockServer(options().dynamicPort());

  static {
    notify.start();
  }

  @DynamicPropertySource
  static void notifyProperties(DynamicPropertyRegistry registry) {
    registry.add("strengths.notify.api-key", () -> "strengths_test-" + SERVICE_ID + "-" + SECRET);
    registry.add("strengths.notify.base-url", notify::baseUrl);
    registry.add("strengths.notify.templates.sign-in-code", () -> SIGN_IN_TEMPLATE);
    registry.add("strengths.notify.templates.invitation", () -> UUID.randomUUID().toString());
    registry.add("strengths.notify.templates.sign-in-code-sms", () -> SMS_TEMPLATE);
    registry.add("strengths.notify.poll-interval", () -> "PT1H");
  }

  @AfterAll
  static void stopNotify() {
    notify.stop();
  }

  @Autowired Notifications notifications;
  @Autowired OutboxSender sender;
  @Autowired JdbcClient jdbc;
  @Autowired PlatformTransactionManager transactionManager;

  @BeforeEach
  void notifyAcceptsEverything() {
    notify.resetAll();
    notify.stubFor(post(urlEqualTo("/v2/notifications/email")).willReturn(accepted()));
    notify.stubFor(post(urlEqualTo("/v2/notifications/sms")).willReturn(accepted()));
  }

  @Test
  void notifyReceivesTheTemplateIdAndOnlyTheFirstNameAndTheCode() {
    UUID id = send("sign-in-code", "Nusrat.Raza@example.com", "Nusrat", "482913");

    OutboxRows.waitFor(jdbc, id, "SENT");

    LoggedRequest request = requestFor(id);
    JsonNode body = JsonMapper.builder().build().readTree(request.getBodyAsString());
    assertThat(body.get("template_id").asString()).isEqualTo(SIGN_IN_TEMPLATE);
    assertThat(body.get("email_address").asString()).isEqualTo("nusrat.raza@example.com");
    assertThat(body.get("personalisation").propertyNames())
        .containsExactlyInAnyOrder("first_name", "code");
    assertThat(body.get("personalisation").get("first_name").asString()).isEqualTo("Nusrat");
    assertThat(body.get("personalisation").get("code").asString()).isEqualTo("482913");
    assertThat(request.getHeader("Authorization")).startsWith("Bearer ");
  }

  @Test
  void aTextMessageGoesToTheMobileNumberWrittenOneWay() {
    UUID id = send("sign-in-code", "+44 7700 900 123", "Mo", "123456");

    OutboxRows.waitFor(jdbc, id, "SENT");

    notify.verify(
        postRequestedFor(urlEqualTo("/v2/notifications/sms"))
            .withRequestBody(matchingJsonPath("$.phone_number", equalTo("07700900123")))
            .withRequestBody(matchingJsonPath("$.template_id", equalTo(SMS_TEMPLATE)))
            .withRequestBody(matchingJsonPath("$.reference", equalTo(id.toString()))));
  }

  @Test
  void aSentCodeIsNoLongerKeptInTheOutbox() {
    UUID id = send("sign-in-code", "someone@example.com", "Sam", "555123");

    OutboxRows.waitFor(jdbc, id, "SENT");

    String kept =
        jdbc.sql("SELECT personalisation::text FROM portal_outbox WHERE id = :id")
            .param("id", id)
            .query(String.class)
            .single();
    assertThat(kept).doesNotContain("555123").contains("Sam");
  }

  @Test
  void aNotifyFailureLeavesTheMessageToBeTriedAgainAndALaterTryDeliversIt() {
    notify.stubFor(
        post(urlEqualTo("/v2/notifications/email"))
            .willReturn(
                aResponse()
                    .withStatus(500)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"status_code\":500,\"errors\":[{\"error\":\"Exception\","
                            + "\"message\":\"Internal server error\"}]}")));

    UUID id = send("sign-in-code", "retry@example.com", "Ali", "777888");

    OutboxRows.waitForAttempts(jdbc, id, 1);
    assertThat(OutboxRows.status(jdbc, id)).isEqualTo("WAITING");
    assertThat(sender.sendDue(TestClock.now())).as("not due again straight away").isZero();

    notify.stubFor(post(urlEqualTo("/v2/notifications/email")).willReturn(accepted()));
    sender.sendDue(TestClock.now().plus(Duration.ofMinutes(2)));

    assertThat(OutboxRows.status(jdbc, id)).isEqualTo("SENT");
    assertThat(OutboxRows.attempts(jdbc, id)).isEqualTo(2);
  }

  @Test
  void anAddressNotifyRefusesForGoodIsMarkedFailedNotRetried() {
    notify.stubFor(
        post(urlEqualTo("/v2/notifications/email"))
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"status_code\":400,\"errors\":[{\"error\":\"BadRequestError\","
                            + "\"message\":\"Can't send to this recipient\"}]}")));

    UUID id = send("sign-in-code", "refused@example.com", "Jo", "246810");

    OutboxRows.waitFor(jdbc, id, "FAILED");
    assertThat(sender.sendDue(TestClock.now().plus(Duration.ofDays(1)))).isZero();
    assertThat(OutboxRows.attempts(jdbc, id)).isEqualTo(1);
  }

  @Test
  void aMessageMayNotCarryPersonalDataBeyondTheFirstName() {
    assertThatThrownBy(
            () ->
                notifications.send(
                    "sign-in-code",
                    "someone@example.com",
                    Map.of("first_name", "Sam", "address", "1 High Street")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void nothingIsWrittenWhenTheTransactionThatCausedItRollsBack() {
    long before = count();

    TransactionTemplate transaction = new TransactionTemplate(transactionManager);
    transaction.executeWithoutResult(
        status -> {
          notifications.send(
              "sign-in-code", "rolled@example.com", Map.of("first_name", "Rae", "code", "1"));
          status.setRollbackOnly();
        });

    assertThat(count()).isEqualTo(before);
  }

  @Test
  void theWaitBetweenTriesDoublesUpToTheLongest() {
    NotifyProperties properties =
        new NotifyProperties(
            "", "", Map.of(), Duration.ofSeconds(15), Duration.ofMinutes(1), Duration.ofHours(1));

    assertThat(OutboxSender.RetryWait.after(1, properties)).isEqualTo(Duration.ofMinutes(1));
    assertThat(OutboxSender.RetryWait.after(2, properties)).isEqualTo(Duration.ofMinutes(2));
    assertThat(OutboxSender.RetryWait.after(4, properties)).isEqualTo(Duration.ofMinutes(8));
    assertThat(OutboxSender.RetryWait.after(40, properties)).isEqualTo(Duration.ofHours(1));
  }

  private UUID send(String template, String to, String firstName, String code) {
    return new TransactionTemplate(transactionManager)
        .execute(
            status ->
                notifications.send(template, to, Map.of("first_name", firstName, "code", code)));
  }

  private LoggedRequest requestFor(UUID id) {
    List<LoggedRequest> requests =
        notify.findAll(
            postRequestedFor(urlEqualTo("/v2/notifications/email"))
                .withRequestBody(matchingJsonPath("$.reference", equalTo(id.toString()))));
    assertThat(requests).hasSize(1);
    return requests.get(0);
  }

  private long count() {
    return jdbc.sql("SELECT count(*) FROM portal_outbox").query(Long.class).single();
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder accepted() {
    return aResponse()
        .withStatus(201)
        .withHeader("Content-Type", "application/json")
        .withBody(
            """
            {"id": "740e5834-3a29-46b4-9a6f-16142fde533a", "reference": null,
             "content": {"body": "Your code is 000000", "subject": "Your sign-in code",
                         "from_email": "strengths@notifications.service.gov.uk"},
             "uri": "https://example.com/v2/notifications/740e5834-3a29-46b4-9a6f-16142fde533a",
             "template": {"id": "f33517ff-2a88-4f6e-b855-c550268ce08a", "version": 1,
                          "uri": "https://example.com/v2/templates/f33517ff"}}
            """);
  }
}
