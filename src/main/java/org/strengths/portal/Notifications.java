package org.strengths.portal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends a GOV.UK Notify message to a person: it is written to the outbox in the caller's
 * transaction (so it goes if and only if what caused it is saved) and sent by {@link OutboxSender}
 * after the commit, retried with back-off while Notify fails (docs/adr/0110).
 *
 * <p>A message carries no personal data beyond the person's first name: personalisation is limited
 * to {@link #ALLOWED_FIELDS}, and a template's text in Notify holds the rest.
 */
@Service
public class Notifications {

  private static final Logger log = LoggerFactory.getLogger(Notifications.class);

  /**
   * The only personalisation fields a message may carry: the first name, a one-time code, a
   * reference number and how many minutes something lasts. Anything else is refused, so no address,
   * date of birth or detail of someone's support can reach an email or a text message.
   */
  public static final Set<String> ALLOWED_FIELDS =
      Set.of("first_name", "code", "reference", "minutes");

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final JdbcClient jdbc;
  private final Clock clock;
  private final NotifyProperties properties;
  private final OutboxSender sender;

  Notifications(JdbcClient jdbc, Clock clock, NotifyProperties properties, OutboxSender sender) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.properties = properties;
    this.sender = sender;
  }

  /**
   * Puts a message in the outbox.
   *
   * @param template our name for the Notify template, e.g. {@code sign-in-code}; its Notify id is
   *     {@code strengths.notify.templates.<name>}
   * @param recipient an email address, or a mobile number for a text message
   * @param personalisation the template's fields, only {@link #ALLOWED_FIELDS}
   * @return the message's id
   */
  @Transactional(propagation = Propagation.REQUIRED)
  public UUID send(String template, String recipient, Map<String, String> personalisation) {
    if (template == null || !template.matches("[a-z][a-z0-9-]{0,59}")) {
      throw new IllegalArgumentException("A template name is lower-case words joined by hyphens");
    }
    for (String field : personalisation.keySet()) {
      if (!ALLOWED_FIELDS.contains(field)) {
        throw new IllegalArgumentException(
            "A message may not carry '" + field + "': only " + ALLOWED_FIELDS);
      }
    }
    ContactAddress address = ContactAddress.parse(recipient);
    UUID id = UUID.randomUUID();
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    OutboxMessage.Status status =
        properties.sending() ? OutboxMessage.Status.WAITING : OutboxMessage.Status.IN_OUTBOX;
    jdbc.sql(
            """
            INSERT INTO portal_outbox (id, template, channel, recipient, personalisation, status,
              next_attempt_at, created_at)
            VALUES (:id, :template, :channel, :recipient, CAST(:personalisation AS jsonb), :status,
              :now, :now)
            """)
        .param("id", id)
        .param("template", template)
        .param("channel", address.channel().name())
        .param("recipient", address.value())
        .param("personalisation", JSON.writeValueAsString(new TreeMap<>(personalisation)))
        .param("status", status.name())
        .param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
        .update();
    if (properties.sending()) {
      sendAfterCommit(id);
    } else {
      log.info(
          "No Notify key: {} message {} to {} is in the outbox, with {}",
          template,
          id,
          address.value(),
          personalisation);
    }
    return id;
  }

  private void sendAfterCommit(UUID id) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      sender.sendSoon(id);
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            sender.sendSoon(id);
          }
        });
  }
}
