package org.strengths.portal;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.strengths.access.ActingAs;
import org.strengths.access.AuditLog;
import org.strengths.access.StaffMember;
import org.strengths.platform.ApplicationClock;

/**
 * The demo council's messages (docs/adr/0162), through the same path as the pages: Nusrat Raza
 * writes to Sam Okafor about her carer's visits, Sam replies, Nusrat reads the reply and writes
 * again; that last message waits unread on Sam's "My work". The demo module calls it once the
 * invitations are made.
 */
@Service
public class MessagesDemo {

  static final String NUSRAT = "nusrat.raza@example.com";

  private final PersonMessages messages;
  private final AuditLog audit;
  private final JdbcClient jdbc;
  private final Clock clock;

  MessagesDemo(PersonMessages messages, AuditLog audit, JdbcClient jdbc, Clock clock) {
    this.messages = messages;
    this.audit = audit;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Adds the exchange between Nusrat and her worker {@code sam}, if Nusrat is invited. */
  public void add(StaffMember sam) {
    invited(NUSRAT).ifPresent(nusrat -> exchange(nusrat, sam));
  }

  private void exchange(UUID nusrat, StaffMember sam) {
    asThePerson(
        Duration.ofDays(3).plusHours(4),
        () -> {
          messages.fromPerson(
              nusrat,
              "Hello Sam. The carer has come late three mornings this week, after ten o'clock."
                  + " Can we talk about an earlier time?",
              null);
          audit.recordByThePerson(nusrat, MyMessagesController.SECTION, "create", null);
        });
    ActingAs.at(
        sam,
        clock.instant().minus(Duration.ofDays(2).plusHours(1)),
        () -> {
          messages.readByStaff(nusrat, sam.id());
          audit.record(nusrat, MessagesController.SECTION, "view");
          messages.fromStaff(
              nusrat,
              sam,
              "Thank you for telling me, Nusrat. I have asked the agency about a visit at eight."
                  + " I will let you know what they say by Friday.");
          audit.record(nusrat, MessagesController.SECTION, "create");
          return null;
        });
    asThePerson(
        Duration.ofDays(1),
        () -> {
          messages.readBy(nusrat, MessageRules.Reader.PERSON);
          audit.recordByThePerson(nusrat, MyMessagesController.SECTION, "view", null);
        });
    asThePerson(
        Duration.ofHours(5),
        () -> {
          messages.fromPerson(
              nusrat,
              "Thank you Sam. The agency rang me today. They can come at eight from Monday.",
              null);
          audit.recordByThePerson(nusrat, MyMessagesController.SECTION, "create", null);
        });
  }

  private void asThePerson(Duration ago, Runnable work) {
    ApplicationClock.at(
        clock.instant().minus(ago),
        () -> {
          work.run();
          return null;
        });
  }

  private Optional<UUID> invited(String contact) {
    return jdbc.sql(
            "SELECT person_id FROM portal_invitation WHERE contact = :contact AND status = 'ACTIVE'"
                + " AND representative_id IS NULL")
        .param("contact", contact)
        .query(UUID.class)
        .optional();
  }
}
