package org.strengths.portal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.strengths.access.StaffAccounts;
import org.strengths.access.StaffMember;
import org.strengths.person.People;

/**
 * Messages between a person and the staff working with them: one thread per person, kept as written
 * (never edited or deleted), read or not by the other side (docs/adr/0162). A new message tells the
 * other side through the Notify outbox, in the same transaction, that a message is waiting, and
 * nothing else: the person's first name at most, never the words.
 *
 * <p>Public for the home module's "My work": {@link #unreadFromPeople} only. Access checks and the
 * audit are the pages' (the person's own pages, and the thread on the person's record).
 */
@Service
public class PersonMessages {

  static final String TO_PERSON = "new-message";
  static final String TO_STAFF = "new-message-staff";

  /** People's messages the staff side has not read, for one person. */
  public record Unread(UUID personId, int count, Instant oldestAt) {}

  /** One message of a thread. */
  record Message(
      UUID id,
      MessageRules.Side from,
      String author,
      UUID staffId,
      String body,
      Instant sentAt,
      Instant readAt) {

    /** Whether the side now reading had not read it before. */
    boolean newTo(MessageRules.Side reader) {
      return from != reader && readAt == null;
    }
  }

  private final JdbcClient jdbc;
  private final Clock clock;
  private final Notifications notifications;
  private final People people;
  private final StaffAccounts staff;

  PersonMessages(
      JdbcClient jdbc,
      Clock clock,
      Notifications notifications,
      People people,
      StaffAccounts staff) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.notifications = notifications;
    this.people = people;
    this.staff = staff;
  }

  /**
   * For each of the people given with messages the staff side has not read: how many and since
   * when, longest waiting first. One indexed query.
   */
  @Transactional(readOnly = true)
  public List<Unread> unreadFromPeople(Collection<UUID> personIds) {
    if (personIds.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            """
            SELECT person_id, count(*), min(sent_at) FROM portal_message
            WHERE person_id = ANY(CAST(:ids AS uuid[])) AND from_side = 'PERSON'
              AND read_at IS NULL
            GROUP BY person_id ORDER BY min(sent_at), person_id
            """)
        .param("ids", personIds.toArray(UUID[]::new))
        .query(
            (rs, row) ->
                new Unread(
                    rs.getObject(1, UUID.class),
                    rs.getInt(2),
                    rs.getObject(3, OffsetDateTime.class).toInstant()))
        .list();
  }

  /** The person's thread, oldest first. */
  @Transactional(readOnly = true)
  List<Message> thread(UUID personId) {
    return jdbc.sql(
            """
            SELECT id, from_side, author, staff_id, body, sent_at, read_at FROM portal_message
            WHERE person_id = :person ORDER BY seq
            """)
        .param("person", personId)
        .query(
            (rs, row) -> {
              OffsetDateTime read = rs.getObject(7, OffsetDateTime.class);
              return new Message(
                  rs.getObject(1, UUID.class),
                  MessageRules.Side.valueOf(rs.getString(2)),
                  rs.getString(3),
                  rs.getObject(4, UUID.class),
                  rs.getString(5),
                  rs.getObject(6, OffsetDateTime.class).toInstant(),
                  read == null ? null : read.toInstant());
            })
        .list();
  }

  /**
   * A message from the person, or from a representative acting for them ({@code attribution}, null
   * for the person themselves). Their allocated worker is told by email when the worker's account
   * has an email address; it shows on the worker's "My work" either way.
   */
  @Transactional
  UUID fromPerson(UUID personId, String text, String attribution) {
    int unreadBefore = unread(personId, MessageRules.Side.PERSON);
    UUID id = insert(personId, MessageRules.Side.PERSON, attribution, null, text);
    if (MessageRules.notify(unreadBefore)) {
      people
          .find(personId)
          .map(person -> person.workerId())
          .flatMap(staff::find)
          .flatMap(worker -> MessageRules.staffEmail(worker.username()))
          .ifPresent(email -> notifications.send(TO_STAFF, email, Map.of()));
    }
    return id;
  }

  /**
   * A message from a member of staff to the person. The person is told by Notify at the address
   * they were invited with, and so is each representative invited to act for them: first name only.
   */
  @Transactional
  UUID fromStaff(UUID personId, StaffMember member, String text) {
    int unreadBefore = unread(personId, MessageRules.Side.STAFF);
    UUID id = insert(personId, MessageRules.Side.STAFF, member.displayName(), member.id(), text);
    if (MessageRules.notify(unreadBefore)) {
      for (Invited invited : invited(personId)) {
        notifications.send(TO_PERSON, invited.contact(), Map.of("first_name", invited.firstName()));
      }
    }
    return id;
  }

  /** Marks the staff's messages read by the person; how many were new to them. */
  @Transactional
  int readByPerson(UUID personId) {
    return markRead(personId, MessageRules.Side.STAFF, null);
  }

  /** Marks the person's messages read by the member of staff; how many were new. */
  @Transactional
  int readByStaff(UUID personId, UUID staffId) {
    return markRead(personId, MessageRules.Side.PERSON, staffId);
  }

  private int markRead(UUID personId, MessageRules.Side from, UUID by) {
    return jdbc.sql(
            """
            UPDATE portal_message SET read_at = :now, read_by = :by
            WHERE person_id = :person AND from_side = :from AND read_at IS NULL
            """)
        .param("now", now())
        .param("by", by)
        .param("person", personId)
        .param("from", from.name())
        .update();
  }

  private int unread(UUID personId, MessageRules.Side from) {
    return jdbc.sql(
            """
            SELECT count(*) FROM portal_message
            WHERE person_id = :person AND from_side = :from AND read_at IS NULL
            """)
        .param("person", personId)
        .param("from", from.name())
        .query(Integer.class)
        .single();
  }

  private UUID insert(
      UUID personId, MessageRules.Side from, String author, UUID staffId, String text) {
    // One writer at a time per thread, so that "the first unread" is decided once.
    jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('portal-message:' || :person))")
        .param("person", personId.toString())
        .query()
        .singleValue();
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
            INSERT INTO portal_message (id, person_id, from_side, author, staff_id, body, sent_at)
            VALUES (:id, :person, :from, :author, :staff, :body, :now)
            """)
        .param("id", id)
        .param("person", personId)
        .param("from", from.name())
        .param("author", author)
        .param("staff", staffId)
        .param("body", text)
        .param("now", now())
        .update();
    return id;
  }

  /** Who is told of a message to the person: their own address and their representatives'. */
  private record Invited(String contact, String firstName) {}

  private List<Invited> invited(UUID personId) {
    String personFirstName = people.find(personId).map(PersonSignIn::firstNameOf).orElse(null);
    return jdbc
        .sql(
            """
            SELECT i.contact, r.name FROM portal_invitation i
            LEFT JOIN portal_representative r ON r.id = i.representative_id
            WHERE i.person_id = :person AND i.status = 'ACTIVE'
              AND (i.representative_id IS NULL
                OR (r.status = 'ACTIVE' AND r.ends_on >= :today))
            ORDER BY i.created_at, i.id
            """)
        .param("person", personId)
        .param("today", LocalDate.now(clock))
        .query(
            (rs, row) ->
                new Invited(
                    rs.getString(1),
                    rs.getString(2) == null
                        ? personFirstName
                        : Representatives.firstNameOf(rs.getString(2))))
        .list()
        .stream()
        .filter(invited -> invited.firstName() != null)
        .toList();
  }

  private OffsetDateTime now() {
    return OffsetDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
  }
}
