package org.strengths.portal;

import java.time.Clock;
import java.time.Instant;
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
import org.strengths.portal.RepresentativeRules.Authority;
import org.strengths.portal.RepresentativeRules.Status;

/**
 * Representatives who act for a person on the person's own pages (docs/adr/0118): recorded by the
 * practitioner with their authority, its evidence and an end date, invited with an address of their
 * own, and withdrawn when the authority ends. Who is acting for whom is read from the invitation
 * they signed in with, on every page.
 */
@Service
class Representatives {

  private final JdbcClient jdbc;
  private final Clock clock;
  private final Invitations invitations;
  private final People people;

  Representatives(JdbcClient jdbc, Clock clock, Invitations invitations, People people) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.invitations = invitations;
    this.people = people;
  }

  /** A representative as the person's record shows them. */
  record Representative(
      UUID id,
      String name,
      Authority authority,
      String reference,
      LocalDate endsOn,
      Status status,
      boolean inForce,
      String contact,
      Instant recordedAt) {}

  /** Someone signed in who acts for the person: who they are, and on what authority. */
  record Acting(UUID representativeId, String name, Authority authority, LocalDate endsOn) {}

  /** One of the people a representative acts for, to choose between. */
  record Choice(UUID invitationId, UUID personId, String firstName) {}

  /** A representative recorded, and whether they were invited. */
  record Saved(UUID id, boolean invited) {}

  /** The person's representatives, those in force first, newest first. */
  @Transactional(readOnly = true)
  List<Representative> of(UUID personId) {
    LocalDate today = today();
    return jdbc
        .sql(
            """
            SELECT r.id, r.name, r.authority, r.reference, r.ends_on, r.status, r.created_at,
              (SELECT i.contact FROM portal_invitation i WHERE i.representative_id = r.id
                 AND i.status = 'ACTIVE') AS contact
            FROM portal_representative r WHERE r.person_id = :person
            ORDER BY r.status, r.created_at DESC, r.id
            """)
        .param("person", personId)
        .query(
            (rs, row) -> {
              Status status = Status.valueOf(rs.getString("status"));
              LocalDate endsOn = rs.getObject("ends_on", LocalDate.class);
              return new Representative(
                  rs.getObject("id", UUID.class),
                  rs.getString("name"),
                  Authority.valueOf(rs.getString("authority")),
                  rs.getString("reference"),
                  endsOn,
                  status,
                  RepresentativeRules.inForce(status, endsOn, today),
                  rs.getString("contact"),
                  rs.getObject("created_at", OffsetDateTime.class).toInstant());
            })
        .list()
        .stream()
        .sorted((a, b) -> Boolean.compare(b.inForce(), a.inForce()))
        .toList();
  }

  /**
   * Records a representative whose details passed {@link RepresentativeRules#problems} and, when an
   * address is given, invites them to act for the person at it; throws {@link
   * AddressTakenException}, keeping nothing, when the address is the person's own or already used
   * for them.
   */
  @Transactional
  Saved record(
      UUID personId, RepresentativeRules.Typed typed, Optional<ContactAddress> address, UUID by) {
    UUID id = UUID.randomUUID();
    OffsetDateTime now = now();
    jdbc.sql(
            """
            INSERT INTO portal_representative (id, person_id, name, authority, reference, ends_on,
              status, created_at, created_by, updated_at, updated_by)
            VALUES (:id, :person, :name, :authority, :reference, :endsOn, 'ACTIVE', :now, :by,
              :now, :by)
            """)
        .param("id", id)
        .param("person", personId)
        .param("name", typed.name().strip())
        .param("authority", RepresentativeRules.authorityOf(typed.authority()).name())
        .param("reference", typed.reference().strip())
        .param("endsOn", typed.endsOn())
        .param("now", now)
        .param("by", by)
        .update();
    if (address.isEmpty()) {
      return new Saved(id, false);
    }
    Invitations.Invited invited =
        invitations.inviteRepresentative(
            personId, id, firstNameOf(typed.name()), address.get(), by);
    if (invited instanceof Invitations.UsedByAnotherPerson) {
      // Nothing is kept: the practitioner corrects the address and sends the form again.
      throw new AddressTakenException();
    }
    return new Saved(id, true);
  }

  /** Thrown to roll back a representative whose address cannot be used. */
  static final class AddressTakenException extends RuntimeException {
    AddressTakenException() {
      super("The address is already used to sign in", null, false, false);
    }
  }

  /**
   * Withdraws the representative's authority and their invitation: a session they have open ends on
   * their next page. Whether they were the person's and in force.
   */
  @Transactional
  boolean withdraw(UUID personId, UUID representativeId, UUID by) {
    OffsetDateTime now = now();
    int changed =
        jdbc.sql(
                """
                UPDATE portal_representative SET status = 'WITHDRAWN', updated_at = :now,
                  updated_by = :by, version = version + 1
                WHERE id = :id AND person_id = :person AND status = 'ACTIVE'
                """)
            .param("now", now)
            .param("by", by)
            .param("id", representativeId)
            .param("person", personId)
            .update();
    if (changed == 0) {
      return false;
    }
    jdbc.sql(
            """
            UPDATE portal_invitation SET status = 'WITHDRAWN', updated_at = :now, updated_by = :by,
              version = version + 1
            WHERE representative_id = :id AND status = 'ACTIVE'
            """)
        .param("now", now)
        .param("by", by)
        .param("id", representativeId)
        .update();
    return true;
  }

  /**
   * Who is acting for the person with the invitation signed in with, if it is a representative's
   * and their authority is in force; empty for the person's own invitation.
   */
  @Transactional(readOnly = true)
  Optional<Acting> acting(UUID invitationId) {
    return jdbc.sql(
            """
            SELECT r.id, r.name, r.authority, r.ends_on FROM portal_invitation i
            JOIN portal_representative r ON r.id = i.representative_id
            WHERE i.id = :invitation AND i.status = 'ACTIVE' AND r.status = 'ACTIVE'
              AND r.ends_on >= :today
            """)
        .param("invitation", invitationId)
        .param("today", today())
        .query(
            (rs, row) ->
                new Acting(
                    rs.getObject(1, UUID.class),
                    rs.getString(2),
                    Authority.valueOf(rs.getString(3)),
                    rs.getObject(4, LocalDate.class)))
        .optional();
  }

  /**
   * The people the representative signed in with {@code invitationId} acts for today (by the same
   * address), in the order they were invited; empty for a person's own invitation.
   */
  @Transactional(readOnly = true)
  List<Choice> choices(UUID invitationId) {
    return jdbc
        .sql(
            """
            SELECT i.id, i.person_id FROM portal_invitation mine
            JOIN portal_invitation i ON i.contact = mine.contact
            JOIN portal_representative r ON r.id = i.representative_id
            WHERE mine.id = :invitation AND mine.representative_id IS NOT NULL
              AND mine.status = 'ACTIVE' AND i.status = 'ACTIVE' AND r.status = 'ACTIVE'
              AND r.ends_on >= :today
            ORDER BY i.created_at, i.id
            """)
        .param("invitation", invitationId)
        .param("today", today())
        .query((rs, row) -> new Object[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)})
        .list()
        .stream()
        .map(
            found ->
                new Choice(
                    (UUID) found[0],
                    (UUID) found[1],
                    people.find((UUID) found[1]).map(PersonSignIn::firstNameOf).orElse("")))
        .toList();
  }

  /** The first name used to greet a representative (a message carries no more than that). */
  static String firstNameOf(String name) {
    String stripped = name.strip();
    int space = stripped.indexOf(' ');
    return space < 0 ? stripped : stripped.substring(0, space);
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), clock.getZone());
  }

  private OffsetDateTime now() {
    return OffsetDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
  }
}
