package org.strengths.portal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.strengths.person.People;

/**
 * Who a person signed in at a citizen identity provider is here (docs/adr/0163): the invitation
 * their provider subject was linked to, or, at their first sign-in, the open invitation to the
 * address the provider says it has verified, which is then linked to that subject. Nobody is ever
 * let in without an open invitation, and an invitation linked to one provider account is never
 * taken over by another.
 */
@Service
class ProviderSignIn {

  private final JdbcClient jdbc;
  private final Clock clock;
  private final People people;

  ProviderSignIn(JdbcClient jdbc, Clock clock, People people) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.people = people;
  }

  /** Why someone the provider signed in was not let in. */
  enum Refusal {
    /** No open invitation for their subject or their address. */
    NOT_INVITED,
    /** The provider has not checked the address it gave (and the subject is not linked yet). */
    NOT_VERIFIED,
    /** The invitation to their address is linked to another account at the provider. */
    LINKED_TO_ANOTHER_ACCOUNT
  }

  /** The outcome: the person signed in, or why not. */
  record Outcome(Optional<PersonSignedIn> person, Refusal refusal) {

    static Outcome signedIn(PersonSignedIn person) {
      return new Outcome(Optional.of(person), null);
    }

    static Outcome refused(Refusal refusal) {
      return new Outcome(Optional.empty(), refusal);
    }
  }

  /** What the provider said about the person, from its checked ID token and user info. */
  record Vouched(
      String issuer, String subject, Optional<ContactAddress> address, boolean verified) {}

  private record Invitation(UUID id, UUID personId, String linkedTo) {}

  @Transactional
  Outcome match(Vouched vouched) {
    lock("portal-provider:" + vouched.issuer() + " " + vouched.subject());
    Optional<Invitation> linked = linkedInvitation(vouched);
    if (linked.isPresent()) {
      return Outcome.signedIn(signedIn(linked.get()));
    }
    if (vouched.address().isEmpty()) {
      return Outcome.refused(Refusal.NOT_INVITED);
    }
    if (!vouched.verified()) {
      return Outcome.refused(Refusal.NOT_VERIFIED);
    }
    ContactAddress address = vouched.address().get();
    // The same lock as asking for a code to the address takes, so the two never cross.
    lock("portal-sign-in:" + address.value());
    List<Invitation> invited = invitationsTo(address);
    List<Invitation> free = invited.stream().filter(i -> i.linkedTo() == null).toList();
    if (free.isEmpty()) {
      return Outcome.refused(
          invited.isEmpty() ? Refusal.NOT_INVITED : Refusal.LINKED_TO_ANOTHER_ACCOUNT);
    }
    OffsetDateTime now =
        OffsetDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    // A representative acting for several people has an invitation to the address for each: all
    // of them are theirs, so all are linked; they choose whom to act for once signed in.
    for (Invitation invitation : free) {
      jdbc.sql(
              """
              INSERT INTO portal_provider_link (invitation_id, issuer, subject, linked_at)
              VALUES (:invitation, :issuer, :subject, :now)
              """)
          .param("invitation", invitation.id())
          .param("issuer", vouched.issuer())
          .param("subject", vouched.subject())
          .param("now", now)
          .update();
    }
    return Outcome.signedIn(signedIn(free.get(0)));
  }

  private Optional<Invitation> linkedInvitation(Vouched vouched) {
    return jdbc.sql(
            """
            SELECT i.id, i.person_id, l.subject FROM portal_provider_link l
            JOIN portal_invitation i ON i.id = l.invitation_id
            LEFT JOIN portal_representative r ON r.id = i.representative_id
            WHERE l.issuer = :issuer AND l.subject = :subject AND i.status = 'ACTIVE'
              AND (i.representative_id IS NULL OR (r.status = 'ACTIVE' AND r.ends_on >= :today))
            ORDER BY i.created_at, i.id LIMIT 1
            """)
        .param("issuer", vouched.issuer())
        .param("subject", vouched.subject())
        .param("today", today())
        .query(
            (rs, row) ->
                new Invitation(
                    rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3)))
        .optional();
  }

  /**
   * The open invitations to the address (oldest first, as for a code) and whom each is linked to.
   */
  private List<Invitation> invitationsTo(ContactAddress address) {
    return jdbc.sql(
            """
            SELECT i.id, i.person_id, l.subject FROM portal_invitation i
            LEFT JOIN portal_representative r ON r.id = i.representative_id
            LEFT JOIN portal_provider_link l ON l.invitation_id = i.id
            WHERE i.contact = :contact AND i.status = 'ACTIVE'
              AND (i.representative_id IS NULL OR (r.status = 'ACTIVE' AND r.ends_on >= :today))
            ORDER BY i.created_at, i.id
            """)
        .param("contact", address.value())
        .param("today", today())
        .query(
            (rs, row) ->
                new Invitation(
                    rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3)))
        .list();
  }

  private PersonSignedIn signedIn(Invitation invitation) {
    String firstName =
        people
            .find(invitation.personId())
            .map(PersonSignIn::firstNameOf)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "Invited person not found: " + invitation.personId()));
    return new PersonSignedIn(invitation.personId(), invitation.id(), firstName);
  }

  private void lock(String key) {
    jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(:key))")
        .param("key", key)
        .query()
        .singleValue();
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), clock.getZone());
  }
}
