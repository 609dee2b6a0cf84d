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

  /**
   * One message of a thread, as one reader sees it.
   *
   * @param isNew whether it is from the other side and this reader had not read it before
   */
  record Message(
      UUID id,
      MessageRules.Side from,
      String author,
      UUID staffId,
      String body,
      Instant sentAt,
      boolean isNew) {}

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
            SELECT m.person_id, count(*), min(m.sent_at) FROM portal_message m
            WHERE m.person_id = ANY(CAST(:ids AS uuid[])) AND m.from_side = 'PERSON'
              AND NOT EXISTS (
                SELECT 1 FROM portal_message_read r
                WHERE r.message_id = m.id AND r.reader = 'STAFF')
            GROUP BY m.person_id ORDER BY min(m.sent_at), m.person_id
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

  /** The person's thread, oldest first, with what is new to {@code reader}. */
  @Transactional(readOnly = true)
  List<Message> thread(UUID personId, MessageRules.Reader reader) {
    return jdbc.sql(
            """
            SELECT m.id, m.from_side, m.author, m.staff_id, m.body, m.sent_at,
              m.from_side = :other AND NOT EXISTS (
                SELECT 1 FROM portal_message_read r
                WHERE r.message_id = m.id AND r.reader = :reader
                  AND r.representative_id IS NOT DISTINCT FROM CAST(:representative AS uuid))
            FROM portal_message m WHERE m.person_id = :person ORDER BY m.seq
            """)
        .param("person", personId)
        .param("other", reader.reads().name())
        .param("reader", reader.kind().name())
        .param("representative", reader.representativeId())
        .query(
            (rs, row) ->
                new Message(
                    rs.getObject(1, UUID.class),
                    MessageRules.Side.valueOf(rs.getString(2)),
                    rs.getString(3),
                    rs.getObject(4, UUID.class),
                    rs.getString(5),
                    rs.getObject(6, OffsetDateTime.class).toInstant(),
                    rs.getBoolean(7)))
        .list();
  }

  /**
   * A message from the person, or from a representative acting for them ({@code attribution}, null
   * for the person themselves). Their allocated worker is told by email when the worker's account
   * has an email address; it shows on the worker's "My work" either way.
   */
  @Transactional
  UUID fromPerson(UUID personId, String text, String attribution) {
    lockThread(personId);
    int unreadBefore = unread(personId, MessageRules.Reader.STAFF);
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
   * Each is told only when this is the first message from staff they have not read (their own read
   * marks, docs/adr/0175).
   */
  @Transactional
  UUID fromStaff(UUID personId, StaffMember member, String text) {
    lockThread(personId);
    List<Invited> toTell =
        invited(personId).stream()
            .filter(invited -> MessageRules.notify(unread(personId, invited.reader())))
            .toList();
    UUID id = insert(personId, MessageRules.Side.STAFF, member.displayName(), member.id(), text);
    for (Invited invited : toTell) {
      notifications.send(TO_PERSON, invited.contact(), Map.of("first_name", invited.firstName()));
    }
    return id;
  }

  /**
   * Marks the staff's messages read by the person, or by the representative signed in for them
   * (each has their own marks); how many were new to them.
   */
  @Transactional
  int readBy(UUID personId, MessageRules.Reader reader) {
    if (reader.kind() == MessageRules.Reader.Kind.STAFF) {
      throw new IllegalArgumentException("Staff read through readByStaff, which names who");
    }
    return markRead(personId, reader, null);
  }

  /**
   * Marks the person's messages read by the staff side (this member of staff); how many were new.
   */
  @Transactional
  int readByStaff(UUID personId, UUID staffId) {
    return markRead(personId, MessageRules.Reader.STAFF, staffId);
  }

  /**
   * The reader signed in with {@code invitationId} on the person's own pages: the representative
   * whose invitation it is, or the person.
   */
  @Transactional(readOnly = true)
  MessageRules.Reader readerFor(UUID invitationId) {
    return jdbc.sql("SELECT representative_id FROM portal_invitation WHERE id = :id")
        .param("id", invitationId)
        .query(UUID.class)
        .optional()
        .map(MessageRules.Reader::representative)
        .orElse(MessageRules.Reader.PERSON);
  }

  private int markRead(UUID personId, MessageRules.Reader reader, UUID by) {
    return jdbc.sql(
            """
            INSERT INTO portal_message_read (message_id, reader, representative_id, read_at, read_by)
            SELECT m.id, :reader, CAST(:representative AS uuid), :now, CAST(:by AS uuid)
            FROM portal_message m
            WHERE m.person_id = :person AND m.from_side = :from
            ON CONFLICT ON CONSTRAINT portal_message_read_once DO NOTHING
            """)
        .param("reader", reader.kind().name())
        .param("representative", reader.representativeId())
        .param("now", now())
        .param("by", by)
        .param("person", personId)
        .param("from", reader.reads().name())
        .update();
  }

  /** How many messages from the other side {@code reader} has not read. */
  private int unread(UUID personId, MessageRules.Reader reader) {
    return jdbc.sql(
            """
            SELECT count(*) FROM portal_message m
            WHERE m.person_id = :person AND m.from_side = :from
              AND NOT EXISTS (
                SELECT 1 FROM portal_message_read r
                WHERE r.message_id = m.id AND r.reader = :reader
                  AND r.representative_id IS NOT DISTINCT FROM CAST(:representative AS uuid))
            """)
        .param("person", personId)
        .param("from", reader.reads().name())
        .param("reader", reader.kind().name())
        .param("representative", reader.representativeId())
        .query(Integer.class)
        .single();
  }

  /** One writer at a time per thread, so that "the first unread" is decided once. */
  private void lockThread(UUID personId) {
    jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('portal-message:' || :person))")
        .param("person", personId.toString())
        .query()
        .singleValue();
  }

  private UUID insert(
      UUID personId, MessageRules.Side from, String author, UUID staffId, String text) {
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

  /**
   * Who is told of a message to the person: their own address and their representatives', each with
   * the read marks that decide whether they are told.
   */
  private record Invited(String contact, String firstName, MessageRules.Reader reader) {}

  private List<Invited> invited(UUID personId) {
    String personFirstName = people.find(personId).map(PersonSignIn::firstNameOf).orElse(null);
    return jdbc
        .sql(
            """
            SELECT i.contact, r.name, r.id FROM portal_invitation i
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
                        : Representatives.firstNameOf(rs.getString(2)),
                    rs.getString(2) == null
                        ? MessageRules.Reader.PERSON
                        : MessageRules.Reader.representative(rs.getObject(3, UUID.class))))
        .list()
        .stream()
        .filter(invited -> invited.firstName() != null)
        .toList();
  }

  private OffsetDateTime now() {
    return OffsetDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
  }
}
