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
 */
@Configuration(proxyBeanMethods = false)
class SessionTouches {

  /**
   * Spring Session's update of the session row, with {@code synchronous_commit} turned off for its
   * own transaction only ({@code set_config(…, true)} is transaction-local).
   */
  static final String UPDATE_SESSION =
      """
      UPDATE %TABLE_NAME% SET SESSION_ID = ?, LAST_ACCESS_TIME = ?, MAX_INACTIVE_INTERVAL = ?,
        EXPIRY_TIME = ?, PRINCIPAL_NAME = ?
      WHERE PRIMARY_ID = ? AND set_config('synchronous_commit', 'off', true) = 'off'
      """;

  /** Runs after Spring Boot's customizer, which sets the table name and so rebuilds the queries. */
  @Bean
  SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionTouchesWithoutWaiting() {
    return repository -> repository.setUpdateSessionQuery(UPDATE_SESSION);
  }
}
