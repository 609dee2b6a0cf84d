package org.strengths.access;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Every page a member of staff opens moves their session's last-access and expiry times, one UPDATE
 * of the session row (docs/adr/0040). That write need not wait for the disk: if PostgreSQL crashes
 * in the next fraction of a second the session keeps its previous times, or at worst its previous
 * id, and the member of staff signs in again. So it commits asynchronously, and a page does not
 * wait for a flush of the write-ahead log that no one needs (docs/adr/0182). Every other write, the
 * person's records and the audit log, still commits synchronously.
 *
 * <p>Nor need it happen on every page: the times move only when the stored ones are a minute old or
 * more, so a session may end up to a minute before its full 30 idle minutes. A new session id,
 * principal or time-out is always written (docs/adr/0186).
 */
@Configuration(proxyBeanMethods = false)
class SessionTouches {

  /** How old the stored last-access time must be before a page moves it. */
  static final long TOUCH_AFTER_MILLIS = 60_000;

  /**
   * Spring Session's update of the session row, with its six parameters in its order: the row's
   * times move only when they are {@link #TOUCH_AFTER_MILLIS} old, and {@code synchronous_commit}
   * is turned off for its own transaction only ({@code set_config(…, true)} is transaction-local).
   */
  static final String UPDATE_SESSION =
      """
      UPDATE %TABLE_NAME% AS stored SET SESSION_ID = touch.session_id,
        LAST_ACCESS_TIME = touch.last_access_time,
        MAX_INACTIVE_INTERVAL = touch.max_inactive_interval, EXPIRY_TIME = touch.expiry_time,
        PRINCIPAL_NAME = touch.principal_name
      FROM (SELECT CAST(? AS CHAR(36)) AS session_id, CAST(? AS BIGINT) AS last_access_time,
              CAST(? AS INT) AS max_inactive_interval, CAST(? AS BIGINT) AS expiry_time,
              CAST(? AS VARCHAR(100)) AS principal_name, CAST(? AS CHAR(36)) AS primary_id) AS touch
      WHERE stored.PRIMARY_ID = touch.primary_id
        AND (stored.SESSION_ID <> touch.session_id
          OR stored.MAX_INACTIVE_INTERVAL <> touch.max_inactive_interval
          OR stored.PRINCIPAL_NAME IS DISTINCT FROM touch.principal_name
          OR touch.last_access_time - stored.LAST_ACCESS_TIME >= {touchAfterMillis})
        AND set_config('synchronous_commit', 'off', true) = 'off'
      """
          .replace("{touchAfterMillis}", Long.toString(TOUCH_AFTER_MILLIS));

  /** Runs after Spring Boot's customizer, which sets the table name and so rebuilds the queries. */
  @Bean
  SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionTouchesWithoutWaiting() {
    return repository -> repository.setUpdateSessionQuery(UPDATE_SESSION);
  }
}
