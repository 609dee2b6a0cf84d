package org.strengths.portal;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A message in the outbox, as the administrators' page and the sender read it.
 *
 * @param status {@link Status}
 * @param attempts how many times Notify was asked to send it
 */
record OutboxMessage(
    UUID id,
    String template,
    Channel channel,
    String recipient,
    Map<String, String> personalisation,
    Status status,
    int attempts,
    Instant nextAttemptAt,
    String lastError,
    Instant createdAt,
    Instant sentAt) {

  enum Channel {
    EMAIL,
    SMS
  }

  enum Status {
    /** Not yet sent: new, or waiting for a retry after Notify failed. */
    WAITING,
    /** Notify accepted it. */
    SENT,
    /** No Notify key is set (demo, development): shown on the outbox page and logged. */
    IN_OUTBOX,
    /** Notify refused it for good (for example an address it cannot send to). */
    FAILED
  }
}
