package org.strengths.portal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.strengths.person.People;

/**
 * Invitations to a person's own pages: a practitioner confirms an email address or mobile number
 * with the person and invites them; the person is told by Notify (first name only) and signs in
 * with a code sent to that address. One open invitation per person and per address; withdrawing it
 * stops sign-in at once, including a session already open (docs/adr/0111).
 */
@Service
class Invitations {

  static final String TEMPLATE = "invitation";

  private final JdbcClient jdbc;
  private final Clock clock;
  private final Notifications notifications;
  private final People people;

  Invitations(JdbcClient jdbc, Clock clock, Notifications notifications, People people) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.notifications = notifications;
    this.people = people;
  }

  /** An open invitation as the person's record shows it. */
  record Invitation(UUID id, String contact, OutboxMessage.Channel channel, Instant invitedAt) {}

  sealed interface Invited permits Done, UsedByAnotherPerson, AlreadyInvited {}

  record Done(UUID id) implements Invited {}

  record UsedByAnotherPerson() implements Invited {}

  record AlreadyInvited() implements Invited {}

  @Transactional(readOnly = true)
  Optional<Invitation> current(UUID personId) {
    return jdbc.sql(
            """
            SELECT id, contact, channel, created_at FROM portal_invitation
            WHERE person_id = :person AND status = 'ACTIVE' AND representative_id IS NULL
            """)
        .param("person", personId)
        .query(
            (rs, row) ->
                new Invitation(
                    rs.getObject(1, UUID.class),
                    rs.getString(2),
                    OutboxMessage.Channel.valueOf(rs.getString(3)),
                    rs.getObject(4, OffsetDateTime.class).toInstant()))
        .optional();
  }

  @Transactional
  Invited invite(UUID personId, ContactAddress address, UUID by) {
    jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('portal-invitation'))").query().singleValue();
    if (current(personId).isPresent()) {
      return new AlreadyInvited();
    }
    long taken =
        jdbc.sql(
                "SELECT count(*) FROM portal_invitation WHERE contact = :contact"
                    + " AND status = 'ACTIVE'")
            .param("contact", address.value())
            .query(Long.class)
            .single();
    if (taken > 0) {
      return new UsedByAnotherPerson();
    }
    UUID id = UUID.randomUUID();
    OffsetDateTime now = now();
    jdbc.sql(
            """
            INSERT INTO portal_invitation (id, person_id, contact, channel, status, created_at,
              created_by, updated_at, updated_by)
            VALUES (:id, :person, :contact, :channel, 'ACTIVE', :now, :by, :now, :by)
            """)
        .param("id", id)
        .param("person", personId)
        .param("contact", address.value())
        .param("channel", address.channel().name())
        .param("now", now)
        .param("by", by)
        .update();
    String firstName =
        people
            .find(personId)
            .map(PersonSignIn::firstNameOf)
            .orElseThrow(() -> new IllegalStateException("No person " + personId));
    notifications.send(TEMPLATE, address.value(), Map.of("first_name", firstName));
    return new Done(id);
  }

  /**
   * Invites a representative, already recorded for the person, to act for them on their pages
   * (docs/adr/0118). An address may be a representative's for several people, but never also a
   * person's own, so that signing in with it is never in doubt.
   */
  @Transactional
  Invited inviteRepresentative(
      UUID personId, UUID representativeId, String firstName, ContactAddress address, UUID by) {
    jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('portal-invitation'))").query().singleValue();
    long taken =
        jdbc.sql(
                "SELECT count(*) FROM portal_invitation WHERE contact = :contact"
                    + " AND status = 'ACTIVE' AND (representative_id IS NULL"
                    + " OR person_id = :person)")
            .param("contact", address.value())
            .param("person", personId)
            .query(Long.class)
            .single();
    if (taken > 0) {
      return new UsedByAnotherPerson();
    }
    UUID id = UUID.randomUUID();
    OffsetDateTime now = now();
    jdbc.sql(
            """
            INSERT INTO portal_invitation (id, person_id, contact, channel, status, created_at,
              created_by, updated_at, updated_by, representative_id)
            VALUES (:id, :person, :contact, :channel, 'ACTIVE', :now, :by, :now, :by, :rep)
            """)
        .param("id", id)
        .param("person", personId)
        .param("contact", address.value())
        .param("channel", address.channel().name())
        .param("now", now)
        .param("by", by)
        .param("rep", representativeId)
        .update();
    notifications.send(TEMPLATE, address.value(), Map.of("first_name", firstName));
    return new Done(id);
  }

  /** Withdraws the open invitation, if any; whether there was one. */
  @Transactional
  boolean withdraw(UUID personId, UUID by) {
    return jdbc.sql(
                """
            UPDATE portal_invitation SET status = 'WITHDRAWN', updated_at = :now, updated_by = :by,
              version = version + 1
            WHERE person_id = :person AND status = 'ACTIVE' AND representative_id IS NULL
            """)
            .param("now", now())
            .param("by", by)
            .param("person", personId)
            .update()
        > 0;
  }

  private OffsetDateTime now() {
    return OffsetDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
  }
}
