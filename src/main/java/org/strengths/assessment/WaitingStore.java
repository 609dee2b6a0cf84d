package org.strengths.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The waiting-well tables ({@code assessment_waiting*}): schedules, triage history, contacts. */
@Repository
class WaitingStore {

  /** Where a waiting person stands now. */
  record Schedule(
      UUID personId,
      TriageLevel level,
      String reason,
      int everyDays,
      LocalDate nextContactOn,
      int version) {}

  record Triage(TriageLevel level, String reason, int everyDays, Instant setAt, String setByName) {}

  record Contact(
      LocalDate contactedOn,
      WaitingRules.ContactWay how,
      String said,
      boolean changed,
      String byName,
      Instant recordedAt) {}

  record Escalation(UUID personId, LocalDate dueOn, Instant escalatedAt) {}

  private final JdbcClient jdbc;

  WaitingStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Schedule> schedule(UUID personId) {
    return jdbc.sql(
            """
            SELECT person_id, level, reason, every_days, next_contact_on, version
            FROM assessment_waiting WHERE person_id = :person
            """)
        .param("person", personId)
        .query(WaitingStore::schedule)
        .optional();
  }

  Map<UUID, Schedule> schedules(Collection<UUID> personIds) {
    Map<UUID, Schedule> found = new HashMap<>();
    if (personIds.isEmpty()) {
      return found;
    }
    jdbc.sql(
            """
            SELECT person_id, level, reason, every_days, next_contact_on, version
            FROM assessment_waiting WHERE person_id = ANY(CAST(:ids AS uuid[]))
            """)
        .param("ids", personIds.toArray(UUID[]::new))
        .query(WaitingStore::schedule)
        .list()
        .forEach(schedule -> found.put(schedule.personId(), schedule));
    return found;
  }

  /** Every schedule whose next contact was due before {@code day}. */
  List<Schedule> dueBefore(LocalDate day) {
    return jdbc.sql(
            """
            SELECT person_id, level, reason, every_days, next_contact_on, version
            FROM assessment_waiting WHERE next_contact_on < :day
            """)
        .param("day", day)
        .query(WaitingStore::schedule)
        .list();
  }

  /** Adds the first schedule; false if someone else added one meanwhile. */
  boolean insert(Schedule schedule, Instant at, String by) {
    return jdbc.sql(
                """
                INSERT INTO assessment_waiting (person_id, level, reason, every_days,
                  next_contact_on, updated_at, updated_by, version)
                VALUES (:person, :level, :reason, :every, :next, :at, :by, 0)
                ON CONFLICT (person_id) DO NOTHING
                """)
            .param("person", schedule.personId())
            .param("level", schedule.level().name())
            .param("reason", schedule.reason())
            .param("every", schedule.everyDays())
            .param("next", schedule.nextContactOn())
            .param("at", offset(at))
            .param("by", by)
            .update()
        == 1;
  }

  /** Changes the schedule if it is still at {@code seenVersion}; false if it was changed since. */
  boolean update(Schedule schedule, int seenVersion, Instant at, String by) {
    return jdbc.sql(
                """
                UPDATE assessment_waiting SET level = :level, reason = :reason,
                  every_days = :every, next_contact_on = :next, updated_at = :at,
                  updated_by = :by, version = version + 1
                WHERE person_id = :person AND version = :version
                """)
            .param("person", schedule.personId())
            .param("level", schedule.level().name())
            .param("reason", schedule.reason())
            .param("every", schedule.everyDays())
            .param("next", schedule.nextContactOn())
            .param("at", offset(at))
            .param("by", by)
            .param("version", seenVersion)
            .update()
        == 1;
  }

  void addTriage(UUID personId, Triage triage, String by) {
    jdbc.sql(
            """
            INSERT INTO assessment_waiting_triage (id, person_id, level, reason, every_days,
              set_at, set_by, set_by_name)
            VALUES (:id, :person, :level, :reason, :every, :at, :by, :name)
            """)
        .param("id", UUID.randomUUID())
        .param("person", personId)
        .param("level", triage.level().name())
        .param("reason", triage.reason())
        .param("every", triage.everyDays())
        .param("at", offset(triage.setAt()))
        .param("by", by)
        .param("name", triage.setByName())
        .update();
  }

  /** The person's triage decisions, newest first. */
  List<Triage> triageHistory(UUID personId) {
    return jdbc.sql(
            """
            SELECT level, reason, every_days, set_at, set_by_name
            FROM assessment_waiting_triage WHERE person_id = :person
            ORDER BY set_at DESC, id
            """)
        .param("person", personId)
        .query(
            (rs, row) ->
                new Triage(
                    TriageLevel.valueOf(rs.getString(1)),
                    rs.getString(2),
                    rs.getInt(3),
                    rs.getObject(4, OffsetDateTime.class).toInstant(),
                    rs.getString(5)))
        .list();
  }

  void addContact(UUID personId, Contact contact, String by) {
    jdbc.sql(
            """
            INSERT INTO assessment_waiting_contact (id, person_id, contacted_on, how, said,
              changed, recorded_at, recorded_by, recorded_by_name)
            VALUES (:id, :person, :on, :how, :said, :changed, :at, :by, :name)
            """)
        .param("id", UUID.randomUUID())
        .param("person", personId)
        .param("on", contact.contactedOn())
        .param("how", contact.how().name())
        .param("said", contact.said())
        .param("changed", contact.changed())
        .param("at", offset(contact.recordedAt()))
        .param("by", by)
        .param("name", contact.byName())
        .update();
  }

  /** The person's contacts, latest first. */
  List<Contact> contacts(UUID personId) {
    return jdbc.sql(
            """
            SELECT contacted_on, how, said, changed, recorded_by_name, recorded_at
            FROM assessment_waiting_contact WHERE person_id = :person
            ORDER BY contacted_on DESC, recorded_at DESC
            """)
        .param("person", personId)
        .query(
            (rs, row) ->
                new Contact(
                    rs.getObject(1, LocalDate.class),
                    WaitingRules.ContactWay.valueOf(rs.getString(2)),
                    rs.getString(3),
                    rs.getBoolean(4),
                    rs.getString(5),
                    rs.getObject(6, OffsetDateTime.class).toInstant()))
        .list();
  }

  /** The day of the person's latest contact, if any. */
  Optional<LocalDate> latestContact(UUID personId) {
    return jdbc.sql(
            "SELECT max(contacted_on) FROM assessment_waiting_contact WHERE person_id = :person")
        .param("person", personId)
        .query(LocalDate.class)
        .optional();
  }

  /**
   * Records the escalation of the contact due on {@code dueOn}; false if it was recorded before.
   */
  boolean escalate(UUID personId, LocalDate dueOn, Instant at) {
    return jdbc.sql(
                """
                INSERT INTO assessment_waiting_escalation (id, person_id, due_on, escalated_at)
                VALUES (:id, :person, :due, :at)
                ON CONFLICT (person_id, due_on) DO NOTHING
                """)
            .param("id", UUID.randomUUID())
            .param("person", personId)
            .param("due", dueOn)
            .param("at", offset(at))
            .update()
        == 1;
  }

  /**
   * The escalations still open among these people: those recorded for the contact now due (a
   * contact since moves the date on and closes them).
   */
  Map<UUID, Escalation> openEscalations(Collection<UUID> personIds) {
    Map<UUID, Escalation> found = new HashMap<>();
    if (personIds.isEmpty()) {
      return found;
    }
    jdbc.sql(
            """
            SELECT e.person_id, e.due_on, e.escalated_at
            FROM assessment_waiting_escalation e
            JOIN assessment_waiting w
              ON w.person_id = e.person_id AND w.next_contact_on = e.due_on
            WHERE e.person_id = ANY(CAST(:ids AS uuid[]))
            """)
        .param("ids", personIds.toArray(UUID[]::new))
        .query(
            (rs, row) ->
                new Escalation(
                    rs.getObject(1, UUID.class),
                    rs.getObject(2, LocalDate.class),
                    rs.getObject(3, OffsetDateTime.class).toInstant()))
        .list()
        .forEach(escalation -> found.put(escalation.personId(), escalation));
    return found;
  }

  /**
   * Whether any person of the team has an open escalation (through the person module's published
   * {@code person_directory} view): the home pages ask this first, so a team with none costs one
   * indexed query.
   */
  boolean anyOpenEscalation(UUID teamId) {
    return jdbc.sql(
            """
            SELECT EXISTS (
              SELECT 1 FROM assessment_waiting_escalation e
              JOIN assessment_waiting w
                ON w.person_id = e.person_id AND w.next_contact_on = e.due_on
              JOIN person_directory p ON p.id = e.person_id
              WHERE p.team_id = :team)
            """)
        .param("team", teamId)
        .query(Boolean.class)
        .single();
  }

  /** How many escalations were recorded for the person's contact due on a day (for tests). */
  int escalationsFor(UUID personId, LocalDate dueOn) {
    return jdbc.sql(
            """
            SELECT count(*) FROM assessment_waiting_escalation
            WHERE person_id = :person AND due_on = :due
            """)
        .param("person", personId)
        .param("due", dueOn)
        .query(Integer.class)
        .single();
  }

  private static Schedule schedule(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
    return new Schedule(
        rs.getObject(1, UUID.class),
        TriageLevel.valueOf(rs.getString(2)),
        rs.getString(3),
        rs.getInt(4),
        rs.getObject(5, LocalDate.class),
        rs.getInt(6));
  }

  private static OffsetDateTime offset(Instant at) {
    return at.atOffset(ZoneOffset.UTC);
  }
}
