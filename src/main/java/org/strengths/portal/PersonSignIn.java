package org.strengths.portal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
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
import org.strengths.person.PersonDetails;

/**
 * Asking for a sign-in code and checking it, with the limits kept in the database so that every
 * instance counts the same tries (docs/adr/0111). Each address is handled one request at a time (an
 * advisory lock on it), so two instances cannot both let a fourth code through.
 */
@Service
class PersonSignIn {

  static final String TEMPLATE = "sign-in-code";

  private final JdbcClient jdbc;
  private final Clock clock;
  private final Notifications notifications;
  private final People people;

  PersonSignIn(JdbcClient jdbc, Clock clock, Notifications notifications, People people) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.notifications = notifications;
    this.people = people;
  }

  enum Requested {
    /** A code was sent if the address has an invitation: the page says the same either way. */
    SENT_IF_INVITED,
    TOO_MANY
  }

  /** The result of a code typed in: the outcome, and who is signed in when it was accepted. */
  record Checked(SignInCodeRules.Outcome outcome, Optional<PersonSignedIn> person) {}

  @Transactional
  Requested requestCode(ContactAddress address) {
    Instant now = now();
    lock(address);
    long recent =
        jdbc.sql(
                "SELECT count(*) FROM portal_code_request WHERE contact = :contact"
                    + " AND requested_at > :since")
            .param("contact", address.value())
            .param("since", at(now.minus(SignInCodeRules.REQUEST_WINDOW)))
            .query(Long.class)
            .single();
    if (!SignInCodeRules.mayRequest(recent)) {
      return Requested.TOO_MANY;
    }
    jdbc.sql("INSERT INTO portal_code_request (contact, requested_at) VALUES (:contact, :at)")
        .param("contact", address.value())
        .param("at", at(now))
        .update();
    activeInvitation(address)
        .ifPresent(
            invitation -> {
              // Only the newest code works, so the earlier ones go (and "newest" is never a tie).
              jdbc.sql("DELETE FROM portal_sign_in_code WHERE invitation_id = :invitation")
                  .param("invitation", invitation.id())
                  .update();
              UUID codeId = UUID.randomUUID();
              String code = SignInCodeRules.newCode();
              jdbc.sql(
                      """
                      INSERT INTO portal_sign_in_code (id, invitation_id, code_hash, created_at,
                        expires_at)
                      VALUES (:id, :invitation, :hash, :now, :expires)
                      """)
                  .param("id", codeId)
                  .param("invitation", invitation.id())
                  .param("hash", SignInCodeRules.hash(codeId, code))
                  .param("now", at(now))
                  .param("expires", at(now.plus(SignInCodeRules.LIFETIME)))
                  .update();
              notifications.send(
                  TEMPLATE,
                  address.value(),
                  Map.of(
                      "first_name",
                      firstName(invitation.personId()),
                      "code",
                      code,
                      "minutes",
                      String.valueOf(SignInCodeRules.LIFETIME.toMinutes())));
            });
    return Requested.SENT_IF_INVITED;
  }

  @Transactional
  Checked checkCode(ContactAddress address, String typed) {
    Instant now = now();
    lock(address);
    Optional<Invitation> invitation = activeInvitation(address);
    if (invitation.isEmpty()) {
      return new Checked(SignInCodeRules.Outcome.NO_CODE, Optional.empty());
    }
    Optional<SignInCodeRules.StoredCode> newest =
        jdbc.sql(
                """
                SELECT id, code_hash, expires_at, used_at, wrong_tries FROM portal_sign_in_code
                WHERE invitation_id = :invitation ORDER BY created_at DESC, id LIMIT 1
                """)
            .param("invitation", invitation.get().id())
            .query(
                (rs, row) ->
                    new SignInCodeRules.StoredCode(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class).toInstant(),
                        Optional.ofNullable(rs.getObject(4, OffsetDateTime.class))
                            .map(OffsetDateTime::toInstant)
                            .orElse(null),
                        rs.getInt(5)))
            .optional();
    SignInCodeRules.Outcome outcome = SignInCodeRules.check(newest, typed, now);
    if (outcome == SignInCodeRules.Outcome.WRONG) {
      jdbc.sql("UPDATE portal_sign_in_code SET wrong_tries = wrong_tries + 1 WHERE id = :id")
          .param("id", newest.get().id())
          .update();
      return new Checked(outcome, Optional.empty());
    }
    if (outcome != SignInCodeRules.Outcome.ACCEPTED) {
      return new Checked(outcome, Optional.empty());
    }
    jdbc.sql("UPDATE portal_sign_in_code SET used_at = :now WHERE id = :id")
        .param("now", at(now))
        .param("id", newest.get().id())
        .update();
    Invitation found = invitation.get();
    return new Checked(
        outcome,
        Optional.of(new PersonSignedIn(found.personId(), found.id(), firstName(found.personId()))));
  }

  /**
   * Whether the invitation a person signed in with is still open (it can be withdrawn) and, for a
   * representative, whether their authority is still in force (docs/adr/0118).
   */
  @Transactional(readOnly = true)
  boolean stillInvited(PersonSignedIn person) {
    return jdbc.sql(
                """
                SELECT count(*) FROM portal_invitation i
                LEFT JOIN portal_representative r ON r.id = i.representative_id
                WHERE i.id = :id AND i.status = 'ACTIVE' AND i.person_id = :person
                  AND (i.representative_id IS NULL
                    OR (r.status = 'ACTIVE' AND r.ends_on >= :today))
                """)
            .param("id", person.invitationId())
            .param("person", person.personId())
            .param("today", today())
            .query(Long.class)
            .single()
        > 0;
  }

  private record Invitation(UUID id, UUID personId) {}

  private Optional<Invitation> activeInvitation(ContactAddress address) {
    // A representative acting for several people has an invitation for each: the code belongs to
    // the oldest still in force, and they choose whom to act for once signed in.
    return jdbc.sql(
            """
            SELECT i.id, i.person_id FROM portal_invitation i
            LEFT JOIN portal_representative r ON r.id = i.representative_id
            WHERE i.contact = :contact AND i.status = 'ACTIVE'
              AND (i.representative_id IS NULL OR (r.status = 'ACTIVE' AND r.ends_on >= :today))
            ORDER BY i.created_at, i.id LIMIT 1
            """)
        .param("contact", address.value())
        .param("today", today())
        .query(
            (rs, row) -> new Invitation(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
        .optional();
  }

  private String firstName(UUID personId) {
    return people
        .find(personId)
        .map(PersonSignIn::firstNameOf)
        .orElseThrow(() -> new IllegalStateException("Invited person not found: " + personId));
  }

  static String firstNameOf(PersonDetails details) {
    return details.preferredName() == null || details.preferredName().isBlank()
        ? details.firstName()
        : details.preferredName();
  }

  private void lock(ContactAddress address) {
    jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(:key))")
        .param("key", "portal-sign-in:" + address.value())
        .query()
        .singleValue();
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), clock.getZone());
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  private static OffsetDateTime at(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
