package org.strengths.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A message in the Notify outbox, as tests against the fake Notify server wait for it. */
final class OutboxRows {

  private static final Duration PATIENCE = Duration.ofSeconds(20);

  private OutboxRows() {}

  /** Waits until the message has {@code expected} status, then asserts it. */
  static void waitFor(JdbcClient jdbc, UUID id, String expected) {
    long until = System.nanoTime() + PATIENCE.toNanos();
    while (!expected.equals(status(jdbc, id)) && System.nanoTime() < until) {
      pause();
    }
    assertThat(status(jdbc, id)).isEqualTo(expected);
  }

  /** Waits until sending the message has been tried {@code expected} times, then asserts it. */
  static void waitForAttempts(JdbcClient jdbc, UUID id, int expected) {
    long until = System.nanoTime() + PATIENCE.toNanos();
    while (attempts(jdbc, id) < expected && System.nanoTime() < until) {
      pause();
    }
    assertThat(attempts(jdbc, id)).isEqualTo(expected);
  }

  static String status(JdbcClient jdbc, UUID id) {
    return jdbc.sql("SELECT status FROM portal_outbox WHERE id = :id")
        .param("id", id)
        .query(String.class)
        .single();
  }

  static int attempts(JdbcClient jdbc, UUID id) {
    return jdbc.sql("SELECT attempts FROM portal_outbox WHERE id = :id")
        .param("id", id)
        .query(Integer.class)
        .single();
  }

  private static void pause() {
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
