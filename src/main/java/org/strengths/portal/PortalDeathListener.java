package org.strengths.portal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.strengths.person.PersonDied;

/**
 * When a person's date of death is recorded (ADR 0174), their own invitation and every
 * representative's are withdrawn, and the representatives' authority with them (it ends at death):
 * nobody signs in to their pages again and no codes or messages go to their contacts. Sessions
 * already open end on their next page, as for any withdrawal. Removing a date recorded in error
 * does not restore them: the practitioner invites again, which checks the address afresh.
 */
@Component
class PortalDeathListener {

  private final JdbcClient jdbc;
  private final Clock clock;

  PortalDeathListener(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @TransactionalEventListener(fallbackExecution = true)
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  void on(PersonDied died) {
    OffsetDateTime now =
        OffsetDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    for (String table : new String[] {"portal_invitation", "portal_representative"}) {
      jdbc.sql(
              "UPDATE "
                  + table
                  + " SET status = 'WITHDRAWN', updated_at = :now, updated_by = NULL,"
                  + " version = version + 1 WHERE person_id = :person AND status = 'ACTIVE'")
          .param("now", now)
          .param("person", died.personId())
          .update();
    }
  }
}
