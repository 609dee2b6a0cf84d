package org.strengths.portal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import uk.gov.service.notify.NotificationClient;
import uk.gov.service.notify.NotificationClientException;

/**
 * Sends what is waiting in the outbox through GOV.UK Notify's client: each new message straight
 * after the commit that wrote it, and every minute or so whatever is due a retry. A message is
 * locked while it is sent ({@code FOR UPDATE SKIP LOCKED}), so two instances never send it twice;
 * the sweep itself runs on one instance at a time (ShedLock). When Notify fails the message waits
 * twice as long each time (from {@code first-retry} up to {@code longest-wait}); when Notify
 * refuses it for good (400: an address it cannot send to) it is marked failed. Once sent, a
 * one-time code is blanked out of the stored personalisation (docs/adr/0110).
 */
@Component
class OutboxSender implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final int SWEEP_LIMIT = 200;
  static final String BLANKED = "(sent)";

  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;
  private final Clock clock;
  private final NotifyProperties properties;
  private final NotificationClient client;
  private final ExecutorService soon =
      Executors.newSingleThreadExecutor(
          runnable -> {
            Thread thread = new Thread(runnable, "notify-outbox");
            thread.setDaemon(true);
            return thread;
          });

  OutboxSender(
      JdbcClient jdbc,
      PlatformTransactionManager transactionManager,
      Clock clock,
      NotifyProperties properties) {
    this.jdbc = jdbc;
    this.transactions = new TransactionTemplate(transactionManager);
    this.clock = clock;
    this.properties = properties;
    this.client =
        properties.sending()
            ? properties.baseUrl().isBlank()
                ? new NotificationClient(properties.apiKey())
                : new NotificationClient(properties.apiKey(), properties.baseUrl())
            : null;
  }

  /** Sends a new message in the background, once its transaction has committed. */
  void sendSoon(UUID id) {
    if (client == null) {
      return;
    }
    soon.execute(
        () -> {
          try {
            attempt(id, clock.instant());
          } catch (RuntimeException e) {
            // The sweep retries it; the request that wrote it has already been answered.
            log.warn("Outbox message {} not sent yet: {}", id, e.toString());
          }
        });
  }

  @Scheduled(
      fixedDelayString = "${strengths.notify.poll-interval:PT15S}",
      initialDelayString = "${strengths.notify.poll-interval:PT15S}")
  @SchedulerLock(name = "portal-outbox-sender", lockAtMostFor = "PT10M")
  void sweep() {
    if (client != null) {
      sendDue(clock.instant());
    }
  }

  /** Tries every message due by {@code now}; how many Notify accepted. */
  int sendDue(Instant now) {
    if (client == null) {
      return 0;
    }
    List<UUID> due =
        jdbc.sql(
                """
                SELECT id FROM portal_outbox WHERE status = 'WAITING' AND next_attempt_at <= :now
                ORDER BY next_attempt_at LIMIT :limit
                """)
            .param("now", at(now))
            .param("limit", SWEEP_LIMIT)
            .query(UUID.class)
            .list();
    int sent = 0;
    for (UUID id : due) {
      if (attempt(id, now)) {
        sent++;
      }
    }
    return sent;
  }

  /** One attempt at one message, if it is still waiting and due; whether Notify accepted it. */
  boolean attempt(UUID id, Instant now) {
    Boolean sent =
        transactions.execute(
            status -> {
              Optional<Waiting> waiting =
                  jdbc.sql(
                          """
                          SELECT template, channel, recipient, personalisation::text, attempts
                          FROM portal_outbox
                          WHERE id = :id AND status = 'WAITING' AND next_attempt_at <= :now
                          FOR UPDATE SKIP LOCKED
                          """)
                      .param("id", id)
                      .param("now", at(now))
                      .query(
                          (rs, row) ->
                              new Waiting(
                                  rs.getString(1),
                                  OutboxMessage.Channel.valueOf(rs.getString(2)),
                                  rs.getString(3),
                                  JSON.readValue(rs.getString(4), new TypeReference<>() {}),
                                  rs.getInt(5)))
                      .optional();
              return waiting.map(message -> deliver(id, message, now)).orElse(false);
            });
    return Boolean.TRUE.equals(sent);
  }

  private boolean deliver(UUID id, Waiting message, Instant now) {
    int attempts = message.attempts() + 1;
    // Notify templates are either email or text message: a text's template is "<name>-sms".
    String templateName =
        message.channel() == OutboxMessage.Channel.SMS
            ? message.template() + "-sms"
            : message.template();
    String templateId = properties.templates().get(templateName);
    try {
      if (templateId == null || templateId.isBlank()) {
        throw new NotificationClientException(
            "No Notify template id: set strengths.notify.templates." + templateName);
      }
      UUID notifyId =
          message.channel() == OutboxMessage.Channel.EMAIL
              ? client
                  .sendEmail(
                      templateId, message.recipient(), message.personalisation(), id.toString())
                  .getNotificationId()
              : client
                  .sendSms(
                      templateId, message.recipient(), message.personalisation(), id.toString())
                  .getNotificationId();
      Map<String, String> kept = new LinkedHashMap<>(message.personalisation());
      kept.computeIfPresent("code", (field, code) -> BLANKED);
      jdbc.sql(
              """
              UPDATE portal_outbox SET status = 'SENT', attempts = :attempts, sent_at = :now,
                notify_id = :notify, last_error = NULL,
                personalisation = CAST(:personalisation AS jsonb)
              WHERE id = :id
              """)
          .param("attempts", attempts)
          .param("now", at(now))
          .param("notify", notifyId == null ? null : notifyId.toString())
          .param("personalisation", JSON.writeValueAsString(kept))
          .param("id", id)
          .update();
      return true;
    } catch (NotificationClientException e) {
      boolean forGood = e.getHttpResult() == 400;
      Instant next = now.plus(RetryWait.after(attempts, properties));
      log.warn(
          "Notify {} {} message {} (attempt {}): {}",
          forGood ? "refused" : "failed to send",
          message.template(),
          id,
          attempts,
          e.getMessage());
      jdbc.sql(
              """
              UPDATE portal_outbox SET status = :status, attempts = :attempts,
                next_attempt_at = :next, last_error = :error
              WHERE id = :id
              """)
          .param("status", forGood ? "FAILED" : "WAITING")
          .param("attempts", attempts)
          .param("next", at(next))
          .param("error", shortError(e))
          .param("id", id)
          .update();
      return false;
    }
  }

  private static String shortError(NotificationClientException e) {
    String text =
        (e.getHttpResult() > 0 ? "HTTP " + e.getHttpResult() + ": " : "") + e.getMessage();
    return text.length() > 500 ? text.substring(0, 500) : text;
  }

  private static OffsetDateTime at(Instant instant) {
    return OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
  }

  @Override
  public void destroy() {
    soon.shutdownNow();
  }

  private record Waiting(
      String template,
      OutboxMessage.Channel channel,
      String recipient,
      Map<String, String> personalisation,
      int attempts) {}

  /** How long a message waits after a failed attempt. */
  static final class RetryWait {
    private RetryWait() {}

    static Duration after(int attempts, NotifyProperties properties) {
      Duration wait = properties.firstRetry();
      for (int i = 1; i < attempts && wait.compareTo(properties.longestWait()) < 0; i++) {
        wait = wait.multipliedBy(2);
      }
      return wait.compareTo(properties.longestWait()) > 0 ? properties.longestWait() : wait;
    }
  }
}
